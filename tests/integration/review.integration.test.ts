import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuestionContent } from "@/lib/domain/questions/content.ts";
import { pointsFor } from "@/lib/domain/questions/content.ts";
import { RATING, replayReviews } from "@/lib/domain/review/schedule.ts";
import type { AttemptItemDto } from "@/lib/server/attempts/dto.ts";
import { checkItem } from "@/lib/server/attempts/check-item.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { saveItem } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt.ts";
import { getAttemptReview } from "@/lib/server/review/get-attempt-review.ts";
import { getReviewQueue } from "@/lib/server/review/get-review-queue.ts";
import { getSmartPlan } from "@/lib/server/review/get-smart-plan.ts";
import { setGuessed } from "@/lib/server/review/mark-guessed.ts";
import { recomputeSchedule } from "@/lib/server/review/recompute-schedule.ts";
import { catchUpReviews, recordGradedAnswers } from "@/lib/server/review/record-graded-answers.ts";
import { setCardRetired } from "@/lib/server/review/retire-card.ts";
import { startRetryOfAttempt } from "@/lib/server/review/start-retry-quiz.ts";
import { startReviewQuiz } from "@/lib/server/review/start-review-quiz.ts";
import { startSmartPractice } from "@/lib/server/review/start-smart-practice.ts";
import type { StartAttemptInput } from "@/lib/validation/attempts.ts";
import { answerByKey, seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

const DAY = 86_400_000;
const T0 = new Date("2025-03-03T15:00:00Z");
const at = (days: number, hours = 0) => new Date(T0.getTime() + days * DAY + hours * 3_600_000);

let db: TestDatabase;
/** As grading records them: inside a transaction. */
const record = (userId: string, scope: Parameters<typeof recordGradedAnswers>[2]) => db.prisma.$transaction((tx) => recordGradedAnswers(tx, userId, scope));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedTestBank(db.prisma, { perArea: 14 });
});
afterAll(async () => {
  await db?.drop();
});

type Plan = "right" | "wrong" | "skip";

async function start(userId: string, input: StartAttemptInput, now: Date): Promise<string> {
  const started = await startAttempt(db.prisma, userId, input, now);
  if (!("id" in started)) throw new Error("could not start");
  return started.id;
}

/** Answers every item as planned and submits at `now`; submit records the reviews itself. */
async function finish(userId: string, attemptId: string, plan: (item: AttemptItemDto) => Plan, now: Date) {
  const attempt = await getAttempt(db.prisma, userId, attemptId, now);
  for (const item of attempt.items) {
    const p = plan(item);
    if (p !== "skip") await saveItem(db.prisma, userId, attemptId, item.position, { response: answerByKey(item.view, p === "right") }, now);
  }
  await submitAttempt(db.prisma, userId, attemptId, now);
  return getAttempt(db.prisma, userId, attemptId, now);
}

/** Drops the learner's cards and logs, as if the grading hook had failed: tests of late and catch-up recording start here. */
async function forgetReviews(userId: string) {
  await db.prisma.reviewLog.deleteMany({ where: { card: { userId } } });
  await db.prisma.reviewCard.deleteMany({ where: { userId } });
}

const cardOf = (userId: string, questionId: string) => db.prisma.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId } }, include: { logs: { orderBy: { review: "asc" } } } });

async function newVersion(questionId: string) {
  const question = await db.prisma.question.findUniqueOrThrow({ where: { id: questionId }, include: { versions: true } });
  const old = question.versions.find((v) => v.version === question.currentVersion)!;
  const content = old.content as QuestionContent;
  const version = question.currentVersion + 1;
  await db.prisma.questionVersion.create({
    data: {
      questionId,
      version,
      contentHash: crypto.randomBytes(8).toString("hex"),
      stem: `Reworded stem of ${questionId}, version ${version}`,
      content,
      explanation: `Explanation of version ${version}`,
      references: old.references,
      partialCredit: false,
      points: pointsFor(content),
    },
  });
  await db.prisma.question.update({ where: { id: questionId }, data: { currentVersion: version } });
}

