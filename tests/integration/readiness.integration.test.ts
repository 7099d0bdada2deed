import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRng } from "@/lib/domain/practice/random.ts";
import { pointsFor, questionContentSchema, type Response } from "@/lib/domain/questions/content.ts";
import { DEFAULT_HALF_LIFE_DAYS, tallyAnswers } from "@/lib/domain/readiness/answers.ts";
import { correctProbability, standardNormal } from "@/lib/domain/readiness/numeric.ts";
import { checkItem } from "@/lib/server/attempts/check-item.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { saveItem } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { getExamReadinessModel, refreshExamReadinessModel } from "@/lib/server/readiness/exam-readiness-model.ts";
import { getItemStatistics } from "@/lib/server/readiness/get-item-statistics.ts";
import { getReadiness } from "@/lib/server/readiness/get-readiness.ts";
import { loadLearnerAnswers, loadLearnerTallies } from "@/lib/server/readiness/load-graded-answers.ts";
import { reportExamOutcome } from "@/lib/server/readiness/report-exam-outcome.ts";
import { reportOutcomeSchema } from "@/lib/validation/readiness.ts";
import { seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

const EXAM = "AZ-204";
/** A single-choice question whose stored key (a) is wrong: learners who know the topic pick b. */
const WRONG_KEY = "az204-compute-001";
const POPULATION = 60;
const DAY = 86_400_000;

let db: TestDatabase;
let author: { id: string };

/** Answers by the factory's convention: a (and b) correct, statement b = no, order a-b-c. */
function answerFor(type: string, right: boolean): Response {
  switch (type) {
    case "single":
      return { type: "single", choice: right ? "a" : "c" };
    case "multiple":
      return { type: "multiple", choices: right ? ["a", "b"] : ["a", "c"] };
    case "yesno":
      return { type: "yesno", answers: right ? { a: true, b: false, c: true } : { a: true, b: true, c: true } };
    default:
      return { type: "ordering", sequence: right ? ["a", "b", "c"] : ["c", "b", "a"] };
  }
}

/** Learners of known ability who each answered every question once, graded, over the last month. */
async function seedPopulation() {
  const rng = createRng(2024);
  const questions = await db.prisma.question.findMany({ where: { examCode: EXAM }, orderBy: { id: "asc" }, include: { versions: true } });
  const now = Date.now();
  const abilities: { userId: string; theta: number }[] = [];
  for (let l = 0; l < POPULATION; l++) {
    // No password: these learners never sign in, and hashing sixty passwords is most of this file's setup time.
    const user = await db.prisma.user.create({ data: { email: `population-${l}@example.com`, name: `Learner ${l}` } });
    const theta = standardNormal(rng);
    abilities.push({ userId: user.id, theta });
    const items = questions.map((q, position) => {
      const version = q.versions[0]!;
      const content = questionContentSchema.parse(version.content);
      const b = (q.difficulty - 3) * 0.6;
      const knows = rng() < correctProbability(theta, 1.4, b);
      let response = answerFor(content.type, knows);
      let right = knows;
      if (q.id === WRONG_KEY) {
        response = { type: "single", choice: knows ? "b" : (["a", "c", "d"][Math.floor(rng() * 3)] as string) };
        right = response.choice === "a";
      }
      const points = pointsFor(content);
      return {
        position,
        questionId: q.id,
        questionVersionId: version.id,
        optionOrder: [],
        response,
        answeredAt: new Date(now - (30 - position / 5) * DAY),
        revealed: true,
        isCorrect: right,
        pointsEarned: right ? points : 0,
        pointsPossible: points,
      };
    });
    await db.prisma.attempt.create({
      data: { userId: user.id, examCode: EXAM, mode: "PRACTICE", status: "SUBMITTED", seed: l, settings: { feedback: "immediate" }, startedAt: new Date(now - 31 * DAY), submittedAt: new Date(now - 20 * DAY), items: { create: items } },
    });
  }
  return abilities;
}

/** Practice through the real flow: start, answer each question (right while `right(i)`), check it. */
async function practise(userId: string, count: number, right: (index: number) => boolean) {
  const started = await startAttempt(db.prisma, userId, { mode: "PRACTICE", examCode: EXAM, count });
  if (!("id" in started)) throw new Error("practice could not start");
  const attempt = await getAttempt(db.prisma, userId, started.id);
  for (const [index, item] of attempt.items.entries()) {
    await saveItem(db.prisma, userId, started.id, item.position, { response: answerFor(item.view.type, right(index)) });
    await checkItem(db.prisma, userId, started.id, item.position);
  }
}

let population: { userId: string; theta: number }[];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedTestBank(db.prisma, { perArea: 14 });
  author = await createUser(db.prisma, { role: "AUTHOR" });
  population = await seedPopulation();
});
afterAll(async () => {
  await db?.drop();
});

