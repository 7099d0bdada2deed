import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";

/** Re-reads the actor's role: routes check it too, but a data function never trusts its caller. */
export async function assertAdmin(client: PrismaClient | Prisma.TransactionClient, actorId: string): Promise<void> {
  const actor = await client.user.findUnique({ where: { id: actorId }, select: { role: true } });
  if (actor?.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only administrators can do this.");
}
