import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getExamBySlug, listExams } from "@/lib/server/catalog/get-exams.ts";
import { seedDatabase } from "@/lib/server/seed/seed-database.ts";
import { DEMO_LEARNER } from "@/lib/server/seed/demo-accounts.ts";
import { verifyPassword } from "@/lib/server/auth/password.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe("catalog seed", () => {
  it("seeds the four exams with their outlines, prerequisites and demo accounts, and a second run changes nothing", async () => {
    const first = await seedDatabase(db.prisma, { demoAccounts: true });
    expect(first.exams).toBe(4);
    expect(first.accountsCreated).toHaveLength(3);
    const second = await seedDatabase(db.prisma, { demoAccounts: true });
    expect(second.accountsCreated).toEqual([]);
    expect(await db.prisma.exam.count()).toBe(4);
    expect(await db.prisma.skillArea.count()).toBe(18);
    expect(await db.prisma.examPrerequisite.count()).toBe(2);
    expect(await db.prisma.user.count()).toBe(3);
    const learner = await db.prisma.user.findUniqueOrThrow({ where: { email: DEMO_LEARNER.email } });
    expect(await verifyPassword(learner.passwordHash!, DEMO_LEARNER.password)).toBe(true);
  });

  it("uses the configured admin instead of the demo admin", async () => {
    await seedDatabase(db.prisma, { demoAccounts: false, admin: { email: "Boss@Example.com", password: "boss password 123" } });
    const admin = await db.prisma.user.findUniqueOrThrow({ where: { email: "boss@example.com" } });
    expect(admin.role).toBe("ADMIN");
  });

  it("serves exam DTOs in catalog order with prerequisite groups and lifecycle", async () => {
    const exams = await listExams(db.prisma);
    expect(exams.map((e) => e.code)).toEqual(["AZ-900", "AZ-104", "AZ-204", "AZ-400"]);
    const az400 = await getExamBySlug(db.prisma, "az-400");
    expect(az400?.prerequisites.map((group) => group.map((p) => p.code))).toEqual([["AZ-104", "AZ-204"]]);
    expect(az400?.skillAreas.find((a) => a.key === "pipelines")).toMatchObject({ weightMin: 50, weightMax: 55 });
    const az204 = await getExamBySlug(db.prisma, "az-204");
    expect(az204?.lifecycle).toMatchObject({ retirementDate: "2026-07-31", successorCode: "AI-200", confirmed: false });
    expect(await getExamBySlug(db.prisma, "az-999")).toBeNull();
    expect(await getExamBySlug(db.prisma, "../etc")).toBeNull();
  });
});