describe(`review cards on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("makes a wrong answer a card due the next day, leaves right and skipped ones alone, and logs each answer once", async () => {
    const learner = await createUser(db.prisma);
    const id = await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 6, skillArea: "compute" }, T0);
    const done = await finish(learner.id, id, (i) => (i.position === 0 ? "wrong" : i.position === 1 ? "right" : i.position === 2 ? "skip" : "right"), T0);
    const [wrong, right, skipped] = done.items;

    const card = await cardOf(learner.id, wrong!.questionId);
    expect(card).not.toBeNull();
    expect(card!.due.toISOString()).toBe(at(1).toISOString());
    expect(card!.logs).toHaveLength(1);
    expect(card!.logs[0]).toMatchObject({ rating: RATING.again, state: 0 });
    const item = await db.prisma.attemptItem.findFirstOrThrow({ where: { attemptId: id, position: 0 } });
    expect(card!.logs[0]!.attemptItemId).toBe(item.id);
    expect(await cardOf(learner.id, right!.questionId)).toBeNull();
    expect(await cardOf(learner.id, skipped!.questionId)).toBeNull();

    expect(await record(learner.id, { attemptId: id })).toEqual({ logged: 0, cardsCreated: 0 });
    expect(await record(learner.id, { all: true })).toEqual({ logged: 0, cardsCreated: 0 });
    expect(await db.prisma.reviewLog.count({ where: { card: { userId: learner.id } } })).toBe(1);
  });

  it("reschedules a card with every later graded answer, in any attempt", async () => {
    const learner = await createUser(db.prisma);
    const first = await finish(learner.id, await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 3, skillArea: "storage" }, T0), () => "wrong", T0);
    const questionId = first.items[0]!.questionId;

    const retry = await startRetryOfAttempt(db.prisma, learner.id, first.id, at(1));
    await finish(learner.id, retry.id, () => "right", at(1));
    const card = await cardOf(learner.id, questionId);
    expect(card!.logs.map((l) => l.rating)).toEqual([RATING.again, RATING.good]);
    expect(card!.reps).toBe(2);
    expect(card!.due.getTime()).toBeGreaterThan(at(2).getTime());
    expect(card!.lastReview!.toISOString()).toBe(at(1).toISOString());

    const again = await startRetryOfAttempt(db.prisma, learner.id, first.id, card!.due);
    await finish(learner.id, again.id, () => "wrong", card!.due);
    const lapsed = await cardOf(learner.id, questionId);
    expect(lapsed!.lapses).toBe(1);
    expect(lapsed!.logs.map((l) => l.rating)).toEqual([RATING.again, RATING.good, RATING.again]);
    expect(lapsed!.due.toISOString()).toBe(new Date(card!.due.getTime() + DAY).toISOString());
  });

  it("logs a practice answer when it is checked, and not again when the attempt is submitted", async () => {
    const learner = await createUser(db.prisma);
    const id = await start(learner.id, { mode: "PRACTICE", examCode: "AZ-204", count: 2, skillAreas: ["security"] }, T0);
    const attempt = await getAttempt(db.prisma, learner.id, id, T0);
    const item = attempt.items[0]!;
    await saveItem(db.prisma, learner.id, id, 0, { response: answerByKey(item.view, false) }, at(0, 1));
    await checkItem(db.prisma, learner.id, id, 0, at(0, 1));
    const row = await db.prisma.attemptItem.findFirstOrThrow({ where: { attemptId: id, position: 0 } });
    // check-item recorded it inside the grading transaction: recording again finds nothing new.
    expect((await cardOf(learner.id, item.questionId))!.logs.map((l) => l.attemptItemId)).toEqual([row.id]);
    expect(await record(learner.id, { attemptItemId: row.id })).toEqual({ logged: 0, cardsCreated: 0 });

    await submitAttempt(db.prisma, learner.id, id, at(0, 2));
    expect(await record(learner.id, { attemptId: id })).toEqual({ logged: 0, cardsCreated: 0 });
    const card = await cardOf(learner.id, item.questionId);
    expect(card!.logs).toHaveLength(1);
    expect(card!.logs[0]!.review.toISOString()).toBe(at(0, 1).toISOString());
  });

  it("counts a right answer once its question became a card, whichever attempt is recorded first", async () => {
    const learner = await createUser(db.prisma);
    const a = await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 2, skillArea: "monitor" }, T0);
    const attempt = await getAttempt(db.prisma, learner.id, a, T0);
    const questionId = attempt.items[0]!.questionId;
    for (const item of attempt.items) await saveItem(db.prisma, learner.id, a, item.position, { response: answerByKey(item.view, false) }, T0);
    await submitAttempt(db.prisma, learner.id, a, at(0, 1));
    // A later attempt with the same question is recorded first (as if the hook had failed for the first).
    const b = await startRetryOfAttempt(db.prisma, learner.id, a, at(3));
    const retried = await getAttempt(db.prisma, learner.id, b.id, at(3));
    for (const item of retried.items) await saveItem(db.prisma, learner.id, b.id, item.position, { response: answerByKey(item.view, true) }, at(3));
    await submitAttempt(db.prisma, learner.id, b.id, at(3));
    await forgetReviews(learner.id);
    await record(learner.id, { attemptId: b.id });
    // Right answers before the question is a card are not reviews.
    expect(await cardOf(learner.id, questionId)).toBeNull();

    await record(learner.id, { attemptId: a });
    expect((await cardOf(learner.id, questionId))!.logs.map((l) => l.rating)).toEqual([RATING.again]);
    // The catch-up sees that the right answer came after the miss.
    await record(learner.id, { all: true });
    const card = await cardOf(learner.id, questionId);
    expect(card!.logs.map((l) => [l.rating, l.review.toISOString()])).toEqual([
      [RATING.again, at(0, 1).toISOString()],
      [RATING.good, at(3).toISOString()],
    ]);
    const expected = replayReviews([
      { rating: RATING.again, review: at(0, 1) },
      { rating: RATING.good, review: at(3) },
    ]).card;
    expect(card!.due.toISOString()).toBe(expected.due.toISOString());
    expect(card!.stability).toBeCloseTo(expected.stability, 10);
  });

  it("records a batch graded out of order by replaying the card", async () => {
    const learner = await createUser(db.prisma);
    const a = await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 1, skillArea: "connect" }, T0);
    const first = await getAttempt(db.prisma, learner.id, a, T0);
    const questionId = first.items[0]!.questionId;
    await saveItem(db.prisma, learner.id, a, 0, { response: answerByKey(first.items[0]!.view, false) }, T0);
    await submitAttempt(db.prisma, learner.id, a, at(0, 1));
    await forgetReviews(learner.id); // as if recording the day-0 miss had failed
    const b = await startRetryOfAttempt(db.prisma, learner.id, a, at(2));
    await finish(learner.id, b.id, () => "wrong", at(2)); // records b: the card starts at day 2
    expect((await cardOf(learner.id, questionId))!.logs).toHaveLength(1);
    await record(learner.id, { attemptId: a }); // the day-0 miss arrives late
    const card = await cardOf(learner.id, questionId);
    const expected = replayReviews([
      { rating: RATING.again, review: at(0, 1) },
      { rating: RATING.again, review: at(2) },
    ]);
    expect(card!.logs.map((l) => l.review.toISOString())).toEqual([at(0, 1).toISOString(), at(2).toISOString()]);
    expect(card!.due.toISOString()).toBe(expected.card.due.toISOString());
    expect(card!.reps).toBe(2);
    expect(card!.createdAt.toISOString()).toBe(at(0, 1).toISOString());
    expect(card!.logs[1]!.stability).toBeCloseTo(expected.steps[1]!.log.stability, 10);
  });

  it("lets the learner mark a right answer as a guess: Hard instead of Good, and takes it back", async () => {
    const learner = await createUser(db.prisma);
    const other = await createUser(db.prisma);
    const id = await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 4, skillArea: "compute" }, T0);
    const done = await finish(learner.id, id, (i) => (i.position === 0 ? "right" : i.position === 1 ? "wrong" : i.position === 2 ? "skip" : "right"), T0);
    const right = done.items[0]!;

    const marked = await setGuessed(db.prisma, learner.id, { attemptId: id, position: 0, guessed: true });
    expect(marked.guessed).toBe(true);
    let card = await cardOf(learner.id, right.questionId);
    expect(card!.logs.map((l) => l.rating)).toEqual([RATING.hard]);
    expect(marked.card!.due).toBe(card!.due.toISOString());
    expect((await reviewItems(learner.id, id))![0]!.guessed).toBe(true);

    // Marking twice changes nothing.
    await setGuessed(db.prisma, learner.id, { attemptId: id, position: 0, guessed: true });
    expect((await cardOf(learner.id, right.questionId))!.logs).toHaveLength(1);

    const unmarked = await setGuessed(db.prisma, learner.id, { attemptId: id, position: 0, guessed: false });
    expect(unmarked).toEqual({ guessed: false, card: null });
    expect(await cardOf(learner.id, right.questionId)).toBeNull();

    await expect(setGuessed(db.prisma, learner.id, { attemptId: id, position: 1, guessed: true })).rejects.toMatchObject({ status: 422 });
    await expect(setGuessed(db.prisma, learner.id, { attemptId: id, position: 2, guessed: true })).rejects.toMatchObject({ status: 409 });
    await expect(setGuessed(db.prisma, other.id, { attemptId: id, position: 0, guessed: true })).rejects.toMatchObject({ status: 404 });

    // On a question that already is a card, the guess re-rates that answer's review and replays the card.
    const wrongQuestion = done.items[1]!.questionId;
    const retry = await startRetryOfAttempt(db.prisma, learner.id, id, at(1));
    const retried = await finish(learner.id, retry.id, () => "right", at(1));
    const position = retried.items.find((i) => i.questionId === wrongQuestion)!.position;
    const sure = await cardOf(learner.id, wrongQuestion);
    await setGuessed(db.prisma, learner.id, { attemptId: retry.id, position, guessed: true });
    card = await cardOf(learner.id, wrongQuestion);
    expect(card!.logs.map((l) => l.rating)).toEqual([RATING.again, RATING.hard]);
    expect(card!.due.getTime()).toBeLessThan(sure!.due.getTime());
    await setGuessed(db.prisma, learner.id, { attemptId: retry.id, position, guessed: false });
    card = await cardOf(learner.id, wrongQuestion);
    expect(card!.logs.map((l) => l.rating)).toEqual([RATING.again, RATING.good]);
    expect(card!.due.toISOString()).toBe(sure!.due.toISOString());
  });

  it("recomputes a card's schedule from its review log alone", async () => {
    const learner = await createUser(db.prisma);
    const other = await createUser(db.prisma);
    const done = await finish(learner.id, await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 1, skillArea: "security" }, T0), () => "wrong", T0);
    const retry = await startRetryOfAttempt(db.prisma, learner.id, done.id, at(1));
    await finish(learner.id, retry.id, () => "right", at(1));
    const before = await cardOf(learner.id, done.items[0]!.questionId);

    await db.prisma.reviewCard.update({ where: { id: before!.id }, data: { due: at(400), reps: 99, stability: 1234, state: 0 } });
    await db.prisma.reviewLog.updateMany({ where: { cardId: before!.id }, data: { stability: -1 } });
    const rebuilt = await recomputeSchedule(db.prisma, learner.id, before!.id);
    const after = await cardOf(learner.id, done.items[0]!.questionId);
    expect(rebuilt!.due.toISOString()).toBe(before!.due.toISOString());
    expect({ ...after, logs: undefined }).toEqual({ ...before, logs: undefined });
    expect(after!.logs).toEqual(before!.logs);

    await expect(recomputeSchedule(db.prisma, other.id, before!.id)).rejects.toMatchObject({ status: 404 });
  });

  it("shows the cards in the due queue on the day FSRS schedules them, in the learner's time zone", async () => {
    const learner = await createUser(db.prisma);
    const done = await finish(learner.id, await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 2, skillArea: "storage" }, T0), () => "wrong", T0);
    const ids = done.items.map((i) => i.questionId).sort();

    let queue = await getReviewQueue(db.prisma, learner.id, T0, "UTC");
    expect(queue.totals).toEqual({ due: 0, upcoming: 2, retired: 0 });
    expect(queue.upcoming.map((c) => c.daysUntilDue)).toEqual([1, 1]);
    // The excerpt is the drilled question's stem (a storage drill may draw the case study's storage question too).
    expect(queue.upcoming[0]!.excerpt).toMatch(new RegExp(`^Stem of (${ids.join("|")}):`));

    // Tomorrow just after midnight: due today, although due only at 15:00.
    queue = await getReviewQueue(db.prisma, learner.id, new Date("2025-03-04T00:05:00Z"), "UTC");
    expect(queue.due.map((c) => c.questionId).sort()).toEqual(ids);
    expect(queue.dueByExam).toEqual([{ examCode: "AZ-204", examTitle: expect.any(String), count: 2 }]);
    // 23:30 UTC on the 3rd is already the 4th in Berlin.
    queue = await getReviewQueue(db.prisma, learner.id, new Date("2025-03-03T23:30:00Z"), "Europe/Berlin");
    expect(queue.totals.due).toBe(2);
    queue = await getReviewQueue(db.prisma, learner.id, new Date("2025-03-03T23:30:00Z"), "America/New_York");
    expect(queue.totals.due).toBe(0);
  });

  it("starts a review quiz of exactly the cards due today, and retired cards stay out", async () => {
    const learner = await createUser(db.prisma);
    const other = await createUser(db.prisma);
    const done = await finish(learner.id, await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 3, skillArea: "connect" }, T0), () => "wrong", T0);
    const ids = done.items.map((i) => i.questionId);

    await expect(startReviewQuiz(db.prisma, learner.id, { examCode: "AZ-204", limit: 50 }, T0, "UTC")).rejects.toMatchObject({ status: 422 });
    await expect(startReviewQuiz(db.prisma, learner.id, { examCode: "AZ-900", limit: 50 }, at(1), "UTC")).rejects.toMatchObject({ status: 422 });

    const retiredCard = await cardOf(learner.id, ids[2]!);
    const retired = await setCardRetired(db.prisma, learner.id, retiredCard!.id, true, T0);
    expect(retired.retired).toBe(true);
    await expect(setCardRetired(db.prisma, other.id, retiredCard!.id, false)).rejects.toMatchObject({ status: 404 });
    expect((await getReviewQueue(db.prisma, learner.id, at(1), "UTC")).retired.map((c) => c.questionId)).toEqual([ids[2]]);

    const quiz = await startReviewQuiz(db.prisma, learner.id, { examCode: "AZ-204", limit: 50 }, at(1), "UTC");
    const attempt = await getAttempt(db.prisma, learner.id, quiz.id, at(1));
    expect(attempt.mode).toBe("REVIEW");
    expect(attempt.feedback).toBe("immediate");
    expect(attempt.deadline).toBeNull();
    expect(attempt.items.map((i) => i.questionId).sort()).toEqual([ids[0], ids[1]].sort());

    const limited = await startReviewQuiz(db.prisma, learner.id, { examCode: "AZ-204", limit: 1 }, at(1), "UTC");
    expect((await getAttempt(db.prisma, learner.id, limited.id, at(1))).items).toHaveLength(1);

    await setCardRetired(db.prisma, learner.id, retiredCard!.id, false);
    expect((await getReviewQueue(db.prisma, learner.id, at(1), "UTC")).totals).toEqual({ due: 3, upcoming: 0, retired: 0 });
  });

  it("retries exactly the missed questions of an attempt", async () => {
    const learner = await createUser(db.prisma);
    const other = await createUser(db.prisma);
    const id = await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 6, skillArea: "security" }, T0);
    const done = await finish(learner.id, id, (i) => (i.position < 2 ? "wrong" : i.position === 2 ? "skip" : "right"), T0);
    const missed = done.items.filter((i) => i.position <= 2).map((i) => i.questionId).sort();

    const retry = await startRetryOfAttempt(db.prisma, learner.id, id, T0);
    const attempt = await getAttempt(db.prisma, learner.id, retry.id, T0);
    expect(attempt.mode).toBe("CUSTOM");
    expect(attempt.items.map((i) => i.questionId).sort()).toEqual(missed);

    await expect(startRetryOfAttempt(db.prisma, other.id, id, T0)).rejects.toMatchObject({ status: 404 });
    await expect(startRetryOfAttempt(db.prisma, learner.id, retry.id, T0)).rejects.toMatchObject({ status: 409 });
    const perfect = await finish(learner.id, await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 2, skillArea: "monitor" }, T0), () => "right", T0);
    await expect(startRetryOfAttempt(db.prisma, learner.id, perfect.id, T0)).rejects.toMatchObject({ status: 422 });
  });

  it("reviews a past attempt, 404 for someone else's, and reports one still running", async () => {
    const learner = await createUser(db.prisma);
    const other = await createUser(db.prisma);
    const running = await start(learner.id, { mode: "PRACTICE", examCode: "AZ-204", count: 2 }, T0);
    expect(await getAttemptReview(db.prisma, learner.id, running, T0)).toEqual({ kind: "in-progress", id: running });
    await expect(getAttemptReview(db.prisma, other.id, running, T0)).rejects.toMatchObject({ status: 404 });

    const done = await finish(learner.id, running, (i) => (i.position === 0 ? "wrong" : "skip"), T0);
    const review = await getAttemptReview(db.prisma, learner.id, done.id, T0);
    if (review.kind !== "review") throw new Error("expected a review");
    expect(review.missedCount).toBe(2);
    expect(review.items[0]!.reveal!.isCorrect).toBe(false);
    expect(review.items[0]!.card).toMatchObject({ due: at(1).toISOString(), retired: false });
    expect(review.items[0]!.graded).toBe(true);
    expect(review.items[1]!.graded).toBe(false);
    expect(review.items[1]!.card).toBeNull();
  });

  it("keeps a question's card through a new version of it", async () => {
    const learner = await createUser(db.prisma);
    const done = await finish(learner.id, await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 1, skillArea: "compute" }, T0), () => "wrong", T0);
    const questionId = done.items[0]!.questionId;
    await newVersion(questionId);

    const queue = await getReviewQueue(db.prisma, learner.id, at(1), "UTC");
    expect(queue.due.find((c) => c.questionId === questionId)!.excerpt).toContain("version 2");
    const quiz = await startReviewQuiz(db.prisma, learner.id, { examCode: "AZ-204", limit: 50 }, at(1), "UTC");
    const attempt = await getAttempt(db.prisma, learner.id, quiz.id, at(1));
    expect(attempt.items.map((i) => [i.questionId, i.questionVersion])).toEqual([[questionId, 2]]);
    await finish(learner.id, quiz.id, () => "wrong", at(1));

    expect(await db.prisma.reviewCard.count({ where: { userId: learner.id, questionId } })).toBe(1);
    const card = await cardOf(learner.id, questionId);
    expect(card!.logs.map((l) => l.rating)).toEqual([RATING.again, RATING.again]);
    const versions = await db.prisma.attemptItem.findMany({ where: { id: { in: card!.logs.map((l) => l.attemptItemId!) } }, select: { questionVersion: { select: { version: true } } } });
    expect(versions.map((v) => v.questionVersion.version).sort()).toEqual([1, 2]);
  });

  it("catches up answers graded before scheduling was hooked in", async () => {
    const learner = await createUser(db.prisma);
    const id = await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 3, skillArea: "storage" }, T0);
    const attempt = await getAttempt(db.prisma, learner.id, id, T0);
    for (const item of attempt.items) await saveItem(db.prisma, learner.id, id, item.position, { response: answerByKey(item.view, false) }, T0);
    await submitAttempt(db.prisma, learner.id, id, T0);
    expect(await db.prisma.reviewCard.count({ where: { userId: learner.id } })).toBe(3);
    await forgetReviews(learner.id);
    expect(await catchUpReviews(db.prisma, learner.id)).toEqual({ logged: 3, cardsCreated: 3 });
  });

  it("smart practice prefers the weakest heavy skill area and says why", async () => {
    const learner = await createUser(db.prisma);
    // Strong everywhere except compute, the heaviest area (25–30 %).
    for (const area of ["compute", "storage", "security", "connect", "monitor"]) {
      const id = await start(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 8, skillArea: area }, T0);
      await finish(learner.id, id, () => (area === "compute" ? "wrong" : "right"), T0);
    }
    const session = await startSmartPractice(db.prisma, learner.id, { examCode: "AZ-204", count: 10 }, at(2));
    const attempt = await getAttempt(db.prisma, learner.id, session.id, at(2));
    expect(attempt.mode).toBe("SMART");
    expect(attempt.items[0]!.skillArea.key).toBe("compute");
    const computeCount = attempt.items.filter((i) => i.skillArea.key === "compute").length;
    expect(computeCount).toBeGreaterThan(attempt.items.length / 2);

    const plan = await getSmartPlan(db.prisma, learner.id, session.id);
    expect(plan.estimates[0]!.key).toBe("compute");
    expect(plan.picks[0]!.reason).toMatch(/^Develop Azure compute solutions is where a point helps most: you got 0 of your last 8 right/);
    const other = await createUser(db.prisma);
    await expect(getSmartPlan(db.prisma, other.id, session.id)).rejects.toMatchObject({ status: 404 });
  });
});

/** The review's items, or null while the attempt runs. */
async function reviewItems(userId: string, attemptId: string) {
  const review = await getAttemptReview(db.prisma, userId, attemptId, T0);
  return review.kind === "review" ? review.items : null;
}
