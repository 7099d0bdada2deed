import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyDraft, toSourceQuestion, type QuestionDraft } from "@/lib/domain/authoring/question-draft.ts";
import { AppError } from "@/lib/errors.ts";
import { loadPool } from "@/lib/server/attempts/load-pool.ts";
import type { Actor } from "@/lib/server/authoring/actor.ts";
import { getQuestionForEdit } from "@/lib/server/authoring/get-question-for-edit.ts";
import { getQuestionHistory } from "@/lib/server/authoring/get-question-history.ts";
import { importUpload, type ImportUpload } from "@/lib/server/authoring/import-upload.ts";
import { listQuestions } from "@/lib/server/authoring/list-questions.ts";
import { retireQuestion } from "@/lib/server/authoring/retire-question.ts";
import { saveQuestion } from "@/lib/server/authoring/save-question.ts";
import { seedCatalog } from "@/lib/server/catalog/seed-catalog.ts";
import { createReport } from "@/lib/server/reports/create-report.ts";
import { listMyReports } from "@/lib/server/reports/list-my-reports.ts";
import { listReportQueue } from "@/lib/server/reports/list-report-queue.ts";
import { resolveReport } from "@/lib/server/reports/resolve-report.ts";
import { questionListQuerySchema } from "@/lib/validation/authoring.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

let db: TestDatabase;
let author: Actor;
let learner: Actor;

const FIXTURES = path.resolve("tests/fixtures/imports");
const query = (input: Record<string, string> = {}) => questionListQuerySchema.parse(input);

function publishedDraft(n: number, overrides: Partial<QuestionDraft> = {}): QuestionDraft {
  return {
    ...emptyDraft("compute"),
    topic: `topic ${n}`,
    status: "published",
    stem: `Question number ${n}: which hosting plan scales to zero?`,
    options: ["Flex Consumption", "Premium", "Dedicated"].map((text, i) => ({ text: `${text} ${n}`, correct: i === 0, position: null, why: `Because ${i}.` })),
    explanation: "Only Flex Consumption and Consumption scale to zero.",
    references: ["https://learn.microsoft.com/azure/azure-functions/functions-scale"],
    ...overrides,
  };
}

async function create(n: number, overrides: Partial<QuestionDraft> = {}, examCode = "AZ-204") {
  return saveQuestion(db.prisma, author, { examCode, question: toSourceQuestion(publishedDraft(n, overrides), "ignored") });
}

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

function upload(overrides: Partial<ImportUpload> & Pick<ImportUpload, "files">): ImportUpload {
  return { format: "gift", examCode: "AZ-204", skillAreaKey: "compute", mapping: {}, skipUnsupported: false, dryRun: true, ...overrides };
}
const fixture = (name: string) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))) });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCatalog(db.prisma);
  author = await createUser(db.prisma, { role: "AUTHOR" });
  learner = await createUser(db.prisma, { role: "LEARNER" });
});
afterAll(async () => {
  await db?.drop();
});

