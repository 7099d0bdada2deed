import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Response } from "@/lib/domain/questions/content.ts";
import { checkItem } from "@/lib/server/attempts/check-item.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { saveItem } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt.ts";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard.ts";
import { studyMinutes } from "@/lib/domain/dashboard/study-streak.ts";
import { seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedTestBank(db.prisma, { perArea: 8, caseStudy: false });
});
afterAll(async () => {
  await db?.drop();
});

const first: Record<string, Response> = {
  single: { type: "single", choice: "a" },
  multiple: { type: "multiple", choices: ["a", "b"] },
  yesno: { type: "yesno", answers: { a: true, b: false, c: true } },
  ordering: { type: "ordering", sequence: ["a", "b", "c"] },
};

const wrong: Record<string, Response> = {
  single: { type: "single", choice: "c" },
  multiple: { type: "multiple", choices: ["a", "c"] },
  yesno: { type: "yesno", answers: { a: true, b: true, c: true } },
  ordering: { type: "ordering", sequence: ["c", "b", "a"] },
};

describe("dashboard", () => {
  it("guides a new learner with an empty dashboard", async () => {
    const user = await createUser(db.prisma);
    const dashboard = await getDashboard(db.prisma, user.id);
    expect(dashboard).toMatchObject({ streakDays: 0, studyMinutesLast30Days: 0, answeredLast30Days: 0, exams: [] });
  });

  it("shows score history, mastery, coverage and streak after practice, and only the learner's own", async () => {
    const user = await createUser(db.prisma);
    const other = await createUser(db.prisma);
    const started = (await startAttempt(db.prisma, user.id, { mode: "DRILL", examCode: "AZ-204", count: 4, skillArea: "monitor" })) as { id: string };
    const attempt = await getAttempt(db.prisma, user.id, started.id);
    // Right on the first two, nothing on the rest.
    for (const item of attempt.items.slice(0, 2)) await saveItem(db.prisma, user.id, started.id, item.position, { response: first[item.view.type]! });
    await submitAttempt(db.prisma, user.id, started.id);

    const dashboard = await getDashboard(db.prisma, user.id);
    expect(dashboard.streakDays).toBe(1);
    expect(dashboard.answeredLast30Days).toBe(2);
    const az204 = dashboard.exams.find((e) => e.exam.code === "AZ-204")!;
    expect(az204.history).toHaveLength(1);
    expect(az204.history[0]!.rawPercent).toBeGreaterThan(0);
    const monitor = az204.mastery.find((m) => m.key === "monitor")!;
    expect(monitor).toMatchObject({ graded: 2, correct: 2, seen: 2, published: 8, accuracy: 1 });
    expect(az204.mastery.find((m) => m.key === "compute")).toMatchObject({ graded: 0, accuracy: null });
    expect(az204.coverage).toEqual({ seen: 2, published: 40 });
    expect(az204.recentAttempts.map((a) => a.id)).toEqual([started.id]);
    expect(az204.readiness).toMatchObject({ status: "insufficient-data", answered: 2, needed: 28 });

    expect((await getDashboard(db.prisma, other.id)).exams).toEqual([]);
  });

  it("sums study time in the database exactly as studyMinutes does from the answer times", async () => {
    const user = await createUser(db.prisma);
    const base = new Date(Date.now() - 6 * 3_600_000);
    const offsets = [0, 2, 5, 65, 66, 70, 200, 203];
    const started = (await startAttempt(db.prisma, user.id, { mode: "PRACTICE", examCode: "AZ-204", count: offsets.length }, base)) as { id: string };
    const attempt = await getAttempt(db.prisma, user.id, started.id, base);
    const times = offsets.map((minutes) => new Date(base.getTime() + minutes * 60_000));
    for (const [index, item] of attempt.items.entries()) await saveItem(db.prisma, user.id, started.id, item.position, { response: first[item.view.type]! }, times[index]!);

    const dashboard = await getDashboard(db.prisma, user.id);
    expect(dashboard.answeredLast30Days).toBe(offsets.length);
    expect(dashboard.studyMinutesLast30Days).toBe(studyMinutes(times));
  });

  it("counts a question answered in an unfinished attempt as seen, not graded", async () => {
    const user = await createUser(db.prisma);
    const started = (await startAttempt(db.prisma, user.id, { mode: "DRILL", examCode: "AZ-204", count: 3, skillArea: "compute" })) as { id: string };
    const attempt = await getAttempt(db.prisma, user.id, started.id);
    await saveItem(db.prisma, user.id, started.id, attempt.items[0]!.position, { response: first[attempt.items[0]!.view.type]! });

    const az204 = (await getDashboard(db.prisma, user.id)).exams.find((e) => e.exam.code === "AZ-204")!;
    expect(az204.mastery.find((m) => m.key === "compute")).toMatchObject({ seen: 1, graded: 0, accuracy: null });
    expect(az204.readiness).toMatchObject({ status: "insufficient-data", answered: 0, needed: 30 });
  });

  it("gives a readiness estimate with its range and drivers once the learner has answered enough", async () => {
    const user = await createUser(db.prisma);
    const started = (await startAttempt(db.prisma, user.id, { mode: "PRACTICE", examCode: "AZ-204", count: 36 })) as { id: string };
    const attempt = await getAttempt(db.prisma, user.id, started.id);
    for (const item of attempt.items) {
      // Right everywhere except in "compute", which should then cost the most.
      const response = item.questionId.includes("-compute-") ? wrong[item.view.type]! : first[item.view.type]!;
      await saveItem(db.prisma, user.id, started.id, item.position, { response });
      await checkItem(db.prisma, user.id, started.id, item.position);
    }

    const az204 = (await getDashboard(db.prisma, user.id)).exams.find((e) => e.exam.code === "AZ-204")!;
    const readiness = az204.readiness;
    if (readiness.status !== "estimate") throw new Error(`expected an estimate, got ${JSON.stringify(readiness)}`);
    expect(readiness.basedOnAnswers).toBe(36);
    expect(readiness.low).toBeLessThanOrEqual(readiness.probability);
    expect(readiness.high).toBeGreaterThanOrEqual(readiness.probability);
    expect(readiness.drivers.map((d) => d.skillAreaKey).sort()).toEqual(az204.mastery.map((m) => m.key).sort());
    const costs = readiness.drivers.map((d) => d.costInProbability);
    expect(costs).toEqual([...costs].sort((x, y) => y - x));
    expect(readiness.drivers[0]).toMatchObject({ skillAreaKey: "compute", name: az204.mastery.find((m) => m.key === "compute")!.name });
    expect(az204.mastery.find((m) => m.key === "compute")!.accuracy).toBe(0);
  });
});
