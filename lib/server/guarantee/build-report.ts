import "server-only";
import { endOfDay } from "@/lib/domain/guarantee/days.ts";
import { evaluateEligibility, type EligibilityReport, type RealExam } from "@/lib/domain/guarantee/evaluate-eligibility.ts";
import type { PolicyRules } from "@/lib/domain/guarantee/policy-rules.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { gatherEvidence, type Evidence } from "./gather-evidence.ts";
import type { ReadinessSource } from "./readiness-source.ts";

export type ReportRequest = {
  userId: string;
  examCode: string;
  rules: PolicyRules;
  enrollment: { enrolledAt: Date } | null;
  readiness: ReadinessSource;
  asOf: Date;
  realExam?: RealExam;
  claimDate?: Date;
};

/**
 * Gathers the evidence and evaluates the policy. With a real exam, evidence and readiness are taken
 * as of the end of the exam day: practice after the exam cannot change the verdict.
 */
export async function buildReport(prisma: PrismaClient, request: ReportRequest): Promise<{ report: EligibilityReport; evidence: Evidence }> {
  const until = request.realExam ? endOfDay(request.realExam.date) : request.asOf;
  const [evidence, readiness] = await Promise.all([
    gatherEvidence(prisma, request.userId, request.examCode, until),
    request.readiness(prisma, request.userId, request.examCode, until),
  ]);
  const report = evaluateEligibility({
    policy: request.rules,
    enrollment: request.enrollment,
    exam: { passMark: evidence.passMark, publishedQuestionIds: evidence.publishedQuestionIds },
    answeredQuestionIds: evidence.answeredQuestionIds,
    simulations: evidence.simulations,
    readinessOnExamDate: "probability" in readiness ? readiness.probability : null,
    readinessUnavailableReason: "unavailable" in readiness ? readiness.unavailable : undefined,
    realExam: request.realExam,
    claimDate: request.claimDate,
    asOf: request.asOf,
  });
  return { report, evidence };
}
