import "server-only";
import { AppError } from "@/lib/errors.ts";
import { canAcceptAnswer } from "@/lib/domain/practice/deadline.ts";
import { responseProblem } from "@/lib/domain/practice/validate-response.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { SessionClaims } from "@/lib/server/auth/session.ts";
import type { SaveItemInput } from "@/lib/validation/attempts.ts";
import { questionVersionContent } from "./question-content-cache.ts";

export type SaveAck = { position: number; savedAt: string; flagged: boolean; answered: boolean };

type Target = { status: string; deadline: Date | null; itemId: string | null; questionVersionId: string | null; revealed: boolean | null; sessionVersion: number };
type Owner = { userId: string; sessionVersion?: number };

/**
 * Saves one question's answer and/or flag as the learner gives it. Refused with a 4xx: a question
 * not on the attempt, an attempt that is submitted or past its deadline, an answer already checked
 * (immediate feedback locks it), or an answer that does not fit the question.
 *
 * This is the hottest write path (every click), so it is two statements rather than a Prisma
 * transaction: a read that finds the item and explains refusals, then one UPDATE that takes the
 * attempt's share lock and re-checks it is still open. A submit holds the attempt's update lock
 * while it grades, so an answer is either in the score or refused — never acknowledged and lost.
 */
export function saveItem(prisma: PrismaClient, userId: string, attemptId: string, position: number, input: SaveItemInput, now = new Date()): Promise<SaveAck> {
  return save(prisma, { userId }, attemptId, position, input, now);
}

/**
 * The route's entry: takes the session token's claims unverified and checks the session version in
 * the same read that finds the item, saving the separate user lookup every other route makes.
 */
export function saveItemForSession(prisma: PrismaClient, claims: SessionClaims, attemptId: string, position: number, input: SaveItemInput, now = new Date()): Promise<SaveAck> {
  return save(prisma, claims, attemptId, position, input, now);
}

async function save(prisma: PrismaClient, owner: Owner, attemptId: string, position: number, input: SaveItemInput, now: Date): Promise<SaveAck> {
  const target = await findTarget(prisma, owner, attemptId, position);
  const item = refuseUnlessWritable(target, position, input, now);
  if (input.response !== undefined && input.response !== null) {
    const problem = responseProblem(await questionVersionContent(prisma, item.questionVersionId), input.response);
    if (problem) throw new AppError("UNPROCESSABLE", problem);
  }

  const setResponse = input.response !== undefined;
  const response = input.response === undefined || input.response === null ? null : JSON.stringify(input.response);
  const rows = await prisma.$queryRaw<{ flagged: boolean; answered: boolean }[]>`
    WITH open_attempt AS (
      SELECT id FROM "Attempt" WHERE id = ${attemptId} AND status = 'IN_PROGRESS' FOR SHARE
    )
    UPDATE "AttemptItem" AS item SET
      flagged = COALESCE(${input.flagged ?? null}::boolean, item.flagged),
      response = CASE WHEN ${setResponse} THEN ${response}::jsonb ELSE item.response END,
      "answeredAt" = CASE WHEN ${setResponse} THEN (CASE WHEN ${response}::jsonb IS NULL THEN NULL ELSE ${now}::timestamp(3) END) ELSE item."answeredAt" END
    FROM open_attempt
    WHERE item.id = ${item.itemId} AND item."attemptId" = open_attempt.id AND (NOT ${setResponse} OR NOT item.revealed)
    RETURNING item.flagged, item.response IS NOT NULL AS answered`;
  const saved = rows[0];
  if (!saved) {
    // Submitted, or checked in another tab, between the read and the write: explain it as the read would.
    refuseUnlessWritable(await findTarget(prisma, owner, attemptId, position), position, input, now);
    throw new AppError("CONFLICT", "This attempt changed while the answer was being saved; reload it.");
  }
  return { position, savedAt: now.toISOString(), flagged: saved.flagged, answered: saved.answered };
}

async function findTarget(prisma: PrismaClient, owner: Owner, attemptId: string, position: number): Promise<Target> {
  const rows = await prisma.$queryRaw<Target[]>`
    SELECT a.status::text AS status, a.deadline, item.id AS "itemId", item."questionVersionId", item.revealed, u."sessionVersion"
    FROM "Attempt" a
    JOIN "User" u ON u.id = a."userId"
    LEFT JOIN "AttemptItem" item ON item."attemptId" = a.id AND item.position = ${position}
    WHERE a.id = ${attemptId} AND a."userId" = ${owner.userId}`;
  const target = rows[0];
  if (!target) throw new AppError("NOT_FOUND", "Attempt not found.");
  // A password change or reset bumps the version: older sessions are signed out here too.
  if (owner.sessionVersion !== undefined && target.sessionVersion !== owner.sessionVersion) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  return target;
}

function refuseUnlessWritable(target: Target, position: number, input: SaveItemInput, now: Date): { itemId: string; questionVersionId: string } {
  if (target.status === "SUBMITTED") throw new AppError("CONFLICT", "This attempt is already submitted; answers can no longer change.");
  if (!canAcceptAnswer({ status: target.status as "IN_PROGRESS", deadline: target.deadline, now })) {
    throw new AppError("CONFLICT", "Time is up for this attempt; answers can no longer change.");
  }
  if (!target.itemId || !target.questionVersionId) throw new AppError("NOT_FOUND", `Question ${position + 1} is not part of this attempt.`);
  if (input.response !== undefined && target.revealed) throw new AppError("CONFLICT", "This answer was already checked and cannot change.");
  return { itemId: target.itemId, questionVersionId: target.questionVersionId };
}

/** Remembers where the learner is, so a resumed attempt opens on the same question. */
export async function moveTo(prisma: PrismaClient, userId: string, attemptId: string, position: number): Promise<void> {
  const { count } = await prisma.attempt.updateMany({
    where: { id: attemptId, userId, status: "IN_PROGRESS", items: { some: { position } } },
    data: { currentPosition: position },
  });
  if (count === 0) {
    const exists = await prisma.attempt.count({ where: { id: attemptId, userId } });
    if (!exists) throw new AppError("NOT_FOUND", "Attempt not found.");
  }
}
