import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRng } from "@/lib/domain/practice/random.ts";
import { questionContentSchema, type QuestionContent, type Response } from "@/lib/domain/questions/content.ts";
import { choicesOf, chosenOf, computeItemStatistics, countItems, type ItemCounts, type StatisticsResponse } from "@/lib/domain/readiness/item-statistics.ts";
import { getItemStatistics, refreshItemStatistics } from "@/lib/server/readiness/get-item-statistics.ts";
import { countExamItems } from "@/lib/server/readiness/item-statistics-sql.ts";
import { seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

const EXAM = "AZ-204";
const LEARNERS = 45;

let db: TestDatabase;
let author: { id: string };

/** A response of the question's type picking at random — now and then an option twice, or none at all. */
function randomResponse(content: QuestionContent, rng: () => number): Response | null {
  if (rng() < 0.04) return null;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)]!;
  switch (content.type) {
    case "single":
      return { type: "single", choice: pick(content.options).id };
    case "multiple": {
      const choices = content.options.filter(() => rng() < 0.5).map((o) => o.id);
      return { type: "multiple", choices: rng() < 0.1 ? [...choices, pick(content.options).id] : choices };
    }
    case "ordering":
      return { type: "ordering", sequence: [...content.options].sort(() => rng() - 0.5).map((o) => o.id) };
    case "yesno":
      return { type: "yesno", answers: Object.fromEntries(content.statements.map((s) => [s.id, rng() < 0.5])) };
  }
}

/**
 * Learners of varied ability, each in two or three attempts, answering some questions again (so
 * first answers and repeats differ), a few too rarely to get a rest score; all at distinct times.
 */
async function seedAnswers() {
  const rng = createRng(77);
  const questions = await db.prisma.question.findMany({ where: { examCode: EXAM }, orderBy: { id: "asc" }, include: { versions: true } });
  const start = Date.parse("2026-01-05T08:00:00Z");
  const times = Array.from({ length: LEARNERS * 3 * questions.length }, (_, i) => start + i * 1_000).sort(() => rng() - 0.5);
  for (let l = 0; l < LEARNERS; l++) {
    const user = await db.prisma.user.create({ data: { email: `stats-${l}@example.com`, name: `Stats ${l}` } });
    const ability = rng();
    const share = l % 9 === 0 ? 0.1 : 0.4 + rng() * 0.6;
    for (let attempt = 0; attempt < 2 + (l % 2); attempt++) {
      const chosen = questions.filter(() => rng() < share);
      await db.prisma.attempt.create({
        data: {
          userId: user.id,
          examCode: EXAM,
          mode: "PRACTICE",
          status: "SUBMITTED",
          seed: l * 10 + attempt,
          settings: { feedback: "immediate" },
          startedAt: new Date(start),
          submittedAt: new Date(start),
          items: {
            create: chosen.map((q, position) => {
              const version = q.versions[0]!;
              const response = randomResponse(questionContentSchema.parse(version.content), rng);
              const right = rng() < 0.2 + 0.6 * ability;
              // A few are saved but not graded, or graded without an answer time: neither counts.
              const graded = rng() < 0.95;
              return {
                position,
                questionId: q.id,
                questionVersionId: version.id,
                optionOrder: [],
                response: response ?? undefined,
                answeredAt: rng() < 0.97 ? new Date(times.pop()!) : null,
                revealed: true,
                isCorrect: graded ? right : null,
                pointsEarned: right ? 1 : 0,
                pointsPossible: 1,
              };
            }),
          },
        },
      });
    }
  }
  return questions;
}

/** The answers as the pure functions take them, read back from the database. */
async function loadResponses(): Promise<StatisticsResponse[]> {
  const items = await db.prisma.attemptItem.findMany({
    where: { attempt: { examCode: EXAM }, isCorrect: { not: null }, answeredAt: { not: null } },
    select: { questionId: true, isCorrect: true, response: true, answeredAt: true, attempt: { select: { userId: true } } },
  });
  return items.map((i) => ({ learnerId: i.attempt.userId, itemId: i.questionId, correct: i.isCorrect!, chosen: chosenOf(i.response as Response | null), at: i.answeredAt!.getTime() }));
}

function comparable(counts: ItemCounts) {
  return { ...counts, pointBiserial: counts.pointBiserial === null ? null : Number(counts.pointBiserial.toFixed(12)), chosen: Object.fromEntries([...counts.chosen].sort(([a], [b]) => a.localeCompare(b))) };
}

let questions: Awaited<ReturnType<typeof seedAnswers>>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedTestBank(db.prisma, { perArea: 4 });
  author = await createUser(db.prisma, { role: "AUTHOR" });
  questions = await seedAnswers();
});
afterAll(async () => {
  await db?.drop();
});

describe(`item statistics counted in the database on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("equal the counts of the pure functions, question by question", async () => {
    const expected = countItems(await loadResponses());
    const actual = await countExamItems(db.prisma, EXAM);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(expected.size).toBeGreaterThan(10);
    for (const [itemId, counts] of expected) expect(comparable(actual.get(itemId)!), itemId).toEqual(comparable(counts));
    // The data set exercises what it should: repeats, unrated learners, compared groups, choices.
    const all = [...expected.values()];
    expect(all.some((c) => c.timesAnswered > c.learners)).toBe(true);
    expect(all.every((c) => c.groupSize >= 5 && c.pointBiserial !== null)).toBe(true);
    expect(all.some((c) => [...c.chosen.keys()].some((id) => id.endsWith(":yes")))).toBe(true);
  });

  it("give authors what computeItemStatistics gives, and keep it until refreshed", async () => {
    await refreshItemStatistics(db.prisma, author.id, EXAM);
    const report = await getItemStatistics(db.prisma, author.id, EXAM);
    const expected = computeItemStatistics(
      questions.map((q) => ({ itemId: q.id, choices: choicesOf(questionContentSchema.parse(q.versions[0]!.content)) })),
      await loadResponses(),
    );
    expect(report.items.map((s) => s.questionId)).toEqual(expected.map((s) => s.itemId));
    const round = (x: number | null) => (x === null ? null : Number(x.toFixed(12)));
    report.items.forEach((s, i) => {
      const e = expected[i]!;
      expect({ ...s, pointBiserial: round(s.pointBiserial) }).toMatchObject({
        timesAnswered: e.timesAnswered,
        learners: e.learners,
        percentCorrect: e.percentCorrect,
        pointBiserial: round(e.pointBiserial),
        choices: e.choices,
        flags: e.flags,
      });
    });

    // New answers show after the next rebuild, not on every load.
    const learner = await db.prisma.user.findFirstOrThrow({ where: { email: "stats-1@example.com" } });
    const q = questions[0]!;
    await db.prisma.attempt.create({
      data: {
        userId: learner.id,
        examCode: EXAM,
        mode: "PRACTICE",
        status: "SUBMITTED",
        seed: 999,
        settings: { feedback: "immediate" },
        items: { create: [{ position: 0, questionId: q.id, questionVersionId: q.versions[0]!.id, optionOrder: [], answeredAt: new Date(), revealed: true, isCorrect: true, pointsPossible: 1 }] },
      },
    });
    const again = await getItemStatistics(db.prisma, author.id, EXAM);
    expect(again.computedAt).toBe(report.computedAt);
    expect(again.items[0]!.timesAnswered).toBe(report.items[0]!.timesAnswered);
    await refreshItemStatistics(db.prisma, author.id, EXAM);
    expect((await getItemStatistics(db.prisma, author.id, EXAM)).items[0]!.timesAnswered).toBe(report.items[0]!.timesAnswered + 1);
  });
});
