import type { QuestionDraft } from "@/lib/domain/authoring/question-draft.ts";
import type { DiffLine } from "@/lib/domain/authoring/line-diff.ts";
import type { QuestionType } from "@/lib/domain/questions/content.ts";

export type DbQuestionStatus = "DRAFT" | "PUBLISHED" | "RETIRED";

export type AuthoringSkillAreaDto = { key: string; name: string };
export type AuthoringExamDto = { code: string; title: string; skillAreas: AuthoringSkillAreaDto[] };

export type QuestionListItemDto = {
  id: string;
  examCode: string;
  skillArea: AuthoringSkillAreaDto;
  type: QuestionType;
  status: DbQuestionStatus;
  difficulty: number;
  topic: string | null;
  currentVersion: number;
  stemExcerpt: string;
  openReports: number;
  updatedAt: string;
};

export type QuestionListDto = { items: QuestionListItemDto[]; total: number; page: number; pageCount: number; pageSize: number };

/** Carries the answer key (the draft has every option's `correct` and `why`): authors only. */
export type AuthoringQuestionWithKeyDto = {
  id: string;
  examCode: string;
  caseStudy: { id: string; title: string } | null;
  status: DbQuestionStatus;
  currentVersion: number;
  source: string | null;
  updatedAt: string;
  draft: QuestionDraft;
};

export type QuestionVersionSummaryDto = { version: number; createdAt: string; contentHash: string; current: boolean; reports: number };

export type QuestionHistoryDto = {
  id: string;
  examCode: string;
  currentVersion: number;
  versions: QuestionVersionSummaryDto[];
  diff: { from: number; to: number; lines: DiffLine[]; added: number; removed: number } | null;
};

export type SaveQuestionResultDto = {
  id: string;
  outcome: "created" | "new-version" | "updated" | "unchanged";
  currentVersion: number;
};