describe(`readiness on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("tells a new learner how many more answers it needs, per skill area too", async () => {
    const learner = await createUser(db.prisma);
    const readiness = await getReadiness(db.prisma, learner.id, EXAM);
    expect(readiness).toMatchObject({ status: "insufficient-data", examCode: EXAM, answered: 0, needed: 30 });
    expect(readiness.perSkill.map((s) => s.key)).toEqual(["compute", "storage", "security", "monitor", "connect"]);
    expect(readiness.perSkill.every((s) => s.answered === 0 && s.correctRate === null)).toBe(true);
  });

  it("rises as a learner answers correctly", async () => {
    const learner = await createUser(db.prisma);
    await practise(learner.id, 20, (i) => i % 2 === 0);
    const early = await getReadiness(db.prisma, learner.id, EXAM);
    expect(early).toMatchObject({ status: "insufficient-data", answered: 20, needed: 10 });

    await practise(learner.id, 14, (i) => i % 2 === 0);
    const mixed = await getReadiness(db.prisma, learner.id, EXAM);
    if (mixed.status !== "estimate") throw new Error(`expected an estimate, got ${JSON.stringify(mixed)}`);
    expect(mixed.basedOnAnswers).toBe(34);
    expect(mixed.low).toBeLessThanOrEqual(mixed.probability);
    expect(mixed.high).toBeGreaterThanOrEqual(mixed.probability);
    expect(mixed.drivers).toHaveLength(5);
    expect(mixed.drivers[0]!.costInProbability).toBeGreaterThanOrEqual(mixed.drivers[4]!.costInProbability);
    expect(mixed.drivers.every((d) => d.name.length > 0 && d.weight > 0)).toBe(true);

    await practise(learner.id, 40, () => true);
    const strong = await getReadiness(db.prisma, learner.id, EXAM);
    if (strong.status !== "estimate") throw new Error("expected an estimate");
    expect(strong.basedOnAnswers).toBe(74);
    expect(strong.probability).toBeGreaterThan(mixed.probability + 0.15);
    expect(strong.perSkill.reduce((s, a) => s + a.abilityMean, 0)).toBeGreaterThan(mixed.perSkill.reduce((s, a) => s + a.abilityMean, 0));
    // Nothing of the answer key or of other learners leaves in the DTO.
    expect(JSON.stringify(strong)).not.toMatch(/KEYMARK|WHYMARK|"correct"|userId/);
  });

  it("gives the same figure on a reload", async () => {
    const learner = await createUser(db.prisma);
    await practise(learner.id, 35, (i) => i % 3 !== 0);
    const now = new Date();
    expect(await getReadiness(db.prisma, learner.id, EXAM, now)).toEqual(await getReadiness(db.prisma, learner.id, EXAM, now));
  });

  it("tallies a learner's answers in SQL exactly as the domain does from the rows", async () => {
    const { userId } = population[0]!;
    // Some questions answered again five days ago, right and wrong, so first answers and repeats both count.
    const questions = await db.prisma.question.findMany({ where: { examCode: EXAM }, orderBy: { id: "asc" }, take: 12, include: { versions: true } });
    const again = new Date(Date.now() - 5 * DAY);
    await db.prisma.attempt.create({
      data: {
        userId,
        examCode: EXAM,
        mode: "REVIEW",
        status: "SUBMITTED",
        seed: 1,
        settings: {},
        startedAt: again,
        submittedAt: again,
        items: {
          create: questions.map((q, position) => ({
            position,
            questionId: q.id,
            questionVersionId: q.versions[0]!.id,
            optionOrder: [],
            response: answerFor(q.type.toLowerCase(), position % 3 !== 0),
            answeredAt: new Date(again.getTime() + position * 60_000),
            revealed: true,
            isCorrect: position % 3 !== 0,
            pointsEarned: position % 3 !== 0 ? 1 : 0,
            pointsPossible: 1,
          })),
        },
      },
    });
    const now = new Date();
    const fromSql = await loadLearnerTallies(db.prisma, userId, EXAM, now, DEFAULT_HALF_LIFE_DAYS);
    const fromRows = tallyAnswers(await loadLearnerAnswers(db.prisma, userId, EXAM, now), now.getTime(), DEFAULT_HALF_LIFE_DAYS);
    expect(fromSql).toHaveLength(fromRows.size);
    expect(fromSql.filter((t) => t.answered === 2)).toHaveLength(12);
    for (const tally of fromSql) {
      const expected = fromRows.get(tally.itemId)!;
      expect(tally.answered).toBe(expected.answered);
      expect(tally.correct).toBe(expected.correct);
      for (const key of ["firstRight", "firstWrong", "repeatRight", "repeatWrong"] as const) expect(tally[key]).toBeCloseTo(expected[key], 9);
    }
  });

  it("flags the question with a wrong key in the item statistics, for authors only", async () => {
    const { items: stats } = await getItemStatistics(db.prisma, author.id, EXAM);
    expect(stats).toHaveLength(74);
    const wrong = stats.find((s) => s.questionId === WRONG_KEY)!;
    expect(wrong.flags).toEqual(["negative-discrimination", "distractor-favoured-by-strong"]);
    expect(wrong.pointBiserial!).toBeLessThan(0);
    const b = wrong.choices.find((c) => c.id === "b")!;
    expect(b.isKey).toBe(false);
    expect(b.strongShare!).toBeGreaterThan(b.weakShare!);
    expect(wrong.timesAnswered).toBeGreaterThanOrEqual(POPULATION);

    const others = stats.filter((s) => s.questionId !== WRONG_KEY && s.learners >= POPULATION);
    expect(others.filter((s) => s.flags.includes("negative-discrimination")).length).toBeLessThanOrEqual(2);
    expect(others.filter((s) => (s.pointBiserial ?? 0) > 0.15).length).toBeGreaterThan(others.length * 0.8);
    const sound = stats.find((s) => s.questionId === "az204-compute-002")!;
    expect(sound.irt.a).toBeGreaterThan(wrong.irt.a);
    expect(sound.stemPreview).toContain("az204-compute-002");

    const learner = await createUser(db.prisma);
    await expect(getItemStatistics(db.prisma, learner.id, EXAM)).rejects.toMatchObject({ status: 403 });
    await expect(getItemStatistics(db.prisma, author.id, "AZ-999")).rejects.toMatchObject({ status: 404 });
  });

  it("validates reported outcomes and writes nothing when they are wrong", async () => {
    const learner = await createUser(db.prisma);
    const now = new Date("2026-03-10T12:00:00Z");
    const schema = reportOutcomeSchema(now);
    const errors = (input: object) => {
      const result = schema.safeParse({ examCode: EXAM, takenOn: "2026-03-01", passed: true, ...input });
      const messages: Record<string, string> = {};
      for (const issue of result.success ? [] : result.error.issues) {
        const key = issue.path.join(".");
        messages[key] = messages[key] ? `${messages[key]} | ${issue.message}` : issue.message;
      }
      return messages;
    };
    expect(errors({})).toEqual({});
    expect(errors({ takenOn: "2026-03-12" })).toEqual({ takenOn: "The date can't be in the future." });
    expect(errors({ takenOn: "2026-03-11" })).toEqual({}); // already the 11th in UTC+14
    expect(errors({ takenOn: "2023-01-01" })).toEqual({ takenOn: "Only results from the last two years help the estimate." });
    expect(errors({ takenOn: "10/03/2026" })).toEqual({ takenOn: "Enter the date you took the exam." });
    expect(errors({ takenOn: "" })).toEqual({ takenOn: "Enter the date you took the exam." });
    expect(errors({ score: 1001 })).toEqual({ score: "Scores run from 1 to 1000." });
    expect(errors({ score: 0 })).toEqual({ score: "Scores run from 1 to 1000." });
    expect(errors({ score: 812.5 })).toEqual({ score: "The score is a whole number." });
    expect(errors({ passed: undefined })).toHaveProperty("passed");

    const input = (extra: object) => schema.parse({ examCode: EXAM, takenOn: "2026-03-01", passed: true, ...extra });
    await expect(reportExamOutcome(db.prisma, learner.id, input({ score: 650 }))).rejects.toMatchObject({ status: 400, details: { fieldErrors: { score: [expect.stringContaining("below the pass mark")] } } });
    await expect(reportExamOutcome(db.prisma, learner.id, input({ passed: false, score: 700 }))).rejects.toMatchObject({ status: 400 });
    await expect(reportExamOutcome(db.prisma, learner.id, input({ examCode: "AZ-999" }))).rejects.toMatchObject({ status: 404 });
    expect(await db.prisma.examOutcome.count({ where: { userId: learner.id } })).toBe(0);

    const saved = await reportExamOutcome(db.prisma, learner.id, input({ score: 742 }));
    expect(saved).toMatchObject({ examCode: EXAM, takenOn: "2026-03-01", passed: true, score: 742, updated: false });
    const corrected = await reportExamOutcome(db.prisma, learner.id, input({ passed: false, score: 684 }));
    expect(corrected).toMatchObject({ id: saved.id, passed: false, score: 684, updated: true });
    expect(await db.prisma.examOutcome.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("learns the cut from the results learners report", async () => {
    const before = await getExamReadinessModel(db.prisma, EXAM);
    const today = new Date().toISOString().slice(0, 10);
    const schema = reportOutcomeSchema(new Date());
    const sorted = [...population].sort((x, y) => y.theta - x.theta);
    const reportAll = async (passers: number) => {
      for (const [rank, { userId }] of sorted.entries()) {
        await reportExamOutcome(db.prisma, userId, schema.parse({ examCode: EXAM, takenOn: today, passed: rank < passers }));
      }
      return refreshExamReadinessModel(db.prisma, EXAM);
    };
    const mean = (cut: typeof before.cut) => cut.grid.reduce((s, t, i) => s + t * cut.probabilities[i]!, 0);
    // A harsh real exam: only the strongest tenth pass. Then the same learners correct their reports: three in four passed.
    const harsh = await reportAll(POPULATION / 10);
    const lenient = await reportAll((POPULATION * 3) / 4);
    expect(before.reports).toBe(0);
    expect(harsh.reports).toBe(POPULATION);
    expect(lenient.reports).toBe(POPULATION);
    expect(mean(harsh.cut)).toBeGreaterThan(mean(before.cut) + 0.03);
    expect(mean(lenient.cut)).toBeLessThan(mean(before.cut) - 0.03);
  });
});
