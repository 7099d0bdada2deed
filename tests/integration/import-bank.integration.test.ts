import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadBank } from "@/lib/domain/bank/load-bank.ts";
import type { BankFile } from "@/lib/domain/bank/parse-bank-file.ts";
import { exportExamBank } from "@/lib/server/questions/export-bank.ts";
import { importQuestions } from "@/lib/server/questions/import-bank.ts";
import { importBundledBanks } from "@/lib/server/questions/import-bundled-banks.ts";
import { caseStudyFile, fileText, multipleQuestion, orderingQuestion, singleQuestion, skillAreaFile, TEST_CATALOG, yesnoQuestion } from "../fixtures/bank.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  for (const exam of TEST_CATALOG) {
    await db.prisma.exam.create({
      data: {
        code: exam.code,
        slug: exam.code.toLowerCase(),
        title: `Exam ${exam.code}`,
        level: "ASSOCIATE",
        role: "Developer",
        primaryFocus: "Testing",
        summary: "An exam for tests.",
        difficulty: 3,
        bestFor: "Tests",
        keySkills: ["testing"],
        questionCount: 50,
        durationMinutes: 100,
        outlineDate: new Date("2025-01-01"),
        outlineUrl: "https://learn.microsoft.com/credentials/",
        skillAreas: { create: exam.skillAreas.map((area, position) => ({ ...area, position })) },
      },
    });
  }
});
afterAll(async () => {
  await db?.drop();
});
beforeEach(async () => {
  await db.prisma.questionVersion.deleteMany();
  await db.prisma.question.deleteMany();
  await db.prisma.caseStudy.deleteMany();
});

type Fields = Record<string, unknown>;

function computeFile(questions: Fields[] = [singleQuestion("c-1"), multipleQuestion("c-2"), yesnoQuestion("c-3"), orderingQuestion("c-4")]): BankFile {
  return { path: "prisma/banks/az-204/compute.yaml", text: fileText(skillAreaFile("AZ-204", "compute", questions)) };
}
function caseFile(title = "Contoso"): BankFile {
  const questions = ["k-1", "k-2", "k-3", "k-4"].map((id) => singleQuestion(id, { skillArea: "connect" }));
  const content = caseStudyFile("AZ-204", "case-contoso", questions);
  (content.caseStudy as Fields).title = title;
  return { path: "prisma/banks/az-204/case-contoso.yaml", text: fileText(content) };
}
const load = (...files: BankFile[]) => loadBank(files, TEST_CATALOG);

