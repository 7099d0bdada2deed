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

  it("creates every table of the domain", async () => {
    const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const tables = rows.map((r) => r.table_name);
    for (const table of ["User", "Exam", "SkillArea", "Question", "QuestionVersion", "Attempt", "AttemptItem", "Enrollment", "ReviewCard", "GuaranteePolicy", "GuaranteeClaim", "QuestionReport", "AuditLog"]) {
      expect(tables).toContain(table);
    }
  });
});
