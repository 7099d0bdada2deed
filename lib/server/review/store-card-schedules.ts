import "server-only";
import type { CardSchedule } from "@/lib/domain/review/schedule.ts";
import type { Prisma } from "@/lib/server/db/generated/client.ts";

/**
 * Writes the schedules of many review cards in one statement (a submit reschedules up to one card
 * per question). Times travel as ISO strings: the columns are UTC timestamps without a zone, and
 * PostgreSQL drops the "Z" when casting, as Prisma's own writes do.
 */
export async function storeCardSchedules(tx: Prisma.TransactionClient, cards: readonly { id: string; schedule: CardSchedule }[]): Promise<void> {
  if (cards.length === 0) return;
  const column = <T>(pick: (s: CardSchedule) => T) => cards.map((c) => pick(c.schedule));
  await tx.$executeRaw`
    UPDATE "ReviewCard" AS c SET
      due = v.due, stability = v.stability, difficulty = v.difficulty, "elapsedDays" = v."elapsedDays",
      "scheduledDays" = v."scheduledDays", "learningSteps" = v."learningSteps", reps = v.reps, lapses = v.lapses,
      state = v.state, "lastReview" = v."lastReview"
    FROM unnest(
      ${cards.map((c) => c.id)}::text[],
      ${column((s) => s.due.toISOString())}::timestamp(3)[],
      ${column((s) => s.stability)}::float8[],
      ${column((s) => s.difficulty)}::float8[],
      ${column((s) => s.elapsedDays)}::int[],
      ${column((s) => s.scheduledDays)}::int[],
      ${column((s) => s.learningSteps)}::int[],
      ${column((s) => s.reps)}::int[],
      ${column((s) => s.lapses)}::int[],
      ${column((s) => s.state)}::int[],
      ${column((s) => s.lastReview?.toISOString() ?? null)}::timestamp(3)[]
    ) AS v(id, due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview")
    WHERE c.id = v.id`;
}