describe("importQuestions", () => {
  it("adds every question at version 1 with its content, hash and case study", async () => {
    const loaded = load(computeFile(), caseFile());
    const result = await importQuestions(db.prisma, loaded);
    expect(result).toMatchObject({ added: 8, updated: 0, unchanged: 0, rejected: 0, problems: [], caseStudies: { added: 1, updated: 0, unchanged: 0 } });

    const stored = await db.prisma.question.findUniqueOrThrow({ where: { id: "c-2" }, include: { versions: true, skillArea: true } });
    const source = loaded.questions.find((q) => q.id === "c-2")!;
    expect(stored).toMatchObject({ examCode: "AZ-204", type: "MULTIPLE", status: "PUBLISHED", difficulty: 3, currentVersion: 1, topic: source.topic, source: "prisma/banks/az-204/compute.yaml" });
    expect(stored.skillArea.key).toBe("compute");
    expect(stored.versions).toHaveLength(1);
    expect(stored.versions[0]).toMatchObject({ version: 1, contentHash: source.contentHash, stem: source.stem, explanation: source.explanation, references: source.references, points: 1 });
    expect(stored.versions[0]!.content).toEqual(source.content);
    // Bulk inserts write their own timestamps: UTC, like the rows Prisma writes (an hour off would mean a time-zone slip).
    for (const at of [stored.createdAt, stored.updatedAt, stored.versions[0]!.createdAt]) expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(10 * 60_000);

    const inCase = await db.prisma.question.findUniqueOrThrow({ where: { id: "k-1" }, include: { caseStudy: true } });
    expect(inCase.caseStudy).toMatchObject({ id: "case-contoso", title: "Contoso", tabs: [{ title: "Overview" }, { title: "Requirements" }] });
  });

  it("changes nothing on a second import of the same bank", async () => {
    await importQuestions(db.prisma, load(computeFile(), caseFile()));
    const before = await db.prisma.question.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } });
    const result = await importQuestions(db.prisma, load(computeFile(), caseFile()));
    expect(result).toMatchObject({ added: 0, updated: 0, unchanged: 8, rejected: 0, caseStudies: { added: 0, updated: 0, unchanged: 1 } });
    expect(await db.prisma.questionVersion.count()).toBe(8);
    expect(await db.prisma.question.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } })).toEqual(before);
  });

  it("gives an edited question version 2 and keeps version 1", async () => {
    await importQuestions(db.prisma, load(computeFile()));
    const edited = computeFile([singleQuestion("c-1", { stem: "A reworded stem?", difficulty: 4 }), multipleQuestion("c-2"), yesnoQuestion("c-3"), orderingQuestion("c-4")]);
    const result = await importQuestions(db.prisma, load(edited));
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 3 });

    const question = await db.prisma.question.findUniqueOrThrow({ where: { id: "c-1" }, include: { versions: { orderBy: { version: "asc" } } } });
    expect(question.currentVersion).toBe(2);
    expect(question.difficulty).toBe(4);
    expect(question.versions.map((v) => [v.version, v.stem.startsWith("Case c-1")])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(question.versions[1]!.stem).toBe("A reworded stem?");
    expect(question.versions[0]!.contentHash).not.toBe(question.versions[1]!.contentHash);

    // Editing it back makes version 3 (attempts on version 2 keep what they saw), and a re-run changes nothing.
    expect(await importQuestions(db.prisma, load(computeFile()))).toMatchObject({ updated: 1, unchanged: 3 });
    expect(await importQuestions(db.prisma, load(computeFile()))).toMatchObject({ updated: 0, unchanged: 4 });
    expect((await db.prisma.question.findUniqueOrThrow({ where: { id: "c-1" } })).currentVersion).toBe(3);
  });

  it("retires a question by its status alone, without a new version", async () => {
    await importQuestions(db.prisma, load(computeFile()));
    const retired = computeFile([singleQuestion("c-1", { status: "retired" }), multipleQuestion("c-2"), yesnoQuestion("c-3"), orderingQuestion("c-4")]);
    expect(await importQuestions(db.prisma, load(retired))).toMatchObject({ added: 0, updated: 1, unchanged: 3 });
    const question = await db.prisma.question.findUniqueOrThrow({ where: { id: "c-1" }, include: { versions: true } });
    expect(question.status).toBe("RETIRED");
    expect(question.currentVersion).toBe(1);
    expect(question.versions).toHaveLength(1);
  });

  it("writes nothing when one question of one file is bad", async () => {
    const bad = singleQuestion("c-9");
    delete (bad.options as Fields[])[1]!.why;
    const result = await importQuestions(db.prisma, load(computeFile([singleQuestion("c-1"), bad]), caseFile()));
    expect(result).toMatchObject({ added: 0, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(["questions[1].options[1].why: needs a why"]);
    expect(await db.prisma.question.count()).toBe(0);
    expect(await db.prisma.caseStudy.count()).toBe(0);
  });

  it("counts but writes nothing in a dry run", async () => {
    const result = await importQuestions(db.prisma, load(computeFile(), caseFile()), { dryRun: true });
    expect(result).toMatchObject({ added: 8, dryRun: true, caseStudies: { added: 1 } });
    expect(await db.prisma.question.count()).toBe(0);
  });

  it("updates a case study whose tabs changed, without touching its questions", async () => {
    await importQuestions(db.prisma, load(caseFile()));
    const result = await importQuestions(db.prisma, load(caseFile("Contoso Retail")));
    expect(result).toMatchObject({ unchanged: 4, caseStudies: { updated: 1 } });
    expect((await db.prisma.caseStudy.findUniqueOrThrow({ where: { id: "case-contoso" } })).title).toBe("Contoso Retail");
  });

  it("refuses a bank whose skill areas the database lacks, writing nothing", async () => {
    const catalog = [...TEST_CATALOG, { code: "AZ-104", skillAreas: [{ key: "storage", name: "Storage", weightMin: 15, weightMax: 20 }] }];
    const az104 = { path: "prisma/banks/az-104/storage.yaml", text: fileText(skillAreaFile("AZ-104", "storage", [singleQuestion("s-1")])) };
    const result = await importQuestions(db.prisma, loadBank([computeFile(), az104], catalog));
    expect(result.problems.map((p) => p.message)).toEqual(["the database has no skill area storage of exam AZ-104; load the exam catalog first"]);
    expect(result.rejected).toBe(1);
    expect(await db.prisma.question.count()).toBe(0);
  });

  it("reports progress up to the total", async () => {
    const seen: number[] = [];
    await importQuestions(db.prisma, load(computeFile()), { onProgress: ({ done, total }) => seen.push(done / total) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
  });
});

describe("exportExamBank", () => {
  it("writes files that validate to the hashes in the database", async () => {
    const original = load(computeFile([singleQuestion("c-1", { status: "draft" }), multipleQuestion("c-2", { partialCredit: true }), yesnoQuestion("c-3")]), caseFile());
    await importQuestions(db.prisma, original);
    await importQuestions(db.prisma, load(computeFile([singleQuestion("c-1", { stem: "Edited?", status: "draft" }), multipleQuestion("c-2", { partialCredit: true }), yesnoQuestion("c-3")]), caseFile()));

    const exported = await exportExamBank(db.prisma, "AZ-204");
    expect(exported.map((f) => f.path)).toEqual(["az-204/compute.yaml", "az-204/case-contoso.yaml"]);
    const reloaded = loadBank(exported.map((f) => ({ ...f, path: `out/${f.path}` })), TEST_CATALOG);
    expect(reloaded.problems).toEqual([]);
    const stored = await db.prisma.question.findMany({ include: { versions: true } });
    const current = new Map(stored.map((q) => [q.id, q.versions.find((v) => v.version === q.currentVersion)!.contentHash]));
    expect(new Map(reloaded.questions.map((q) => [q.id, q.contentHash]))).toEqual(current);
    expect(reloaded.questions.find((q) => q.id === "c-1")).toMatchObject({ stem: "Edited?", status: "draft" });
    expect(await importQuestions(db.prisma, reloaded)).toMatchObject({ added: 0, updated: 0, unchanged: 7 });
  });
});

describe("importBundledBanks", () => {
  it("imports a bank folder against the database's catalog, and refuses one with problems", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "passpath-banks-"));
    try {
      fs.mkdirSync(path.join(dir, "az-204"));
      fs.writeFileSync(path.join(dir, "az-204/compute.yaml"), computeFile().text);
      fs.writeFileSync(path.join(dir, "az-204/case-contoso.yaml"), caseFile().text);
      expect(await importBundledBanks(db.prisma, { dir })).toBe("added 8, updated 0, unchanged 0, rejected 0");

      fs.writeFileSync(path.join(dir, "az-204/storage.yaml"), fileText(skillAreaFile("AZ-204", "storage", [singleQuestion("s-1", { difficulty: 9 })])));
      await expect(importBundledBanks(db.prisma, { dir })).rejects.toThrow(/storage\.yaml:\d+:\d+ questions\[0\]\.difficulty: must be a whole number from 1 to 5/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
