import "server-only";
import { dayNumber } from "@/lib/domain/guarantee/days.ts";
import { AppError } from "@/lib/errors.ts";
import { loadEnv } from "@/lib/env.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { Prisma } from "@/lib/server/db/generated/client.ts";
import type { ClaimFields } from "@/lib/validation/guarantee.ts";
import { buildReport } from "./build-report.ts";
import { checkUpload } from "./check-upload.ts";
import type { ClaimDto } from "./dto.ts";
import { loadCurrentPolicy } from "./load-policy.ts";
import { learnerReadiness, type ReadinessSource } from "./readiness-source.ts";
import { removeUpload, storeUpload } from "./store-upload.ts";
import { claimInclude, toClaimDto } from "./to-dto.ts";

export type FileClaimInput = ClaimFields & { upload: Uint8Array | null };
export type FileClaimOptions = { now?: Date; readiness?: ReadinessSource; uploadDir?: string };

const conflict = () => new AppError("CONFLICT", "You have already filed a claim for this enrollment.");

/**
 * Files the learner's one claim on their enrollment. Eligibility is re-evaluated as of the exam
 * date (the filing window as of today) and frozen with the claim; an ineligible claim is stored
 * too, with the report saying which criteria failed, so a person can still review it.
 */
export async function fileClaim(prisma: PrismaClient, userId: string, examCode: string, input: FileClaimInput, options: FileClaimOptions = {}): Promise<ClaimDto> {
  const now = options.now ?? new Date();
  const examDate = new Date(`${input.examDate}T00:00:00Z`);
  if (dayNumber(examDate) > dayNumber(now)) {
    throw new AppError("BAD_REQUEST", "The exam date is in the future.", { fieldErrors: { examDate: ["File a claim after you have taken the exam."] } });
  }
  const mime = checkUpload(input.upload);
  const enrollment = await prisma.enrollment.findUnique({ where: { userId_examCode: { userId, examCode } }, include: { claim: { select: { id: true } } } });
  if (!enrollment) throw new AppError("UNPROCESSABLE", "Enroll in the guarantee for this exam before filing a claim.");
  if (enrollment.claim) throw conflict();

  const policy = await loadCurrentPolicy(prisma, examCode);
  const { report } = await buildReport(prisma, {
    userId,
    examCode,
    rules: policy.rules,
    enrollment,
    readiness: options.readiness ?? learnerReadiness,
    asOf: now,
    realExam: { date: examDate, score: input.score, scoreReportId: input.scoreReportId },
    claimDate: now,
  });

  const uploadDir = options.uploadDir ?? loadEnv().UPLOAD_DIR;
  const uploadPath = await storeUpload(uploadDir, input.upload!, mime);
  try {
    const claim = await prisma.$transaction(async (tx) => {
      const row = await tx.guaranteeClaim.create({
        data: {
          enrollmentId: enrollment.id,
          userId,
          policyId: policy.id,
          examDate,
          score: input.score,
          scoreReportId: input.scoreReportId,
          statement: input.statement,
          uploadPath,
          uploadMime: mime,
          uploadSize: input.upload!.length,
          snapshot: report,
          eligible: report.eligible,
          createdAt: now,
        },
        include: claimInclude,
      });
      await writeAudit(tx, {
        actorId: userId,
        action: "claim.filed",
        entityType: "GuaranteeClaim",
        entityId: row.id,
        data: { examCode, policyVersion: policy.version, eligible: report.eligible, unmet: report.criteria.filter((c) => !c.met).map((c) => c.key) },
      });
      return row;
    });
    return toClaimDto(claim);
  } catch (error) {
    await removeUpload(uploadDir, uploadPath);
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict();
    throw error;
  }
}
