import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { cardSelect, toCardDto } from "./card-dto.ts";
import type { CardDto } from "./dto.ts";

/**
 * Retires a card (it leaves the queue; later answers still update its schedule, so restoring it
 * brings it back where it would be) or restores it.
 */
export async function setCardRetired(prisma: PrismaClient, userId: string, cardId: string, retired: boolean, now = new Date()): Promise<CardDto> {
  const { count } = await prisma.reviewCard.updateMany({
    where: { id: cardId, userId },
    data: { retiredAt: retired ? now : null },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Review card not found.");
  return toCardDto(await prisma.reviewCard.findUniqueOrThrow({ where: { id: cardId }, select: cardSelect }));
}
