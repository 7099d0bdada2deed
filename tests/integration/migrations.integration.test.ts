import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/server/db/schema-engine.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe("migration history", () => {
  it("applies to an empty database and a second run applies nothing", async () => {
    expect(await applyMigrations(db.adapterFactory)).toEqual([]);
    const rows = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
  });

  // A server's sessions only: embedded PGlite has a single session, where the lock is re-entrant.
  it.skipIf(!process.env.TEST_DATABASE_URL)("leaves no migration lock behind on a server, so another instance can migrate right after", async () => {
    await applyMigrations(db.adapterFactory);
    // The engine's sessions are closed when it returns; the server notices within moments.
    const heldLocks = async () => {
      const rows = await db.prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM pg_locks
        WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
      return Number(rows[0]?.n);
    };
    await expect.poll(heldLocks, { timeout: 3_000, interval: 100 }).toBe(0);
  });

  it("creates every table of the domain", async () => {
    const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const tables = rows.map((r) => r.table_name);
    for (const table of ["User", "Exam", "SkillArea", "Question", "QuestionVersion", "Attempt", "AttemptItem", "Enrollment", "ReviewCard", "GuaranteePolicy", "GuaranteeClaim", "QuestionReport", "AuditLog"]) {
      expect(tables).toContain(table);
    }
  });
});
