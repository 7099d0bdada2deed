import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Response } from "@/lib/domain/questions/content.ts";
import { addDays } from "@/lib/domain/planning/dates.ts";
import type { AttemptItemDto } from "@/lib/server/attempts/dto.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { saveItem } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt.ts";
import { getSkillPerformance } from "@/lib/server/planning/get-skill-performance.ts";
import { getStudyPlan } from "@/lib/server/planning/get-study-plan.ts";
import type { StartAttemptInput } from "@/lib/validation/attempts.ts";
import { seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

let db: TestDatabase;
let learner: { id: string };
let other: { id: string };
const TODAY = "2026-03-02";

beforeAll(async () => {
  db = await createTestDatabase();
  await seedTestBank(db.prisma, { perArea: 14 });
  learner = await createUser(db.prisma);
  other = await createUser(db.prisma);
});
afterAll(async () => {
  await db?.drop();
});

/** Answers by the factory's key convention (a/b correct, statement b = no, order a-b-c), right or wrong. */
function answer(item: AttemptItemDto, right: boolean): Response {
  switch (item.view.type) {
    case "single":
      return { type: "single", choice: right ? "a" : "c" };
    case "multiple":
      return { type: "multiple", choices: right ? ["a", "b"] : ["c", "d"] };
    case "yesno":
      return { type: "yesno", answers: right ? { a: true, b: false, c: true } : { a: false, b: true, c: false } };
    case "ordering":
      return { type: "ordering", sequence: right ? ["a", "b", "c"] : ["c", "b", "a"] };
  }
}

type Plan = { userId: string; input: StartAttemptInput; right: (item: AttemptItemDto) => boolean; skip?: (item: AttemptItemDto) => boolean; submit?: boolean };

/** Starts an attempt, answers it, and (by default) submits it; returns its items. */
async function practise({ userId, input, right, skip = () => false, submit = true }: Plan): Promise<AttemptItemDto[]> {
  const started = await startAttempt(db.prisma, userId, input);
  if (!("id" in started)) throw new Error("attempt could not be assembled");
  const { items } = await getAttempt(db.prisma, userId, started.id);
  for (const item of items) if (!skip(item)) await saveItem(db.prisma, userId, started.id, item.position, { response: answer(item, right(item)) });
  if (submit) await submitAttempt(db.prisma, userId, started.id);
  return items;
}

const tally = (items: AttemptItemDto[], right: (item: AttemptItemDto) => boolean, skip: (item: AttemptItemDto) => boolean = () => false) => {
  const totals = new Map<string, { answered: number; correct: number }>();
  for (const item of items.filter((i) => !skip(i))) {
    const total = totals.get(item.skillArea.key) ?? { answered: 0, correct: 0 };
    total.answered += 1;
    if (right(item)) total.correct += 1;
    totals.set(item.skillArea.key, total);
  }
  return totals;
};

describe(`weakness-aware planning data on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("has nothing for a learner who has not practised, and a plan on the weights alone", async () => {
    expect(await getSkillPerformance(db.prisma, learner.id, "AZ-204")).toEqual({ examCode: "AZ-204", areas: [], simulationsTaken: 0 });
    const view = await getStudyPlan(db.prisma, learner.id, { exam: "az-204", date: addDays(TODAY, 56), hours: 8 }, TODAY);
    expect(view.personalised).toBe(false);
    expect(view.result.ok && view.result.plan.basis).toBe("weights");
  });

  it("counts each area's answers in the learner's own submitted attempts, and leaves out skipped items, open attempts and other learners", async () => {
    const weak = (item: AttemptItemDto) => item.skillArea.key !== "storage";
    const everyThird = (item: AttemptItemDto) => item.position % 3 === 2;
    const storageDrill = await practise({ userId: learner.id, input: { mode: "DRILL", examCode: "AZ-204", count: 10, skillArea: "storage" }, right: () => false });
    const mixed = await practise({ userId: learner.id, input: { mode: "PRACTICE", examCode: "AZ-204", count: 30 }, right: weak, skip: everyThird });
    await practise({ userId: learner.id, input: { mode: "DRILL", examCode: "AZ-204", count: 10, skillArea: "compute" }, right: () => false, submit: false });
    await practise({ userId: other.id, input: { mode: "DRILL", examCode: "AZ-204", count: 10, skillArea: "compute" }, right: () => false });

    const expected = tally(storageDrill, () => false);
    for (const [key, total] of tally(mixed, weak, everyThird)) {
      const sum = expected.get(key) ?? { answered: 0, correct: 0 };
      expected.set(key, { answered: sum.answered + total.answered, correct: sum.correct + total.correct });
    }
    const performance = await getSkillPerformance(db.prisma, learner.id, "AZ-204");
    expect(Object.fromEntries(performance.areas.map(({ key, ...rest }) => [key, rest]))).toEqual(Object.fromEntries(expected));
    expect(performance.areas.find((a) => a.key === "storage")!.correct).toBe(0);
    expect(performance.simulationsTaken).toBe(0);

    const theirs = await getSkillPerformance(db.prisma, other.id, "AZ-204");
    expect(theirs.areas).toEqual([{ key: "compute", answered: 10, correct: 0 }]);
  });

  it("counts submitted exam simulations, and turns the learner's weakness into more plan time than a visitor's plan gives", async () => {
    const exam = await startAttempt(db.prisma, learner.id, { mode: "EXAM", examCode: "AZ-204", acceptNearest: true });
    if (!("id" in exam)) throw new Error("exam could not be assembled");
    await submitAttempt(db.prisma, learner.id, exam.id);
    expect((await getSkillPerformance(db.prisma, learner.id, "AZ-204")).simulationsTaken).toBe(1);

    const query = { exam: "az-204", date: addDays(TODAY, 56), hours: 8 };
    const mine = await getStudyPlan(db.prisma, learner.id, query, TODAY);
    const visitor = await getStudyPlan(db.prisma, null, query, TODAY);
    if (!mine.result.ok || !visitor.result.ok) throw new Error("no plan");
    const storage = (plan: typeof mine.result.plan) => plan.areas.find((a) => a.key === "storage")!;
    expect(mine.personalised).toBe(true);
    expect(mine.result.plan.basis).toBe("weights-and-accuracy");
    expect(storage(mine.result.plan).accuracy).toBe(0);
    expect(storage(mine.result.plan).hours).toBeGreaterThan(storage(visitor.result.plan).hours);
    expect(mine.result.plan.weeks[0]!.focus[0]!.key).toBe("storage");
    expect(mine.result.plan.milestones.some((m) => m.kind === "baseline-simulation")).toBe(false);
    expect(visitor.personalised).toBe(false);
    expect(visitor.result.plan.milestones.some((m) => m.kind === "baseline-simulation")).toBe(true);
  });

  it("refuses an exam that does not exist", async () => {
    await expect(getSkillPerformance(db.prisma, learner.id, "AZ-999")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getStudyPlan(db.prisma, learner.id, { exam: "az-999", date: addDays(TODAY, 56), hours: 8 }, TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
