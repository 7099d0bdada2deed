import type { EligibilityReport } from "@/lib/domain/guarantee/evaluate-eligibility.ts";
import type { PolicyRules } from "@/lib/domain/guarantee/policy-rules.ts";

export type EnrollmentDto = {
  id: string;
  examCode: string;
  enrolledAt: string;
  plan: string;
  source: string;
  targetDate: string | null;
};

export type AdminEnrollmentRowDto = EnrollmentDto & {
  priceCents: number | null;
  currency: string | null;
  learner: { name: string; email: string };
  grantedBy: string | null;
  claim: { id: string; status: ClaimStatus } | null;
};

export type PolicyDto = { id: string; examCode: string; version: number; rules: PolicyRules; createdAt: string; createdBy: string | null };

export type ClaimStatus = "SUBMITTED" | "APPROVED" | "REJECTED";

export type ClaimDto = {
  id: string;
  examCode: string;
  examDate: string;
  score: number;
  scoreReportId: string;
  statement: string;
  upload: { mime: string; size: number } | null;
  eligible: boolean;
  /** The eligibility report as of the exam date, frozen when the claim was filed. */
  snapshot: EligibilityReport;
  policyVersion: number;
  status: ClaimStatus;
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
};

export type SimulationEvidenceDto = { attemptId: string; submittedAt: string; scaledScore: number; passed: boolean; items: number; fullLength: boolean };

export type ClaimEvidenceDto = {
  enrolledAt: string;
  answeredPublished: number;
  publishedQuestions: number;
  simulations: SimulationEvidenceDto[];
};

export type AdminClaimDto = ClaimDto & {
  claimant: { id: string; name: string; email: string };
  decidedBy: string | null;
  evidence: ClaimEvidenceDto;
};

export type ClaimQueueRowDto = Pick<ClaimDto, "id" | "examCode" | "examDate" | "score" | "eligible" | "status" | "createdAt"> & {
  claimant: { name: string; email: string };
  unmet: string[];
};

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
