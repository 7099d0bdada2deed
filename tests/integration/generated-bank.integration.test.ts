import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionContentSchema } from "@/lib/domain/questions/content.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { saveItem } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { seedCatalog } from "@/lib/server/catalog/seed-catalog.ts";
import { generatedQuestionId, insertGeneratedQuestions } from "../../bench/lib/generated-bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

// The SQL-made bank behind the exam-start benchmark and the scale data must be a bank the app
// accepts: valid content, spread over every skill area, enough to assemble and answer an exam.
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  if ((await db.prisma.exam.count()) === 0) await seedCatalog(db.prisma);
  await insertGeneratedQuestions(db.prisma, "AZ-204", 300);
});
afterAll(async () => {
  await db?.drop();
});

describe("the generated bank", () => {
  it("has one published version of valid content per question, spread evenly over the skill areas", async () => {
    const questions = await db.prisma.question.findMany({ where: { examCode: "AZ-204" }, select: { id: true, status: true, skillAreaId: true, versions: { select: { id: true, content: true } } } });
    expect(questions).toHaveLength(300);
    expect(questions.every((q) => q.status === "PUBLISHED" && q.versions.length === 1)).toBe(true);
    for (const q of questions) expect(questionContentSchema.safeParse(q.versions[0]!.content).success).toBe(true);
    const areas = await db.prisma.skillArea.count({ where: { examCode: "AZ-204" } });
    const perArea = new Map<string, number>();
    for (const q of questions) perArea.set(q.skillAreaId, (perArea.get(q.skillAreaId) ?? 0) + 1);
    expect(perArea.size).toBe(areas);
    expect(Math.max(...perArea.values()) - Math.min(...perArea.values())).toBeLessThanOrEqual(1);
    expect(questions.find((q) => q.id === generatedQuestionId("AZ-204", 7))?.versions[0]!.id).toBe(`${generatedQuestionId("AZ-204", 7)}-v1`);
  });

  it("fills an exam simulation that takes answers", async () => {
    const learner = await createUser(db.prisma);
    const started = await startAttempt(db.prisma, learner.id, { mode: "EXAM", examCode: "AZ-204", acceptNearest: false });
    if (!("id" in started)) throw new Error(`not assembled: ${JSON.stringify(started)}`);
    const attempt = await getAttempt(db.prisma, learner.id, started.id);
    const { questionCount } = await db.prisma.exam.findUniqueOrThrow({ where: { code: "AZ-204" }, select: { questionCount: true } });
    expect(attempt.items).toHaveLength(questionCount);
    const ack = await saveItem(db.prisma, learner.id, started.id, 0, { response: { type: "single", choice: "a" } });
    expect(ack.answered).toBe(true);
  });
});
