import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

export async function examCodeForSlug(prisma: PrismaClient, slug: string): Promise<string> {
  const exam = await prisma.exam.findUnique({ where: { slug }, select: { code: true } });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");
  return exam.code;
}
