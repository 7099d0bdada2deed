import "server-only";
import { AppError } from "@/lib/errors.ts";
import { applyReview, newCardSchedule, RATING } from "@/lib/domain/review/schedule.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { GuessInput } from "@/lib/validation/review.ts";
import { cardSelect, toCardDto } from "./card-dto.ts";
import { logColumns, scheduleOf } from "./card-row.ts";
import { lockLearner } from "./db.ts";
import type { CardDto } from "./dto.ts";
import { replayCard } from "./recompute-schedule.ts";

/**
 * Marks a right answer as a guess, or takes the mark back. A guessed right answer is a review
 * rated Hard instead of Good — and makes the question a review card if it was not one. The mark
 * is that review log itself, so it needs no column of its own; changing it replays the card.
 */
export async function setGuessed(prisma: PrismaClient, userId: string, input: GuessInput): Promise<{ guessed: boolean; card: CardDto | null }> {
  return prisma.$transaction(async (tx) => {
    await lockLearner(tx, userId);
    const item = await tx.attemptItem.findFirst({
      where: { position: input.position, attempt: { id: input.attemptId, userId } },
      select: { id: true, questionId: true, isCorrect: true, answeredAt: true, revealed: true, attempt: { select: { status: true, submittedAt: true } } },
    });
    if (!item) throw new AppError("NOT_FOUND", "Question not found in this attempt.");
    const graded = item.isCorrect !== null && item.answeredAt !== null && (item.revealed || item.attempt.status === "SUBMITTED");
    if (!graded) throw new AppError("CONFLICT", "Check this answer (or submit the attempt) before marking it as a guess.");
    if (!item.isCorrect) throw new AppError("UNPROCESSABLE", "Only a right answer can be a guess; a wrong one is already in your reviews.");
    const gradedAt = item.revealed ? item.answeredAt! : (item.attempt.submittedAt ?? item.answeredAt!);

    const card = await tx.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId: item.questionId } }, select: { id: true } });
    const log = card ? await tx.reviewLog.findFirst({ where: { cardId: card.id, attemptItemId: item.id }, select: { id: true, rating: true } }) : null;

    if (input.guessed) {
      if (!card) {
        const first = applyReview(newCardSchedule(gradedAt), RATING.hard, gradedAt);
        const created = await tx.reviewCard.create({ data: { userId, questionId: item.questionId, ...scheduleOf(first.card), createdAt: gradedAt }, select: cardSelect });
        await tx.reviewLog.create({ data: { cardId: created.id, attemptItemId: item.id, ...logColumns(first.log) } });
        return { guessed: true, card: toCardDto(created) };
      }
      if (log?.rating === RATING.hard) return { guessed: true, card: await cardDto(tx, card.id) };
      if (log) await tx.reviewLog.update({ where: { id: log.id }, data: { rating: RATING.hard } });
      // Placeholder state; the replay writes the real one.
      else await tx.reviewLog.create({ data: { cardId: card.id, attemptItemId: item.id, ...logColumns({ ...applyReview(newCardSchedule(gradedAt), RATING.hard, gradedAt).log }) } });
      await replayCard(tx, card.id);
      return { guessed: true, card: await cardDto(tx, card.id) };
    }

    if (!card || !log || log.rating !== RATING.hard) return { guessed: false, card: card ? await cardDto(tx, card.id) : null };
    await tx.reviewLog.update({ where: { id: log.id }, data: { rating: RATING.good } });
    // If the guess is what made this question a card, the right answers after it were reviews of
    // nothing: the card now starts at its first miss or guess, or is gone.
    const logs = await tx.reviewLog.findMany({ where: { cardId: card.id }, orderBy: [{ review: "asc" }, { id: "asc" }], select: { id: true, rating: true } });
    const start = logs.findIndex((l) => l.rating !== RATING.good);
    const before = (start === -1 ? logs : logs.slice(0, start)).map((l) => l.id);
    if (before.length) await tx.reviewLog.deleteMany({ where: { id: { in: before } } });
    const rebuilt = await replayCard(tx, card.id);
    return { guessed: false, card: rebuilt ? await cardDto(tx, card.id) : null };
  });
}

async function cardDto(tx: Prisma.TransactionClient, cardId: string): Promise<CardDto> {
  return toCardDto(await tx.reviewCard.findUniqueOrThrow({ where: { id: cardId }, select: cardSelect }));
}
