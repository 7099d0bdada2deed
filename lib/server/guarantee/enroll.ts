import "server-only";
import { AppError } from "@/lib/errors.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { Prisma } from "@/lib/server/db/generated/client.ts";
import type { EnrollmentDto } from "./dto.ts";
import { toEnrollmentDto } from "./to-dto.ts";

export type EnrollOptions = {
  targetDate?: string;
  plan?: string;
  priceCents?: number;
  currency?: string;
  source?: "self" | "admin-grant";
  /** The admin granting it; the audit entry names them as the actor. */
  grantedById?: string;
  now?: Date;
};

/**
 * Enrolls the learner in the exam's guarantee. Idempotent: enrolling again (double click, retry,
 * a grant for someone already enrolled) returns the existing enrollment unchanged.
 */
export async function enroll(prisma: PrismaClient, userId: string, examCode: string, options: EnrollOptions = {}): Promise<{ enrollment: EnrollmentDto; created: boolean }> {
  const existing = await prisma.enrollment.findUnique({ where: { userId_examCode: { userId, examCode } } });
  if (existing) return { enrollment: toEnrollmentDto(existing), created: false };
  const exam = await prisma.exam.findUnique({ where: { code: examCode }, select: { code: true } });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");
  try {
    const enrollment = await prisma.$transaction(async (tx) => {
      const row = await tx.enrollment.create({
        data: {
          userId,
          examCode,
          enrolledAt: options.now ?? new Date(),
          plan: options.plan ?? "standard",
          priceCents: options.priceCents,
          currency: options.currency,
          source: options.source ?? "self",
          grantedById: options.grantedById,
          targetDate: options.targetDate ? new Date(`${options.targetDate}T00:00:00Z`) : undefined,
        },
      });
      await writeAudit(tx, {
        actorId: options.grantedById ?? userId,
        action: options.source === "admin-grant" ? "enrollment.granted" : "enrollment.created",
        entityType: "Enrollment",
        entityId: row.id,
        data: { userId, examCode, plan: row.plan, source: row.source },
      });
      return row;
    });
    return { enrollment: toEnrollmentDto(enrollment), created: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const row = await prisma.enrollment.findUniqueOrThrow({ where: { userId_examCode: { userId, examCode } } });
      return { enrollment: toEnrollmentDto(row), created: false };
    }
    throw error;
  }
}