describe("authoring questions", () => {
  it("creates a question through the bank's rules and reports every invalid field", async () => {
    const created = await create(1);
    expect(created.outcome).toBe("created");
    expect(created.currentVersion).toBe(1);
    expect(created.id).toMatch(/^az-204-compute-topic-1-[a-z0-9]{4}$/);

    const bad = { ...publishedDraft(2), options: [{ text: "Only", correct: false, position: null, why: "" }], references: ["http://example.com"] };
    const error = await expectAppError(saveQuestion(db.prisma, author, { examCode: "AZ-204", question: toSourceQuestion(bad, "x") }), "BAD_REQUEST");
    expect(error.details?.fieldErrors).toMatchObject({
      options: expect.arrayContaining(["needs 3 to 6 options"]),
      "options.0.why": ["needs a why"],
      "references.0": ["must be an https:// URL"],
    });
    const unknownArea = await expectAppError(create(3, { skillArea: "nowhere" }), "BAD_REQUEST");
    expect(unknownArea.details?.fieldErrors?.skillArea?.[0]).toMatch(/unknown skill area nowhere/);
    expect(await db.prisma.question.count({ where: { topic: { in: ["topic 2", "topic 3"] } } })).toBe(0);
  });

  it("lists with filters on exam, skill area, type, status and the current stem, 25 to a page", async () => {
    for (let n = 100; n < 127; n++) await create(n);
    await create(200, { skillArea: "storage", type: "multiple", options: publishedDraft(200).options.map((o, i) => ({ ...o, correct: i < 2 })) });
    await create(201, { status: "draft" }, "AZ-204");
    await create(202, { skillArea: "cloud-concepts" }, "AZ-900");

    const first = await listQuestions(db.prisma, author, query({ exam: "AZ-204", area: "compute", status: "PUBLISHED", type: "single" }));
    expect(first.total).toBe(28); // 27 + the one of the first test
    expect(first.items).toHaveLength(25);
    expect(first.pageCount).toBe(2);
    const second = await listQuestions(db.prisma, author, query({ exam: "AZ-204", area: "compute", status: "PUBLISHED", type: "single", page: "2" }));
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(28);

    expect((await listQuestions(db.prisma, author, query({ type: "multiple" }))).items.map((i) => i.skillArea.key)).toEqual(["storage"]);
    expect((await listQuestions(db.prisma, author, query({ status: "DRAFT" }))).items.map((i) => i.topic)).toEqual(["topic 201"]);
    expect((await listQuestions(db.prisma, author, query({ exam: "AZ-900" }))).total).toBe(1);
    const search = await listQuestions(db.prisma, author, query({ q: "NUMBER 113:" }));
    expect(search.items.map((i) => i.topic)).toEqual(["topic 113"]);
    expect((await listQuestions(db.prisma, author, query({ q: "100%_" }))).total).toBe(0);
  });

  it("makes version 2 when content changes, keeps version 1, and writes nothing for an unchanged save", async () => {
    const { id } = await create(300);
    const loaded = await getQuestionForEdit(db.prisma, author, id);
    expect(loaded.draft.options[0]).toMatchObject({ correct: true, why: "Because 0." });

    const auditBefore = await db.prisma.auditLog.count();
    const same = await saveQuestion(db.prisma, author, { baseVersion: 1, question: toSourceQuestion(loaded.draft, id) }, id);
    expect(same).toEqual({ id, outcome: "unchanged", currentVersion: 1 });
    expect(await db.prisma.questionVersion.count({ where: { questionId: id } })).toBe(1);
    expect(await db.prisma.auditLog.count()).toBe(auditBefore);

    const edited = await saveQuestion(db.prisma, author, { baseVersion: 1, question: toSourceQuestion({ ...loaded.draft, stem: "A clearer stem: which plan scales to zero?" }, id) }, id);
    expect(edited).toEqual({ id, outcome: "new-version", currentVersion: 2 });
    const versions = await db.prisma.questionVersion.findMany({ where: { questionId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.stem])).toEqual([
      [1, "Question number 300: which hosting plan scales to zero?"],
      [2, "A clearer stem: which plan scales to zero?"],
    ]);
    expect(await db.prisma.auditLog.findFirst({ where: { entityId: id, action: "question.edit" } })).toMatchObject({ actorId: author.id });

    const stale = await expectAppError(saveQuestion(db.prisma, author, { baseVersion: 1, question: toSourceQuestion(loaded.draft, id) }, id), "CONFLICT");
    expect(stale.message).toMatch(/version 2/);

    const history = await getQuestionHistory(db.prisma, author, id, {});
    expect(history.versions.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(history.diff).toMatchObject({ from: 1, to: 2, added: 1, removed: 1 });
    expect(history.diff!.lines.filter((l) => l.kind !== "same").map((l) => l.text.trim())).toEqual([
      "Question number 300: which hosting plan scales to zero?",
      "A clearer stem: which plan scales to zero?",
    ]);
  });

  it("changes only the row, not the version, when only the status changes — and exam starts see it at once", async () => {
    const poolIds = async () => (await loadPool(db.prisma, "AZ-204")).map((q) => q.id);
    const before = await poolIds(); // the pool is now held in memory
    const { id } = await create(301);
    expect(before).not.toContain(id);
    expect(await poolIds()).toContain(id);
    const loaded = await getQuestionForEdit(db.prisma, author, id);
    const result = await saveQuestion(db.prisma, author, { question: toSourceQuestion({ ...loaded.draft, status: "draft" }, id) }, id);
    expect(result).toEqual({ id, outcome: "updated", currentVersion: 1 });
    expect(await db.prisma.question.findUnique({ where: { id }, select: { status: true } })).toEqual({ status: "DRAFT" });
    expect(await poolIds()).not.toContain(id);
  });

  it("retires a question out of the practice pool and audits it", async () => {
    const { id } = await create(400, { skillArea: "monitor" });
    expect((await loadPool(db.prisma, "AZ-204")).map((q) => q.id)).toContain(id);
    expect(await retireQuestion(db.prisma, author, id)).toEqual({ id, retired: true });
    expect((await loadPool(db.prisma, "AZ-204")).map((q) => q.id)).not.toContain(id);
    expect(await retireQuestion(db.prisma, author, id)).toEqual({ id, retired: false });
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: "question.retire" } })).toBe(1);
    expect(await db.prisma.questionVersion.count({ where: { questionId: id } })).toBe(1);
  });

  it("refuses every authoring call from a learner", async () => {
    const { id } = await create(500);
    await expectAppError(listQuestions(db.prisma, learner, query()), "FORBIDDEN");
    await expectAppError(getQuestionForEdit(db.prisma, learner, id), "FORBIDDEN");
    await expectAppError(saveQuestion(db.prisma, learner, { examCode: "AZ-204", question: toSourceQuestion(publishedDraft(501), "x") }), "FORBIDDEN");
    await expectAppError(retireQuestion(db.prisma, learner, id), "FORBIDDEN");
    await expectAppError(getQuestionHistory(db.prisma, learner, id, {}), "FORBIDDEN");
    await expectAppError(importUpload(db.prisma, learner, upload({ files: [fixture("az204-functions.gift")] })), "FORBIDDEN");
    await expectAppError(listReportQueue(db.prisma, learner, { page: 1 }), "FORBIDDEN");
    expect(await db.prisma.question.findUnique({ where: { id }, select: { status: true } })).toEqual({ status: "PUBLISHED" });
  });
});

