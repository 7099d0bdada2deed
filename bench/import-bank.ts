// npx tsx --conditions=react-server bench/import-bank.ts [count]: how long the bank takes to load,
// gate and import at scale, on an in-memory PGlite. Baseline: bare createMany of as many question
// rows, the floor any importer pays.
import { performance } from "node:perf_hooks";
import { loadBank } from "../lib/domain/bank/load-bank.ts";
import { runQualityGate } from "../lib/domain/bank/quality-gate.ts";
import { openDatabase } from "../lib/server/db/open-database.ts";
import { applyMigrations } from "../lib/server/db/schema-engine.ts";
import { importQuestions } from "../lib/server/questions/import-bank.ts";
import { fileText, multipleQuestion, orderingQuestion, singleQuestion, skillAreaFile, TEST_CATALOG, yesnoQuestion } from "../tests/fixtures/bank.ts";

const COUNT = Number(process.argv[2] ?? 10_000);
const PER_FILE = 500;
const exam = TEST_CATALOG[0]!;
const builders = [singleQuestion, multipleQuestion, yesnoQuestion, orderingQuestion, singleQuestion];

function bankFiles(stemSuffix = "") {
  return Array.from({ length: Math.ceil(COUNT / PER_FILE) }, (_, f) => {
    const area = exam.skillAreas[f % exam.skillAreas.length]!.key;
    const questions = Array.from({ length: Math.min(PER_FILE, COUNT - f * PER_FILE) }, (_, i) => {
      const id = `bench-${f}-${i}`;
      const question = builders[i % builders.length]!(id, { difficulty: (i % 5) + 1 });
      return { ...question, stem: `${question.stem as string}${stemSuffix}` };
    });
    return { path: `bench/az-204/${area}-${f}.yaml`, text: fileText(skillAreaFile(exam.code, area, questions)) };
  });
}

async function timed<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(44)} ${((performance.now() - start) / 1000).toFixed(2).padStart(7)} s`);
  return result;
}

const db = await openDatabase({ kind: "pglite-memory" });
await applyMigrations(db.adapterFactory);
await db.prisma.exam.create({
  data: {
    code: exam.code, slug: "az-204", title: "AZ-204", level: "ASSOCIATE", role: "Developer", primaryFocus: "Bench", summary: "Bench exam.",
    difficulty: 3, bestFor: "Bench", keySkills: ["bench"], questionCount: 50, durationMinutes: 100, outlineDate: new Date("2025-01-01"),
    outlineUrl: "https://learn.microsoft.com/", skillAreas: { create: exam.skillAreas.map((a, position) => ({ ...a, position })) },
  },
});
const skillAreaId = (await db.prisma.skillArea.findFirstOrThrow()).id;

console.log(`${COUNT} questions in ${Math.ceil(COUNT / PER_FILE)} files`);
await timed(`baseline: createMany ${COUNT} bare question rows`, async () => {
  for (let i = 0; i < COUNT; i += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, COUNT - i) }, (_, j) => ({ id: `base-${i + j}`, examCode: exam.code, skillAreaId, type: "SINGLE" as const, difficulty: 3 }));
    await db.prisma.question.createMany({ data: rows });
  }
  await db.prisma.question.deleteMany();
});
const files = bankFiles();
const loaded = await timed("load: parse and validate every file", () => loadBank(files, TEST_CATALOG));
if (loaded.problems.length) throw new Error(`bench bank has ${loaded.problems.length} problems`);
await timed("quality gate (with near-duplicate search)", () => runQualityGate(loaded.questions, TEST_CATALOG));
const first = await timed("import into an empty bank", () => importQuestions(db.prisma, loaded));
const again = await timed("import again (nothing changed)", () => importQuestions(db.prisma, loaded));
const edited = loadBank(bankFiles(" Edited."), TEST_CATALOG);
const bumped = await timed("import with every question edited", () => importQuestions(db.prisma, edited));
console.log(`added ${first.added}; then unchanged ${again.unchanged}; then updated ${bumped.updated} (${await db.prisma.questionVersion.count()} versions)`);
await db.close();
process.exit(0);
