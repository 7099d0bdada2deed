import "server-only";
import type { EligibilityReport } from "@/lib/domain/guarantee/evaluate-eligibility.ts";
import type { ClaimDto, EnrollmentDto } from "./dto.ts";
import { isoDay } from "./dto.ts";

type EnrollmentRow = { id: string; examCode: string; enrolledAt: Date; plan: string; source: string; targetDate: Date | null };

export function toEnrollmentDto(row: EnrollmentRow): EnrollmentDto {
  return { id: row.id, examCode: row.examCode, enrolledAt: row.enrolledAt.toISOString(), plan: row.plan, source: row.source, targetDate: row.targetDate ? isoDay(row.targetDate) : null };
}

export type ClaimRow = {
  id: string;
  examDate: Date;
  score: number;
  scoreReportId: string;
  statement: string;
  uploadPath: string | null;
  uploadMime: string | null;
  uploadSize: number | null;
  snapshot: unknown;
  eligible: boolean;
  status: ClaimDto["status"];
  decisionReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  enrollment: { examCode: string };
  policy: { version: number };
};

export const claimInclude = { enrollment: { select: { examCode: true } }, policy: { select: { version: true } } } as const;

export function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    id: row.id,
    examCode: row.enrollment.examCode,
    examDate: isoDay(row.examDate),
    score: row.score,
    scoreReportId: row.scoreReportId,
    statement: row.statement,
    upload: row.uploadPath && row.uploadMime && row.uploadSize !== null ? { mime: row.uploadMime, size: row.uploadSize } : null,
    eligible: row.eligible,
    snapshot: row.snapshot as EligibilityReport,
    policyVersion: row.policy.version,
    status: row.status,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
