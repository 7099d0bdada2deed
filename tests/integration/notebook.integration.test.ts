import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointsFor, type QuestionContent } from "@/lib/domain/questions/content.ts";
import type { AttemptItemDto } from "@/lib/server/attempts/dto.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { saveItem } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt.ts";
import { getNotebook, NOTEBOOK_PAGE_SIZE } from "@/lib/server/notebook/get-notebook.ts";
import { deleteNote, saveNote } from "@/lib/server/notebook/question-notes.ts";
import { startNotebookRetry } from "@/lib/server/notebook/start-notebook-retry.ts";
import { recordGradedAnswers } from "@/lib/server/review/record-graded-answers.ts";
import { startRetryOfAttempt } from "@/lib/server/review/start-retry-quiz.ts";
import type { StartAttemptInput } from "@/lib/validation/attempts.ts";
import { noteSchema, notebookQuerySchema, NOTE_MAX_LENGTH } from "@/lib/validation/review.ts";
import { answerByKey, seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

const DAY = 86_400_000;
const T0 = new Date("2025-03-03T15:00:00Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY);

let db: TestDatabase;
/** As grading records them: inside a transaction. */
const record = (userId: string, scope: Parameters<typeof recordGradedAnswers>[2]) => db.prisma.$transaction((tx) => recordGradedAnswers(tx, userId, scope));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedTestBank(db.prisma, { perArea: 14 });
  await seedTestBank(db.prisma, { examCode: "AZ-900", perArea: 6, caseStudy: false });
});
afterAll(async () => {
  await db?.drop();
});

async function take(userId: string, input: StartAttemptInput | { retryOf: string }, plan: (item: AttemptItemDto) => boolean | null, now: Date) {
  let id: string;
  if ("retryOf" in input) id = (await startRetryOfAttempt(db.prisma, userId, input.retryOf, now)).id;
  else {
    const started = await startAttempt(db.prisma, userId, input, now);
    if (!("id" in started)) throw new Error("could not start");
    id = started.id;
  }
  const attempt = await getAttempt(db.prisma, userId, id, now);
  for (const item of attempt.items) {
    const right = plan(item);
    if (right !== null) await saveItem(db.prisma, userId, id, item.position, { response: answerByKey(item.view, right) }, now);
  }
  await submitAttempt(db.prisma, userId, id, now);
  await record(userId, { attemptId: id });
  return getAttempt(db.prisma, userId, id, now);
}

const query = (raw: Record<string, string> = {}) => notebookQuerySchema.parse(raw);

