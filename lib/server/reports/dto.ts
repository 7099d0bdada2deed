import type { ReportKind, ReportStatus } from "@/lib/validation/reports.ts";

export type ReportQuestionDto = { id: string; examCode: string; version: number | null; currentVersion: number; stemExcerpt: string };

/** A learner's own report with its outcome. */
export type MyReportDto = {
  id: string;
  kind: ReportKind;
  text: string;
  status: ReportStatus;
  resolutionNote: string | null;
  resolvedAt: string | null;
  createdAt: string;
  question: ReportQuestionDto;
};

/** A report in the authors' queue. */
export type QueuedReportDto = MyReportDto & { reporterName: string; resolvedByName: string | null; questionStatus: "DRAFT" | "PUBLISHED" | "RETIRED" };

export type ReportQueueDto = { items: QueuedReportDto[]; openCount: number; total: number; page: number; pageCount: number };
