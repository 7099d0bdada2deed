import "server-only";
import { AppError } from "@/lib/errors.ts";
import { canAcceptAnswer } from "@/lib/domain/practice/deadline.ts";
import { responseProblem } from "@/lib/domain/practice/validate-response.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { SessionClaims } from "@/lib/server/auth/session-token.ts";
import type { SaveItemInput } from "@/lib/validation/attempts.ts";
import { cachedAttemptLayout, rememberAttemptLayout } from "./attempt-layout-cache.ts";
import { questionVersionContent } from "./question-content-cache.ts";

export type SaveAck = { position: number; savedAt: string; flagged: boolean; answered: boolean };

type Owner = { userId: string; sessionVersion?: number };
type ItemRef = { itemId: string; questionVersionId: string };

/**
 * Saves one question's answer and/or flag as the learner gives it. Refused with a 4xx: a question
 * not on the attempt, an attempt that is submitted or past its deadline, an answer already checked
 * (immediate feedback locks it), or an answer that does not fit the question.
 *
 * This is the hottest write path (every click). The attempt's layout (owner, deadline, the item at
 * each position) never changes, so after the first save of an attempt it comes from memory and a
 * save is one UPDATE, which takes the attempt's share lock and re-checks what can change: still
 * open, not yet checked, the session still current. A submit holds the attempt's update lock while
 * it grades, so an answer is either in the score or refused — never acknowledged and lost. When
 * the UPDATE finds nothing to change, a read explains why.
 */
export function saveItem(prisma: PrismaClient, userId: string, attemptId: string, position: number, input: SaveItemInput, now = new Date()): Promise<SaveAck> {
  return save(prisma, { userId }, attemptId, position, input, now);
}

/**
 * The route's entry: takes the session token's claims unverified and checks the session version in
 * the statements that save, sparing the separate user lookup every other route makes.
 */
export function saveItemForSession(prisma: PrismaClient, claims: SessionClaims, attemptId: string, position: number, input: SaveItemInput, now = new Date()): Promise<SaveAck> {
  return save(prisma, claims, attemptId, position, input, now);
}

async function save(prisma: PrismaClient, owner: Owner, attemptId: string, position: number, input: SaveItemInput, now: Date): Promise<SaveAck> {
  const item = writableFromCache(owner, attemptId, position, now) ?? (await readWritableItem(prisma, owner, attemptId, position, input, now));
  if (input.response !== undefined && input.response !== null) {
    const problem = responseProblem(await questionVersionContent(prisma, item.questionVersionId), input.response);
    if (problem) throw new AppError("UNPROCESSABLE", problem);
  }

  const setResponse = input.response !== undefined;
  const response = input.response === undefined || input.response === null ? null : JSON.stringify(input.response);
  const sessionVersion = owner.sessionVersion ?? null;
  const rows = await prisma.$queryRaw<{ flagged: boolean; answered: boolean }[]>`
    WITH open_attempt AS (
      SELECT a.id FROM "Attempt" a JOIN "User" u ON u.id = a."userId"
      WHERE a.id = ${attemptId} AND a."userId" = ${owner.userId} AND a.status = 'IN_PROGRESS'
        AND (${sessionVersion}::int IS NULL OR u."sessionVersion" = ${sessionVersion}::int)
      FOR SHARE OF a
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
    // Submitted, checked in another tab, or signed out since: the read explains which.
    await readWritableItem(prisma, owner, attemptId, position, input, now);
    throw new AppError("CONFLICT", "This attempt changed while the answer was being saved; reload it.");
  }
  return { position, savedAt: now.toISOString(), flagged: saved.flagged, answered: saved.answered };
}

/** The item from the remembered layout when nothing there refuses the save; the UPDATE checks the rest. */
function writableFromCache(owner: Owner, attemptId: string, position: number, now: Date): ItemRef | undefined {
  const layout = cachedAttemptLayout(attemptId);
  if (!layout || layout.userId !== owner.userId) return undefined;
  if (!canAcceptAnswer({ status: "IN_PROGRESS", deadline: layout.deadline, now })) return undefined;
  return layout.items.get(position);
}

type AttemptRow = {
  status: string;
  deadline: Date | null;
  sessionVersion: number;
  position: number | null;
  itemId: string | null;
  questionVersionId: string | null;
  revealed: boolean | null;
};

/** Reads the attempt with all its items, remembers its layout while it is open, and refuses the save with the reason, or returns the item. */
async function readWritableItem(prisma: PrismaClient, owner: Owner, attemptId: string, position: number, input: SaveItemInput, now: Date): Promise<ItemRef> {
  const rows = await prisma.$queryRaw<AttemptRow[]>`
    SELECT a.status::text AS status, a.deadline, u."sessionVersion", item.position, item.id AS "itemId", item."questionVersionId", item.revealed
    FROM "Attempt" a
    JOIN "User" u ON u.id = a."userId"
    LEFT JOIN "AttemptItem" item ON item."attemptId" = a.id
    WHERE a.id = ${attemptId} AND a."userId" = ${owner.userId}`;
  const attempt = rows[0];
  if (!attempt) throw new AppError("NOT_FOUND", "Attempt not found.");
  // A password change or reset bumps the version: older sessions are signed out here too.
  if (owner.sessionVersion !== undefined && attempt.sessionVersion !== owner.sessionVersion) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  if (attempt.status === "SUBMITTED") throw new AppError("CONFLICT", "This attempt is already submitted; answers can no longer change.");
  if (!canAcceptAnswer({ status: attempt.status as "IN_PROGRESS", deadline: attempt.deadline, now })) {
    throw new AppError("CONFLICT", "Time is up for this attempt; answers can no longer change.");
  }
  const items = new Map<number, ItemRef>();
  for (const row of rows) if (row.position !== null && row.itemId && row.questionVersionId) items.set(row.position, { itemId: row.itemId, questionVersionId: row.questionVersionId });
  rememberAttemptLayout(attemptId, { userId: owner.userId, deadline: attempt.deadline, items });

  const item = items.get(position);
  if (!item) throw new AppError("NOT_FOUND", `Question ${position + 1} is not part of this attempt.`);
  if (input.response !== undefined && rows.find((row) => row.position === position)?.revealed) throw new AppError("CONFLICT", "This answer was already checked and cannot change.");
  return item;
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