describe(`the wrong-answer notebook on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("lists each missed question once, with how often and when, and the latest answer", async () => {
    const learner = await createUser(db.prisma);
    const first = await take(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 4, skillArea: "compute" }, (i) => (i.position < 2 ? false : i.position === 2 ? null : true), T0);
    const [missedTwice, missedThenRight, skipped, right] = first.items;
    // The retry holds the three that earned nothing: two wrong, one skipped.
    await take(learner.id, { retryOf: first.id }, (i) => (i.questionId === missedThenRight!.questionId ? true : i.questionId === skipped!.questionId ? true : false), at(2));

    const notebook = await getNotebook(db.prisma, learner.id, query());
    expect(notebook.total).toBe(2);
    expect(notebook.entries.map((e) => e.questionId)).toEqual([missedTwice!.questionId, missedThenRight!.questionId]);
    const [twice, once] = notebook.entries;
    expect(twice).toMatchObject({ timesMissed: 2, timesAnswered: 2, lastMissedAt: at(2).toISOString(), missedAt: [at(2).toISOString(), T0.toISOString()] });
    expect(twice!.latest).toMatchObject({ isCorrect: false, answeredAt: at(2).toISOString(), version: 1 });
    expect(twice!.latest.explanation).toContain("explanation of");
    expect(twice!.latest.answer).toBeDefined();
    expect(twice!.card).toMatchObject({ retired: false });
    expect(once).toMatchObject({ timesMissed: 1, timesAnswered: 2, lastMissedAt: T0.toISOString() });
    expect(once!.latest.isCorrect).toBe(true);
    // Skipped and right answers are not mistakes.
    expect(notebook.entries.some((e) => e.questionId === skipped!.questionId || e.questionId === right!.questionId)).toBe(false);
    expect(notebook.facets).toEqual([{ code: "AZ-204", title: expect.any(String), count: 2, areas: [{ key: "compute", name: expect.any(String), count: 2 }] }]);
  });

  it("filters by exam and skill area, searches the stem, and pages", async () => {
    const learner = await createUser(db.prisma);
    await take(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 15, skillArea: "storage" }, () => false, T0);
    await take(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 10, skillArea: "security" }, () => false, at(1));
    await take(learner.id, { mode: "DRILL", examCode: "AZ-900", count: 3, skillArea: "cloud-concepts" }, () => false, at(2));

    const all = await getNotebook(db.prisma, learner.id, query());
    expect(all.total).toBe(28);
    expect(all.pageCount).toBe(Math.ceil(28 / NOTEBOOK_PAGE_SIZE));
    expect(all.entries).toHaveLength(NOTEBOOK_PAGE_SIZE);
    // Newest misses first: the AZ-900 ones from day 2.
    expect(all.entries.slice(0, 3).every((e) => e.exam.code === "AZ-900")).toBe(true);
    const second = await getNotebook(db.prisma, learner.id, query({ page: "2" }));
    expect(second.entries).toHaveLength(28 - NOTEBOOK_PAGE_SIZE);
    expect(new Set([...all.entries, ...second.entries].map((e) => e.questionId)).size).toBe(28);
    // A page past the end shows the last one.
    expect((await getNotebook(db.prisma, learner.id, query({ page: "99" }))).page).toBe(2);

    const az204 = await getNotebook(db.prisma, learner.id, query({ exam: "AZ-204" }));
    expect(az204.total).toBe(25);
    const security = await getNotebook(db.prisma, learner.id, query({ exam: "AZ-204", area: "security" }));
    expect(security.total).toBe(10);
    expect(security.entries.every((e) => e.skillArea.key === "security")).toBe(true);
    expect(security.facets.map((f) => [f.code, f.count])).toEqual([
      ["AZ-900", 3],
      ["AZ-204", 25],
    ]);

    const search = await getNotebook(db.prisma, learner.id, query({ q: "AZ204-STORAGE-003" }));
    expect(search.entries.map((e) => e.questionId)).toEqual(["az204-storage-003"]);
    expect((await getNotebook(db.prisma, learner.id, query({ q: "no such words" }))).total).toBe(0);
  });

  it("keeps a learner's notebook to themselves", async () => {
    const learner = await createUser(db.prisma);
    const other = await createUser(db.prisma);
    await take(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 2, skillArea: "monitor" }, () => false, T0);
    expect((await getNotebook(db.prisma, other.id, query())).total).toBe(0);
  });

  it("saves, edits and deletes the learner's own note on a question they met", async () => {
    const learner = await createUser(db.prisma);
    const other = await createUser(db.prisma);
    const done = await take(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 1, skillArea: "connect" }, () => false, T0);
    const questionId = done.items[0]!.questionId;

    const saved = await saveNote(db.prisma, learner.id, questionId, "Queues decouple; timers do not.");
    expect(saved.text).toBe("Queues decouple; timers do not.");
    await saveNote(db.prisma, learner.id, questionId, "Edited.");
    expect((await getNotebook(db.prisma, learner.id, query())).entries[0]!.note?.text).toBe("Edited.");
    expect(await db.prisma.questionNote.count({ where: { userId: learner.id } })).toBe(1);

    // Never met: as if the question did not exist. Someone else's note cannot be deleted.
    await expect(saveNote(db.prisma, other.id, questionId, "Mine")).rejects.toMatchObject({ status: 404 });
    await expect(deleteNote(db.prisma, other.id, questionId)).rejects.toMatchObject({ status: 404 });

    await deleteNote(db.prisma, learner.id, questionId);
    expect((await getNotebook(db.prisma, learner.id, query())).entries[0]!.note).toBeNull();
    await expect(deleteNote(db.prisma, learner.id, questionId)).rejects.toMatchObject({ status: 404 });
  });

  it("validates notes: trimmed, not empty, at most the maximum length", () => {
    expect(noteSchema.parse({ text: "  keep this  " }).text).toBe("keep this");
    expect(noteSchema.safeParse({ text: "   " }).success).toBe(false);
    expect(noteSchema.safeParse({ text: "x".repeat(NOTE_MAX_LENGTH) }).success).toBe(true);
    expect(noteSchema.safeParse({ text: "x".repeat(NOTE_MAX_LENGTH + 1) }).success).toBe(false);
    expect(noteSchema.safeParse({}).success).toBe(false);
  });

  it("keeps the notebook entry, its note and its card through a new version of the question", async () => {
    const learner = await createUser(db.prisma);
    const done = await take(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 1, skillArea: "security" }, () => false, T0);
    const questionId = done.items[0]!.questionId;
    await saveNote(db.prisma, learner.id, questionId, "Remember the managed identity.");
    const cardBefore = await db.prisma.reviewCard.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId } } });

    const question = await db.prisma.question.findUniqueOrThrow({ where: { id: questionId }, include: { versions: true } });
    const content = question.versions[0]!.content as QuestionContent;
    await db.prisma.questionVersion.create({
      data: {
        questionId,
        version: 2,
        contentHash: crypto.randomBytes(8).toString("hex"),
        stem: "Version two asks it differently: which identity?",
        content,
        explanation: "Version two explanation",
        references: ["https://learn.microsoft.com/azure/"],
        partialCredit: false,
        points: pointsFor(content),
      },
    });
    await db.prisma.question.update({ where: { id: questionId }, data: { currentVersion: 2 } });

    let entry = (await getNotebook(db.prisma, learner.id, query())).entries[0]!;
    expect(entry).toMatchObject({ questionId, currentVersion: 2, timesMissed: 1, note: { text: "Remember the managed identity." }, card: { id: cardBefore.id } });
    expect(entry.latest.version).toBe(1);
    // Both wordings are searchable.
    expect((await getNotebook(db.prisma, learner.id, query({ q: "asks it differently" }))).total).toBe(1);
    expect((await getNotebook(db.prisma, learner.id, query({ q: `Stem of ${questionId}` }))).total).toBe(1);

    // Missing the new version adds to the same entry and the same card.
    const retry = await startNotebookRetry(db.prisma, learner.id, { examCode: "AZ-204" }, at(1));
    const attempt = await getAttempt(db.prisma, learner.id, retry.id, at(1));
    expect(attempt.items.map((i) => [i.questionId, i.questionVersion])).toEqual([[questionId, 2]]);
    await saveItem(db.prisma, learner.id, retry.id, 0, { response: answerByKey(attempt.items[0]!.view, false) }, at(1));
    await submitAttempt(db.prisma, learner.id, retry.id, at(1));
    await record(learner.id, { attemptId: retry.id });

    entry = (await getNotebook(db.prisma, learner.id, query())).entries[0]!;
    expect(entry).toMatchObject({ timesMissed: 2, note: { text: "Remember the managed identity." }, card: { id: cardBefore.id, reps: 2 } });
    expect(entry.latest).toMatchObject({ version: 2, stem: "Version two asks it differently: which identity?", explanation: "Version two explanation" });
    expect(await db.prisma.reviewCard.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("retries the notebook's questions of one exam, as filtered", async () => {
    const learner = await createUser(db.prisma);
    await take(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 3, skillArea: "compute" }, () => false, T0);
    await take(learner.id, { mode: "DRILL", examCode: "AZ-204", count: 2, skillArea: "monitor" }, () => false, T0);
    const retry = await startNotebookRetry(db.prisma, learner.id, { examCode: "AZ-204", skillArea: "monitor" }, at(1));
    const attempt = await getAttempt(db.prisma, learner.id, retry.id, at(1));
    expect(attempt.mode).toBe("CUSTOM");
    expect(attempt.items).toHaveLength(2);
    expect(attempt.items.every((i) => i.skillArea.key === "monitor")).toBe(true);
    const whole = await startNotebookRetry(db.prisma, learner.id, { examCode: "AZ-204" }, at(1));
    expect((await getAttempt(db.prisma, learner.id, whole.id, at(1))).items).toHaveLength(5);
    await expect(startNotebookRetry(db.prisma, learner.id, { examCode: "AZ-900" }, at(1))).rejects.toMatchObject({ status: 422 });
    await expect(startNotebookRetry(db.prisma, learner.id, { examCode: "AZ-999" }, at(1))).rejects.toMatchObject({ status: 404 });
  });
});