describe("importing uploads", () => {
  it("reports a dry run without writing, then commits every question, then finds them unchanged", async () => {
    const before = await db.prisma.question.count();
    const files = [fixture("az204-functions.gift")];
    const dry = await importUpload(db.prisma, author, upload({ files }));
    expect(dry).toMatchObject({ ok: true, dryRun: true, committed: false, added: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(dry.problems.length).toBeGreaterThan(0);
    expect(dry.problems.every((p) => p.kind === "incomplete" && p.file === "az204-functions.gift" && typeof p.line === "number")).toBe(true);
    expect(await db.prisma.question.count()).toBe(before);

    const committed = await importUpload(db.prisma, author, upload({ files, dryRun: false }));
    expect(committed).toMatchObject({ ok: true, committed: true, added: 3 });
    expect(await db.prisma.question.count()).toBe(before + 3);
    expect(await db.prisma.question.count({ where: { source: "az204-functions.gift", status: "DRAFT" } })).toBe(3);
    expect(await db.prisma.auditLog.count({ where: { action: "question.import", actorId: author.id } })).toBe(1);

    // An imported draft with no `why` yet opens in the editor.
    const imported = await db.prisma.question.findFirstOrThrow({ where: { source: "az204-functions.gift", type: "YESNO" } });
    expect((await getQuestionForEdit(db.prisma, author, imported.id)).draft.type).toBe("yesno");

    const again = await importUpload(db.prisma, author, upload({ files, dryRun: false }));
    expect(again).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 3 });
  });

  it("imports a Markdown checklist with a section mapping", async () => {
    const result = await importUpload(
      db.prisma,
      author,
      upload({ format: "markdown", skillAreaKey: undefined, mapping: { "Develop for Azure storage": "storage" }, files: [fixture("az204-storage-checklist.md")], dryRun: false }),
    );
    expect(result).toMatchObject({ ok: true, committed: true, added: 2 });
    const rows = await db.prisma.question.findMany({ where: { source: "az204-storage-checklist.md" }, select: { skillArea: { select: { key: true } } } });
    expect(rows.map((r) => r.skillArea.key)).toEqual(["storage", "storage"]);
  });

  it("writes nothing when any file of the upload has a blocking problem, and locates each one", async () => {
    const before = await db.prisma.question.count();
    const report = await importUpload(db.prisma, author, upload({ files: [fixture("broken.gift"), { name: "good.gift", bytes: new TextEncoder().encode("::New one::Which is new?{=A#a\n~B#b\n~C#c}") }], dryRun: false }));
    expect(report).toMatchObject({ ok: false, committed: false, added: 0 });
    const blocking = report.problems.filter((p) => p.kind === "invalid");
    expect(blocking.map((p) => [p.file, p.line])).toEqual([
      ["broken.gift", 1],
      ["broken.gift", 9],
    ]);
    expect(await db.prisma.question.count()).toBe(before);

    const garbage = await importUpload(db.prisma, author, upload({ format: "markdown", files: [{ name: "noise.md", bytes: new Uint8Array(200_000).fill(0xff) }], dryRun: false }));
    expect(garbage.ok).toBe(false);
    expect(garbage.problems[0]).toMatchObject({ kind: "invalid", file: "noise.md" });
    expect(await db.prisma.question.count()).toBe(before);
  });
});

