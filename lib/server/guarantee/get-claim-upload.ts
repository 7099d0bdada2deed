import "server-only";
import fs from "node:fs/promises";
import { AppError } from "@/lib/errors.ts";
import { loadEnv } from "@/lib/env.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { resolveUpload } from "./store-upload.ts";

export type ClaimUpload = { bytes: Buffer; mime: string; fileName: string };

/**
 * The claim's score report, for its claimant or an admin. Anyone else gets the same 404 as for a
 * claim that does not exist, so claim ids reveal nothing. An admin opening someone's score report is
 * recorded in the audit log.
 */
export async function getClaimUpload(prisma: PrismaClient, viewerId: string, claimId: string, uploadDir = loadEnv().UPLOAD_DIR): Promise<ClaimUpload> {
  const [viewer, claim] = await Promise.all([
    prisma.user.findUnique({ where: { id: viewerId }, select: { role: true } }),
    prisma.guaranteeClaim.findUnique({ where: { id: claimId }, select: { userId: true, uploadPath: true, uploadMime: true, examDate: true } }),
  ]);
  if (!claim || !viewer || (claim.userId !== viewerId && viewer.role !== "ADMIN") || !claim.uploadPath || !claim.uploadMime) {
    throw new AppError("NOT_FOUND", "Not found.");
  }
  const bytes = await fs.readFile(resolveUpload(uploadDir, claim.uploadPath)).catch(() => {
    throw new AppError("NOT_FOUND", "The uploaded file is missing.");
  });
  if (claim.userId !== viewerId) {
    await writeAudit(prisma, { actorId: viewerId, action: "claim.upload-viewed", entityType: "GuaranteeClaim", entityId: claimId });
  }
  const extension = claim.uploadPath.split(".").pop();
  return { bytes, mime: claim.uploadMime, fileName: `score-report-${claim.examDate.toISOString().slice(0, 10)}.${extension}` };
}
