import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Response } from "@/lib/domain/questions/content.ts";
import { checkItem } from "@/lib/server/attempts/check-item.ts";
import { getAttempt, listAttempts } from "@/lib/server/attempts/get-attempt.ts";
import { moveTo, saveItem, saveItemForSession } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt.ts";
import { KEY_MARKER, WHY_MARKER, answerByKey, seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

let db: TestDatabase;
let learner: { id: string };
let other: { id: string };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedTestBank(db.prisma, { perArea: 14 });
  learner = await createUser(db.prisma);
  other = await createUser(db.prisma);
});
afterAll(async () => {
  await db?.drop();
});

async function startExam(userId = learner.id, now = new Date()) {
  const started = await startAttempt(db.prisma, userId, { mode: "EXAM", examCode: "AZ-204", acceptNearest: false }, now);
  if (!("id" in started)) throw new Error(`exam could not be assembled: ${JSON.stringify(started)}`);
  return started.id;
}

const leaks = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.includes(KEY_MARKER) || text.includes(WHY_MARKER) || /"(correct|correctIds|why|answer|explanation|references)":/.test(text);
};

describe(`attempts on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("assembles an exam simulation of the exam's length with a deadline and a case-study section", async () => {
    const now = new Date();
    const attempt = await getAttempt(db.prisma, learner.id, await startExam(learner.id, now), now);
    expect(attempt.items).toHaveLength(50);
    expect(new Date(attempt.deadline!).getTime() - now.getTime()).toBe(100 * 60_000);
    expect(attempt.feedback).toBe("end");
    const sections = attempt.items.map((i) => i.section);
    expect(sections.lastIndexOf("main")).toBeLessThan(sections.indexOf("case-study") === -1 ? Infinity : sections.indexOf("case-study"));
    expect(new Set(attempt.items.map((i) => i.questionId)).size).toBe(50);
  });

  it("never sends the key or explanation of an unsubmitted exam, then reveals everything after submit", async () => {
    const id = await startExam();
    let attempt = await getAttempt(db.prisma, learner.id, id);
    expect(leaks(attempt)).toBe(false);
    for (const item of attempt.items) await saveItem(db.prisma, learner.id, id, item.position, { response: answerByKey(item.view) });
    attempt = await getAttempt(db.prisma, learner.id, id);
    expect(leaks(attempt)).toBe(false);
    expect(attempt.items.every((i) => i.reveal === null)).toBe(true);

    await submitAttempt(db.prisma, learner.id, id);
    attempt = await getAttempt(db.prisma, learner.id, id);
    expect(attempt.status).toBe("SUBMITTED");
    expect(attempt.result).toMatchObject({ rawPercent: 100, scaledScore: 1000, passed: true });
    expect(attempt.items.every((i) => i.reveal?.isCorrect)).toBe(true);
    expect(attempt.items[0]!.reveal!.explanation).toContain(KEY_MARKER);
  });

  it("submits once: a second submit, from a retry or another tab, changes nothing", async () => {
    const id = await startExam();
    const first = await getAttempt(db.prisma, learner.id, id);
    await saveItem(db.prisma, learner.id, id, 0, { response: answerByKey(first.items[0]!.view) });
    await Promise.all([submitAttempt(db.prisma, learner.id, id), submitAttempt(db.prisma, learner.id, id)]);
    const after = await getAttempt(db.prisma, learner.id, id);
    await submitAttempt(db.prisma, learner.id, id, new Date(Date.now() + 60_000));
    const again = await getAttempt(db.prisma, learner.id, id);
    expect(again.submittedAt).toBe(after.submittedAt);
    expect(again.result).toEqual(after.result);
    await expect(saveItem(db.prisma, learner.id, id, 1, { response: answerByKey(first.items[1]!.view) })).rejects.toMatchObject({ status: 409 });
  });

  it("keeps answers from two tabs on different questions, and flags with them", async () => {
    const id = await startExam();
    const view = await getAttempt(db.prisma, learner.id, id);
    await Promise.all([
      saveItem(db.prisma, learner.id, id, 3, { response: answerByKey(view.items[3]!.view) }),
      saveItem(db.prisma, learner.id, id, 4, { response: answerByKey(view.items[4]!.view), flagged: true }),
      saveItem(db.prisma, learner.id, id, 5, { flagged: true }),
    ]);
    await moveTo(db.prisma, learner.id, id, 5);
    const resumed = await getAttempt(db.prisma, learner.id, id);
    expect(resumed.items[3]!.response).toEqual(answerByKey(view.items[3]!.view));
    expect(resumed.items[4]!.response).toEqual(answerByKey(view.items[4]!.view));
    expect(resumed.items.filter((i) => i.flagged).map((i) => i.position)).toEqual([4, 5]);
    expect(resumed.currentPosition).toBe(5);
  });

  it("racing answers against a submit: every acknowledged answer is in the score, every other one is refused with 409", async () => {
    const id = await startExam();
    const view = await getAttempt(db.prisma, learner.id, id);
    const saves = view.items.map((item) =>
      saveItem(db.prisma, learner.id, id, item.position, { response: answerByKey(item.view) }).then(
        () => ({ position: item.position, acknowledged: true, status: 200 }),
        (error: { status?: number }) => ({ position: item.position, acknowledged: false, status: error.status }),
      ),
    );
    const submitted = submitAttempt(db.prisma, learner.id, id);
    const outcomes = await Promise.all(saves);
    await submitted;

    const stored = await db.prisma.attemptItem.findMany({ where: { attemptId: id }, select: { position: true, response: true, isCorrect: true, pointsEarned: true } });
    const byPosition = new Map(stored.map((row) => [row.position, row]));
    for (const outcome of outcomes) {
      const row = byPosition.get(outcome.position)!;
      if (outcome.acknowledged) expect(row).toMatchObject({ response: expect.anything(), isCorrect: true });
      else expect([outcome.status, row.response]).toEqual([409, null]);
    }
    const attempt = await db.prisma.attempt.findUniqueOrThrow({ where: { id } });
    expect(attempt.pointsEarned).toBeCloseTo(stored.reduce((sum, row) => sum + (row.pointsEarned ?? 0), 0), 6);
    expect(stored.filter((row) => row.response !== null).length).toBe(outcomes.filter((o) => o.acknowledged).length);
  });

  it("the answer-save route's own session check: a stale session version is signed out and writes nothing", async () => {
    const id = await startExam();
    const view = await getAttempt(db.prisma, learner.id, id);
    const { sessionVersion } = await db.prisma.user.findUniqueOrThrow({ where: { id: learner.id }, select: { sessionVersion: true } });
    const answer = { response: answerByKey(view.items[0]!.view) };
    await expect(saveItemForSession(db.prisma, { userId: learner.id, sessionVersion: sessionVersion - 1 }, id, 0, answer)).rejects.toMatchObject({ status: 401 });
    expect((await getAttempt(db.prisma, learner.id, id)).items[0]!.response).toBeNull();
    await expect(saveItemForSession(db.prisma, { userId: other.id, sessionVersion: 0 }, id, 0, answer)).rejects.toMatchObject({ status: 404 });
    await expect(saveItemForSession(db.prisma, { userId: learner.id, sessionVersion }, id, 0, answer)).resolves.toMatchObject({ answered: true });
  });

  it("after the first save remembers the attempt's layout, later saves still see a password change, another learner and a submit", async () => {
    const id = await startExam();
    const view = await getAttempt(db.prisma, learner.id, id);
    const { sessionVersion } = await db.prisma.user.findUniqueOrThrow({ where: { id: learner.id }, select: { sessionVersion: true } });
    const claims = { userId: learner.id, sessionVersion };
    const answer = (position: number) => ({ response: answerByKey(view.items[position]!.view) });
    await saveItemForSession(db.prisma, claims, id, 0, answer(0)); // remembers the layout

    await expect(saveItemForSession(db.prisma, { userId: other.id, sessionVersion: 0 }, id, 1, answer(1))).rejects.toMatchObject({ status: 404 });
    await expect(saveItemForSession(db.prisma, claims, id, 999, { flagged: true })).rejects.toMatchObject({ status: 404 });
    await db.prisma.user.update({ where: { id: learner.id }, data: { sessionVersion: { increment: 1 } } });
    await expect(saveItemForSession(db.prisma, claims, id, 1, answer(1))).rejects.toMatchObject({ status: 401 });
    const current = { userId: learner.id, sessionVersion: sessionVersion + 1 };
    await expect(saveItemForSession(db.prisma, current, id, 1, { ...answer(1), flagged: true })).resolves.toEqual(expect.objectContaining({ answered: true, flagged: true }));

    await submitAttempt(db.prisma, learner.id, id);
    await expect(saveItemForSession(db.prisma, current, id, 2, answer(2))).rejects.toMatchObject({ status: 409, message: expect.stringContaining("already submitted") });
    const after = await getAttempt(db.prisma, learner.id, id);
    expect(after.items.filter((i) => i.response !== null).map((i) => i.position)).toEqual([0, 1]);
  });

  it("refuses answers that do not fit, for questions not on the attempt, and on other learners' attempts", async () => {
    const id = await startExam();
    const view = await getAttempt(db.prisma, learner.id, id);
    const single = view.items.find((i) => i.view.type === "single")!;
    await expect(saveItem(db.prisma, learner.id, id, single.position, { response: { type: "single", choice: "z" } })).rejects.toMatchObject({ status: 422 });
    await expect(saveItem(db.prisma, learner.id, id, single.position, { response: { type: "multiple", choices: ["a"] } })).rejects.toMatchObject({ status: 422 });
    await expect(saveItem(db.prisma, learner.id, id, 999, { flagged: true })).rejects.toMatchObject({ status: 404 });
    await expect(getAttempt(db.prisma, other.id, id)).rejects.toMatchObject({ status: 404 });
    await expect(saveItem(db.prisma, other.id, id, 0, { flagged: true })).rejects.toMatchObject({ status: 404 });
    await expect(submitAttempt(db.prisma, other.id, id)).rejects.toMatchObject({ status: 404 });
    expect((await getAttempt(db.prisma, learner.id, id)).items.every((i) => i.response === null && !i.flagged)).toBe(true);
  });

  it("refuses answers after the deadline and finalizes an expired attempt on its next read", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    const id = await startExam(learner.id, start);
    const view = await getAttempt(db.prisma, learner.id, id, start);
    await saveItem(db.prisma, learner.id, id, 0, { response: answerByKey(view.items[0]!.view) }, new Date("2026-01-01T11:00:00Z"));
    const late = new Date("2026-01-01T11:40:05Z");
    await expect(saveItem(db.prisma, learner.id, id, 1, { response: answerByKey(view.items[1]!.view) }, late)).rejects.toMatchObject({ status: 409 });
    const finalized = await getAttempt(db.prisma, learner.id, id, late);
    expect(finalized.status).toBe("SUBMITTED");
    expect(finalized.result?.autoSubmitted).toBe(true);
    expect(finalized.submittedAt).toBe("2026-01-01T11:40:00.000Z");
    expect(finalized.result?.pointsEarned).toBe(view.items[0]!.view.points);
  });

  it("practice reveals a question's key only after its answer is checked, and then locks it", async () => {
    const started = await startAttempt(db.prisma, learner.id, { mode: "PRACTICE", examCode: "AZ-204", count: 5 });
    const id = (started as { id: string }).id;
    let view = await getAttempt(db.prisma, learner.id, id);
    expect(view.feedback).toBe("immediate");
    expect(view.deadline).toBeNull();
    await expect(checkItem(db.prisma, learner.id, id, 0)).rejects.toMatchObject({ status: 422 });
    await saveItem(db.prisma, learner.id, id, 0, { response: answerByKey(view.items[0]!.view) });
    await checkItem(db.prisma, learner.id, id, 0);
    view = await getAttempt(db.prisma, learner.id, id);
    expect(view.items[0]!.reveal?.isCorrect).toBe(true);
    expect(view.items[0]!.reveal?.explanation).toContain(KEY_MARKER);
    expect(leaks(view.items.slice(1))).toBe(false);
    await expect(saveItem(db.prisma, learner.id, id, 0, { response: null })).rejects.toMatchObject({ status: 409 });
  });

  it("never reveals exam answers through the practice check", async () => {
    const id = await startExam();
    const view = await getAttempt(db.prisma, learner.id, id);
    await saveItem(db.prisma, learner.id, id, 0, { response: answerByKey(view.items[0]!.view) });
    await expect(checkItem(db.prisma, learner.id, id, 0)).rejects.toMatchObject({ status: 403 });
  });

  it("custom quizzes honour skill areas, difficulty and only-missed", async () => {
    const drill = await startAttempt(db.prisma, learner.id, { mode: "DRILL", examCode: "AZ-204", count: 6, skillArea: "monitor" });
    const drillView = await getAttempt(db.prisma, learner.id, (drill as { id: string }).id);
    expect(drillView.items.every((i) => i.skillArea.key === "monitor")).toBe(true);

    const custom = await startAttempt(db.prisma, learner.id, { mode: "CUSTOM", examCode: "AZ-204", count: 8, difficulty: [4, 5], feedback: "end" });
    const customView = await getAttempt(db.prisma, learner.id, (custom as { id: string }).id);
    expect(customView.feedback).toBe("end");
    expect(customView.items.length).toBeGreaterThan(0);

    // Miss one question on purpose, then ask for only missed ones.
    const practice = (await startAttempt(db.prisma, other.id, { mode: "PRACTICE", examCode: "AZ-204", count: 3 })) as { id: string };
    const pv = await getAttempt(db.prisma, other.id, practice.id);
    const wrong: Response = pv.items[0]!.view.type === "single" ? { type: "single", choice: "d" } : { type: "multiple", choices: [] };
    await saveItem(db.prisma, other.id, practice.id, 0, { response: pv.items[0]!.view.type === "single" || pv.items[0]!.view.type === "multiple" ? wrong : { type: pv.items[0]!.view.type, ...(pv.items[0]!.view.type === "yesno" ? { answers: { a: false } } : { sequence: ["d"] }) } as Response });
    await submitAttempt(db.prisma, other.id, practice.id);
    const missed = (await startAttempt(db.prisma, other.id, { mode: "CUSTOM", examCode: "AZ-204", count: 10, only: "missed", feedback: "immediate" })) as { id: string };
    const mv = await getAttempt(db.prisma, other.id, missed.id);
    expect(mv.items.map((i) => i.questionId)).toEqual([pv.items[0]!.questionId]);

    await expect(startAttempt(db.prisma, learner.id, { mode: "DRILL", examCode: "AZ-204", count: 5, skillArea: "cooking" })).rejects.toMatchObject({ status: 400 });
    expect((await listAttempts(db.prisma, other.id)).map((a) => a.id)).toContain(practice.id);
    expect((await listAttempts(db.prisma, other.id)).map((a) => a.id)).not.toContain(drillView.id);
  });

  it("offers the nearest form when the bank cannot fill an exam", async () => {
    const started = await startAttempt(db.prisma, learner.id, { mode: "EXAM", examCode: "AZ-900", acceptNearest: false });
    expect("id" in started).toBe(false);
    await expect(startAttempt(db.prisma, learner.id, { mode: "EXAM", examCode: "AZ-900", acceptNearest: true })).rejects.toMatchObject({ status: 422 });
  });
});