describe("question reports", () => {
  it("goes from a learner's report to the authors' queue and back to the learner with the outcome", async () => {
    const { id } = await create(600);
    await expectAppError(createReport(db.prisma, learner, { questionId: id, kind: "TYPO", text: "There is a typo in option B." }), "NOT_FOUND");

    const version = await db.prisma.questionVersion.findFirstOrThrow({ where: { questionId: id } });
    await db.prisma.attempt.create({
      data: {
        userId: learner.id,
        examCode: "AZ-204",
        mode: "PRACTICE",
        seed: 1,
        settings: {},
        items: { create: { position: 0, questionId: id, questionVersionId: version.id, optionOrder: ["a", "b", "c"], pointsPossible: 1 } },
      },
    });
    const { id: reportId } = await createReport(db.prisma, learner, { questionId: id, kind: "WRONG_KEY", text: "Premium also scales to zero, I think." });
    await expectAppError(createReport(db.prisma, learner, { questionId: id, kind: "TYPO", text: "And a typo in the stem too." }), "CONFLICT");

    const queue = await listReportQueue(db.prisma, author, { page: 1 });
    expect(queue.openCount).toBe(1);
    expect(queue.items[0]).toMatchObject({ id: reportId, status: "OPEN", kind: "WRONG_KEY", question: { id, version: 1 }, reporterName: expect.any(String) });

    expect((await listMyReports(db.prisma, learner.id))[0]).toMatchObject({ id: reportId, status: "OPEN", resolutionNote: null });
    const when = new Date("2025-05-01T10:00:00Z");
    await resolveReport(db.prisma, author, reportId, { status: "DISMISSED", note: "Premium keeps one instance warm, so the key stands." }, when);
    await expectAppError(resolveReport(db.prisma, author, reportId, { status: "RESOLVED", note: "Again" }, when), "CONFLICT");
    await expectAppError(resolveReport(db.prisma, learner, reportId, { status: "RESOLVED", note: "Mine" }, when), "FORBIDDEN");

    const mine = await listMyReports(db.prisma, learner.id);
    expect(mine[0]).toMatchObject({ id: reportId, status: "DISMISSED", resolutionNote: "Premium keeps one instance warm, so the key stands.", resolvedAt: when.toISOString() });
    expect(await listMyReports(db.prisma, author.id)).toEqual([]);
    expect((await listReportQueue(db.prisma, author, { page: 1 })).openCount).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { entityId: reportId, action: "report.dismiss" } })).toBe(1);
  });
});

describe("editing round trip", () => {
  it("loads a saved question into the same draft it was saved from", async () => {
    const draft = publishedDraft(700, { type: "yesno", statements: [{ text: "S1", answer: "yes", why: "w1" }, { text: "S2", answer: "no", why: "w2" }] });
    const { id } = await saveQuestion(db.prisma, author, { examCode: "AZ-204", question: toSourceQuestion(draft, "x") });
    const loaded = await getQuestionForEdit(db.prisma, author, id);
    expect(loaded.draft.statements).toEqual(draft.statements);
  });
});
