import type { ReportKind, ReportStatus } from "@/lib/validation/reports.ts";

export const KIND_LABEL: Record<ReportKind, string> = {
  WRONG_KEY: "Wrong answer key",
  TYPO: "Typo",
  OUTDATED: "Outdated",
  UNCLEAR: "Unclear",
  OTHER: "Other",
};

export const STATUS_LABEL: Record<ReportStatus, string> = { OPEN: "Open", RESOLVED: "Resolved", DISMISSED: "Dismissed" };
export const STATUS_TONE = { OPEN: "warning", RESOLVED: "success", DISMISSED: "neutral" } as const;
