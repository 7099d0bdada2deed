import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma, QuestionStatus, QuestionType } from "@/lib/server/db/generated/client.ts";
import { bumpBankVersions } from "./bank-version.ts";

// Prisma's createMany binds every value as its own parameter, and through the PGlite adapter that
// costs about half a millisecond a row. A chunk sent as one JSON parameter that PostgreSQL unpacks
// with json_populate_recordset (plain PostgreSQL, any server) inserts several times faster
// (bench/import-bank.ts measures both).

type Tx = Prisma.TransactionClient;

export type QuestionInsert = {
  id: string;
  examCode: string;
  skillAreaId: string;
  caseStudyId: string | null;
  type: QuestionType;
  difficulty: number;
  status: QuestionStatus;
  topic: string;
  currentVersion: number;
  source: string;
};

export type QuestionVersionInsert = {
  questionId: string;
  version: number;
  contentHash: string;
  stem: string;
  content: unknown;
  explanation: string;
  references: string[];
  partialCredit: boolean;
  points: number;
};

/** Timestamps as Prisma writes them: UTC wall time in a column without a time zone. */
function now(): string {
  return new Date().toISOString();
}

export async function insertQuestions(tx: Tx, rows: readonly QuestionInsert[]): Promise<void> {
  const at = now();
  const json = JSON.stringify(rows.map((row) => ({ ...row, createdAt: at, updatedAt: at })));
  await tx.$executeRaw`
    INSERT INTO "Question" ("id", "examCode", "skillAreaId", "caseStudyId", "type", "difficulty", "status", "topic", "currentVersion", "source", "createdAt", "updatedAt")
    SELECT "id", "examCode", "skillAreaId", "caseStudyId", "type", "difficulty", "status", "topic", "currentVersion", "source", "createdAt", "updatedAt"
    FROM json_populate_recordset(NULL::"Question", ${json}::json)`;
  await bumpBankVersions(tx, rows.map((row) => row.id));
}

export async function insertQuestionVersions(tx: Tx, rows: readonly QuestionVersionInsert[]): Promise<void> {
  const at = now();
  // The id is Prisma's client-side default (cuid), which raw SQL does not get: any unique text will do.
  const json = JSON.stringify(rows.map((row) => ({ ...row, id: randomUUID(), createdAt: at })));
  await tx.$executeRaw`
    INSERT INTO "QuestionVersion" ("id", "questionId", "version", "contentHash", "stem", "content", "explanation", "references", "partialCredit", "points", "createdAt")
    SELECT "id", "questionId", "version", "contentHash", "stem", "content", "explanation", "references", "partialCredit", "points", "createdAt"
    FROM json_populate_recordset(NULL::"QuestionVersion", ${json}::json)`;
}
