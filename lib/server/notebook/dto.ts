import type { Response, QuestionType } from "@/lib/domain/questions/content.ts";
import type { AnswerReveal, QuestionView } from "@/lib/domain/questions/view.ts";
import type { CardDto } from "@/lib/server/review/dto.ts";

export type NoteDto = { text: string; updatedAt: string };

export type NotebookEntryDto = {
  questionId: string;
  exam: { code: string; title: string };
  skillArea: { key: string; name: string };
  type: QuestionType;
  difficulty: number;
  /** False once authors retired or unpublished the question: it stays here but cannot be retried. */
  practisable: boolean;
  currentVersion: number;
  timesMissed: number;
  timesAnswered: number;
  lastMissedAt: string;
  /** When it was missed, newest first (at most ten). */
  missedAt: string[];
  /** The learner's latest final answer, shown with the version it answered. */
  latest: {
    isCorrect: boolean;
    answeredAt: string;
    attemptId: string;
    version: number;
    stem: string;
    view: QuestionView;
    response: Response | null;
    answer: AnswerReveal;
    explanation: string;
    references: string[];
  };
  note: NoteDto | null;
  card: CardDto | null;
};

export type NotebookFacetsDto = { code: string; title: string; count: number; areas: { key: string; name: string; count: number }[] }[];

export type NotebookDto = {
  entries: NotebookEntryDto[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Exams and skill areas the notebook has entries in, with counts, for the filters. */
  facets: NotebookFacetsDto;
};
