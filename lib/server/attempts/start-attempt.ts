import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/errors.ts";
import { assembleExam, assembleQuiz } from "@/lib/domain/practice/assemble.ts";
import type { AssemblyResult } from "@/lib/domain/practice/pool.ts";
import { shuffleOptionOrder } from "@/lib/domain/practice/option-order.ts";
import { createRng, deriveSeed, newSeed } from "@/lib/domain/practice/random.ts";
import { pointsFor } from "@/lib/domain/questions/content.ts";
import type { QuestionContent } from "@/lib/domain/questions/content.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { StartAttemptInput } from "@/lib/validation/attempts.ts";
import { parsedContent } from "./question-content-cache.ts";
import { loadHistory, loadPool } from "./load-pool.ts";

export type StartResult = { id: string } | { shortfall: AssemblyResult["shortfall"]; nearestPossibleTotal: number; requested: number };

/**
 * Assembles and stores a new attempt. An exam simulation the bank cannot fill is not started:
 * the caller gets the shortfall and the nearest possible form, and may start that instead.
 */
export async function startAttempt(prisma: PrismaClient, userId: string, input: StartAttemptInput, now = new Date()): Promise<StartResult> {
  const exam = await prisma.exam.findUnique({ where: { code: input.examCode }, include: { skillAreas: { orderBy: { position: "asc" } } } });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");
  const areaKeys = new Set(exam.skillAreas.map((a) => a.key));
  const chosenAreas = input.mode === "DRILL" ? [input.skillArea] : input.mode === "EXAM" ? undefined : input.skillAreas;
  const unknownArea = chosenAreas?.find((key) => !areaKeys.has(key));
  if (unknownArea) throw new AppError("BAD_REQUEST", `${exam.code} has no skill area "${unknownArea}".`, { fieldErrors: { skillAreas: ["Unknown skill area."] } });

  const [pool, history] = await Promise.all([loadPool(prisma, exam.code, exam.bankVersion), loadHistory(prisma, userId, exam.code)]);
  const seed = newSeed(crypto.randomInt);
  const requested = input.mode === "EXAM" ? exam.questionCount : input.count;

  const assembly =
    input.mode === "EXAM"
      ? assembleExam({ pool, skillAreas: exam.skillAreas, total: requested, seed, seenQuestionIds: history.seen })
      : assembleQuiz({
          pool,
          total: requested,
          seed,
          seenQuestionIds: history.seen,
          skillAreaKeys: chosenAreas,
          difficulty: input.mode === "CUSTOM" ? input.difficulty : undefined,
          only: input.mode === "CUSTOM" ? input.only : undefined,
          missedQuestionIds: history.missed,
        });

  if (input.mode === "EXAM" && assembly.items.length < requested && !input.acceptNearest) {
    return { shortfall: assembly.shortfall, nearestPossibleTotal: assembly.nearestPossibleTotal, requested };
  }
  if (assembly.items.length === 0) {
    throw new AppError("UNPROCESSABLE", "No questions match these choices yet. Widen the skill areas or difficulty, or drop the unseen/missed filter.");
  }

  const versionOf = await currentVersions(prisma, assembly.items.map((i) => i.questionId));

  const durationMinutes = input.mode === "EXAM" ? Math.round((exam.durationMinutes * assembly.items.length) / exam.questionCount) : input.timeLimitMinutes;
  const feedback = input.mode === "EXAM" ? "end" : input.mode === "CUSTOM" ? input.feedback : "immediate";

  // One INSERT for the attempt and one for all its items (a nested `create` would insert them one by one).
  const attempt = await prisma.$transaction(async (tx) => {
    const created = await tx.attempt.create({
      data: {
        userId,
        examCode: exam.code,
        mode: input.mode,
        seed,
        settings: { ...input, feedback, requested, assembled: assembly.items.length },
        startedAt: now,
        deadline: durationMinutes ? new Date(now.getTime() + durationMinutes * 60_000) : null,
      },
      select: { id: true },
    });
    await insertAttemptItems(
      tx,
      assembly.items.map((item, position) => {
        const version = versionOf.get(item.questionId)!;
        return {
          id: `c${crypto.randomBytes(12).toString("hex")}`,
          attemptId: created.id,
          position,
          questionId: item.questionId,
          questionVersionId: version.id,
          optionOrder: shuffleOptionOrder(version.content, createRng(deriveSeed(seed, position + 1))),
          pointsPossible: pointsFor(version.content),
        };
      }),
    );
    return created;
  });
  return { id: attempt.id };
}

type ItemInsert = { id: string; attemptId: string; position: number; questionId: string; questionVersionId: string; optionOrder: string[]; pointsPossible: number };

/**
 * All of an attempt's items in one statement with one JSON parameter: Prisma's createMany binds
 * every value as its own parameter, which costs about half a millisecond a row through the PGlite
 * adapter (as for questions, lib/server/questions/bulk-insert.ts). The ids are cuid-shaped like
 * Prisma's own.
 */
async function insertAttemptItems(tx: Prisma.TransactionClient, rows: readonly ItemInsert[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "AttemptItem" ("id", "attemptId", "position", "questionId", "questionVersionId", "optionOrder", "pointsPossible")
    SELECT "id", "attemptId", "position", "questionId", "questionVersionId", "optionOrder", "pointsPossible"
    FROM json_populate_recordset(NULL::"AttemptItem", ${JSON.stringify(rows)}::json)`;
}

/** The current version of each question: its id and parsed content (cached per immutable version). */
async function currentVersions(prisma: PrismaClient, questionIds: string[]): Promise<Map<string, { id: string; content: QuestionContent }>> {
  const rows = await prisma.$queryRaw<{ questionId: string; id: string; content: unknown }[]>`
    SELECT v."questionId", v.id, v.content
    FROM "QuestionVersion" v JOIN "Question" q ON q.id = v."questionId" AND v.version = q."currentVersion"
    WHERE q.id = ANY(${questionIds}::text[])`;
  return new Map(rows.map((row) => [row.questionId, { id: row.id, content: parsedContent(row.id, row.content) }]));
}
