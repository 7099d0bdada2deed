import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/errors.ts";
import { shuffleOptionOrder } from "@/lib/domain/practice/option-order.ts";
import { createRng, deriveSeed, newSeed, shuffle } from "@/lib/domain/practice/random.ts";
import { pointsFor } from "@/lib/domain/questions/content.ts";
import { contentOf } from "@/lib/server/attempts/load-attempt.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

export type QuizSpec = {
  examCode: string;
  mode: "REVIEW" | "CUSTOM" | "SMART";
  /** The questions, in order of preference; those no longer published are left out. */
  questionIds: readonly string[];
  /** Kept as they are when the order itself carries meaning (smart practice), shuffled otherwise. */
  order: "as-given" | "shuffled";
  /** Stored on the attempt with feedback, requested and assembled added. */
  settings: Record<string, unknown>;
  seed?: number;
};

/**
 * Stores an untimed quiz over chosen questions the way startAttempt stores an assembled one: the
 * current version of each question, options shuffled from the attempt's seed (stream = position
 * + 1), immediate feedback.
 */
export async function createQuizAttempt(prisma: PrismaClient, userId: string, spec: QuizSpec, now = new Date()): Promise<{ id: string }> {
  const seed = spec.seed ?? newSeed(crypto.randomInt);
  const questions = await prisma.question.findMany({
    where: { id: { in: [...spec.questionIds] }, examCode: spec.examCode, status: "PUBLISHED" },
    select: { id: true, currentVersion: true, versions: { select: { id: true, version: true, content: true } } },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  const kept = [...new Set(spec.questionIds)].filter((id) => byId.has(id));
  if (kept.length === 0) throw new AppError("UNPROCESSABLE", "None of these questions can be practised any more.");
  const ordered = spec.order === "shuffled" ? shuffle(kept, createRng(seed)) : kept;

  const attempt = await prisma.attempt.create({
    data: {
      userId,
      examCode: spec.examCode,
      mode: spec.mode,
      seed,
      settings: { ...spec.settings, mode: spec.mode, examCode: spec.examCode, feedback: "immediate", requested: spec.questionIds.length, assembled: ordered.length },
      startedAt: now,
      deadline: null,
      items: {
        create: ordered.map((questionId, position) => {
          const question = byId.get(questionId)!;
          const version = question.versions.find((v) => v.version === question.currentVersion);
          if (!version) throw new Error(`question ${questionId} has no version ${question.currentVersion}`);
          const content = contentOf(version);
          return {
            position,
            questionId,
            questionVersionId: version.id,
            optionOrder: shuffleOptionOrder(content, createRng(deriveSeed(seed, position + 1))),
            pointsPossible: pointsFor(content),
          };
        }),
      },
    },
    select: { id: true },
  });
  return attempt;
}
