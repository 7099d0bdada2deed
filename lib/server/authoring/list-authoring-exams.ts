import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { assertAuthor, type Actor } from "./actor.ts";
import type { AuthoringExamDto } from "./dto.ts";

/** Exams with their skill areas, for the authoring filters and forms. */
export async function listAuthoringExams(prisma: PrismaClient, actor: Actor): Promise<AuthoringExamDto[]> {
  assertAuthor(actor);
  const exams = await prisma.exam.findMany({
    orderBy: { position: "asc" },
    select: { code: true, title: true, skillAreas: { orderBy: { position: "asc" }, select: { key: true, name: true } } },
  });
  return exams;
}
