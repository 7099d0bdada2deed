import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_HALF_LIFE_DAYS, tallyAnswers } from "@/lib/domain/readiness/answers.ts";
import { checkItem } from "@/lib/server/attempts/check-item.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { saveItem } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt.ts";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard.ts";
import { getReadiness } from "@/lib/server/readiness/get-readiness.ts";
import { loadLearnerAnswers } from "@/lib/server/readiness/load-graded-answers.ts";
import { loadStoredTallies, rebuildAnswerTallies } from "@/lib/server/readiness/question-tallies.ts";
import { answerByKey, seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

const EXAM = "AZ-204";
const DAY = 86_400_000;
const MINUTE = 60_000;

let db: TestDatabase;
let learner: { id: string };
const t0 = Date.now() - 20 * DAY;
const at = (days: number, minutes = 0) => new Date(t0 + days * DAY + minutes * MINUTE);

async function start(mode: "EXAM" | "PRACTICE", when: Date, count = 30): Promise<string> {
  const input = mode === "EXAM" ? { mode, examCode: EXAM, acceptNearest: false } : { mode, examCode: EXAM, count };
  const started = await startAttempt(db.prisma, learner.id, input, when);
  if (!("id" in started)) throw new Error(`could not start: ${JSON.stringify(started)}`);
  return started.id;
}

/** Answers every question (right on every other one and where `right` says so), a minute apart from `day`. */
async function answerAll(attemptId: string, day: number, options: { check: boolean }) {
  const attempt = await getAttempt(db.prisma, learner.id, attemptId, at(day));
  for (const item of attempt.items) {
    const when = at(day, item.position + 1);
    await saveItem(db.prisma, learner.id, attemptId, item.position, { response: answerByKey(item.view, (item.position + day) % 3 !== 0) }, when);
    if (options.check) await checkItem(db.prisma, learner.id, attemptId, item.position, when);
  }
}

async function storedRows() {
  return db.prisma.learnerQuestionTally.findMany({ where: { userId: learner.id }, orderBy: { questionId: "asc" } });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedTestBank(db.prisma, { perArea: 14 });
  learner = await createUser(db.prisma);

  // An exam answered on day 0 but submitted on day 6, after a practice session of day 5 had been
  // checked: its answers are older than ones already tallied. Then more practice, and another exam.
  const lateExam = await start("EXAM", at(0));
  await answerAll(lateExam, 0, { check: false });
  await answerAll(await start("PRACTICE", at(5)), 5, { check: true });
  await submitAttempt(db.prisma, learner.id, lateExam, at(6));
  await answerAll(await start("PRACTICE", at(10)), 10, { check: true });
  const exam = await start("EXAM", at(12));
  await answerAll(exam, 12, { check: false });
  await submitAttempt(db.prisma, learner.id, exam, at(12, 90));
});
afterAll(async () => {
  await db?.drop();
});

describe(`readiness tallies kept as answers are graded, on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("equal the tallies of every graded answer, though the answers were graded out of order", async () => {
    const now = new Date();
    const answers = await loadLearnerAnswers(db.prisma, learner.id, EXAM, now);
    expect(answers).toHaveLength(50 + 30 + 30 + 50);
    const expected = tallyAnswers(answers, now.getTime(), DEFAULT_HALF_LIFE_DAYS);
    const stored = (await loadStoredTallies(db.prisma, learner.id, now)).byExam.get(EXAM)!;
    expect(stored).toHaveLength(expected.size);
    expect(stored.some((t) => t.answered >= 3)).toBe(true);
    for (const tally of stored) {
      const want = expected.get(tally.itemId)!;
      expect([tally.answered, tally.correct]).toEqual([want.answered, want.correct]);
      for (const key of ["firstRight", "firstWrong", "repeatRight", "repeatWrong"] as const) expect(tally[key]).toBeCloseTo(want[key], 9);
    }
  });

  it("count an answer once: a second submit or check changes nothing", async () => {
    const before = await storedRows();
    const [lastExam] = await db.prisma.attempt.findMany({ where: { userId: learner.id, mode: "EXAM" }, orderBy: { startedAt: "desc" }, take: 1 });
    await submitAttempt(db.prisma, learner.id, lastExam!.id, at(13));
    const [practice] = await db.prisma.attempt.findMany({ where: { userId: learner.id, mode: "PRACTICE" }, orderBy: { startedAt: "desc" }, take: 1 });
    await checkItem(db.prisma, learner.id, practice!.id, 0, at(13));
    expect(await storedRows()).toEqual(before);
  });

  it("are rebuilt from the answers to the same sums", async () => {
    const incremental = await storedRows();
    await rebuildAnswerTallies(db.prisma, learner.id);
    const rebuilt = await storedRows();
    const exactPart = (row: (typeof rebuilt)[number]) => ({ ...row, repeatRight: undefined, repeatWrong: undefined });
    expect(rebuilt.map(exactPart)).toEqual(incremental.map(exactPart));
    rebuilt.forEach((row, i) => {
      expect(row.repeatRight).toBeCloseTo(incremental[i]!.repeatRight, 9);
      expect(row.repeatWrong).toBeCloseTo(incremental[i]!.repeatWrong, 9);
    });
  });

  it("give the dashboard and the guarantee page one figure, and a past date its own answers only", async () => {
    const now = new Date();
    const readiness = await getReadiness(db.prisma, learner.id, EXAM, now);
    const dashboard = (await getDashboard(db.prisma, learner.id, now)).exams.find((e) => e.exam.code === EXAM)!;
    expect(readiness).toMatchObject({ status: "estimate", basedOnAnswers: 160 });
    expect(dashboard.readiness).toEqual(readiness);
    // Day 8: the late exam (answered on day 0) and the day-5 practice; not what came after.
    expect(await getReadiness(db.prisma, learner.id, EXAM, at(8))).toMatchObject({ status: "estimate", basedOnAnswers: 80 });
  });
});
