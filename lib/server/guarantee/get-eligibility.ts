import "server-only";
import type { EligibilityReport } from "@/lib/domain/guarantee/evaluate-eligibility.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { buildReport } from "./build-report.ts";
import type { ClaimDto, EnrollmentDto, PolicyDto } from "./dto.ts";
import { loadCurrentPolicy } from "./load-policy.ts";
import { learnerReadiness, type ReadinessSource } from "./readiness-source.ts";
import { claimInclude, toClaimDto, toEnrollmentDto } from "./to-dto.ts";

export type GuaranteeStatusDto = {
  exam: { code: string; slug: string; title: string; passMark: number; questionCount: number };
  enrollment: EnrollmentDto | null;
  policy: PolicyDto;
  /** The live report as of `asOf` (no real exam yet). */
  report: EligibilityReport;
  /** The learner's claim on this enrollment, with its frozen snapshot and the decision. */
  claim: ClaimDto | null;
};

/** The signed-in learner's guarantee for one exam: enrollment, live eligibility and any claim. */
export async function getEligibility(prisma: PrismaClient, userId: string, examCode: string, asOf = new Date(), readiness: ReadinessSource = learnerReadiness): Promise<GuaranteeStatusDto> {
  const exam = await prisma.exam.findUnique({ where: { code: examCode }, select: { code: true, slug: true, title: true, passMark: true, questionCount: true } });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");
  const [enrollment, policy] = await Promise.all([
    prisma.enrollment.findUnique({ where: { userId_examCode: { userId, examCode } }, include: { claim: { include: claimInclude } } }),
    loadCurrentPolicy(prisma, examCode),
  ]);
  const { report } = await buildReport(prisma, { userId, examCode, rules: policy.rules, enrollment, readiness, asOf });
  return {
    exam,
    enrollment: enrollment ? toEnrollmentDto(enrollment) : null,
    policy,
    report,
    claim: enrollment?.claim ? toClaimDto(enrollment.claim) : null,
  };
}
