import type { Response } from "@/lib/domain/questions/content.ts";
import type { AnswerReveal, QuestionView } from "@/lib/domain/questions/view.ts";
import type { SkillAreaScore } from "@/lib/domain/practice/score.ts";

export type AttemptMode = "EXAM" | "PRACTICE" | "DRILL" | "CUSTOM" | "REVIEW" | "SMART";

export type CaseStudyDto = { id: string; title: string; tabs: { title: string; body: string }[] };

/** Present only once the item's answer is final for this learner. */
export type ItemRevealDto = {
  answer: AnswerReveal;
  explanation: string;
  references: string[];
  isCorrect: boolean;
  pointsEarned: number;
  pointsPossible: number;
};

export type AttemptItemDto = {
  position: number;
  questionId: string;
  questionVersion: number;
  skillArea: { key: string; name: string };
  section: "main" | "case-study";
  caseStudy: CaseStudyDto | null;
  stem: string;
  view: QuestionView;
  response: Response | null;
  flagged: boolean;
  answeredAt: string | null;
  reveal: ItemRevealDto | null;
};

export type AttemptResultDto = {
  pointsEarned: number;
  pointsPossible: number;
  rawPercent: number;
  scaledScore: number;
  passed: boolean;
  passMark: number;
  perSkillArea: SkillAreaScore[];
  timeUsedSeconds: number;
  autoSubmitted: boolean;
};

export type AttemptDto = {
  id: string;
  exam: { code: string; slug: string; title: string; passMark: number };
  mode: AttemptMode;
  /** "immediate": the key is shown after each checked answer; "end": only after submit. */
  feedback: "immediate" | "end";
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: string;
  deadline: string | null;
  submittedAt: string | null;
  /** The server's clock when this was read, so the page's countdown follows the server, not the device. */
  serverNow: string;
  currentPosition: number;
  items: AttemptItemDto[];
  result: AttemptResultDto | null;
};

export type AttemptSummaryDto = {
  id: string;
  examCode: string;
  mode: AttemptMode;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: string;
  submittedAt: string | null;
  questionCount: number;
  answeredCount: number;
  rawPercent: number | null;
  scaledScore: number | null;
  passed: boolean | null;
};
