import "server-only";
import { openDatabase, type Database } from "./open-database.ts";
import { databaseTargetFromEnv } from "./target.ts";
import type { PrismaClient } from "./generated/client.ts";

// One database per server process, kept across hot reloads in development. A failed open is not
// cached, so a database that was down at the first request is retried on the next one.
const holder = globalThis as typeof globalThis & { __passpathDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__passpathDb ??= openDatabase(databaseTargetFromEnv()).catch((error: unknown) => {
    holder.__passpathDb = undefined;
    throw error;
  });
  return holder.__passpathDb;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
