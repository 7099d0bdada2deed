// How long the bank takes to load, gate and import at scale, on PGlite and on PostgreSQL. Baseline:
// bare createMany of as many question rows, the floor any importer pays. BENCH_IMPORT_COUNT
// questions (default 10 000). Target: the whole file — parse, gate and import — under 30 s.
//   npx tsx --conditions=react-server bench/import-bank.ts
import { performance } from "node:perf_hooks";
import { loadBank } from "../lib/domain/bank/load-bank.ts";
import { runQualityGate } from "../lib/domain/bank/quality-gate.ts";
import { importQuestions } from "../lib/server/questions/import-bank.ts";
import { isMain, printRows, type BenchRow } from "./lib/bench-row.ts";
import { postgresReachable } from "./lib/postgres-admin.ts";
import { DATABASE_LABEL, withBenchDatabase, type DatabaseKind } from "./readiness-data.ts";
import { fileText, multipleQuestion, orderingQuestion, singleQuestion, skillAreaFile, TEST_CATALOG, yesnoQuestion } from "../tests/fixtures/bank.ts";

const COUNT = Number(process.env.BENCH_IMPORT_COUNT ?? 10_000);
const TARGET_SECONDS = 30;
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

async function timed<T>(run: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

async function measure(kind: DatabaseKind): Promise<BenchRow[]> {
  return withBenchDatabase(kind, async (db) => {
    await db.prisma.exam.create({
      data: {
        code: exam.code, slug: "az-204", title: "AZ-204", level: "ASSOCIATE", role: "Developer", primaryFocus: "Bench", summary: "Bench exam.",
        difficulty: 3, bestFor: "Bench", keySkills: ["bench"], questionCount: 50, durationMinutes: 100, outlineDate: new Date("2025-01-01"),
        outlineUrl: "https://learn.microsoft.com/", skillAreas: { create: exam.skillAreas.map((a, position) => ({ ...a, position })) },
      },
    });
    const skillAreaId = (await db.prisma.skillArea.findFirstOrThrow()).id;
    const baseline = await timed(async () => {
      for (let i = 0; i < COUNT; i += 1_000) {
        const rows = Array.from({ length: Math.min(1_000, COUNT - i) }, (_, j) => ({ id: `base-${i + j}`, examCode: exam.code, skillAreaId, type: "SINGLE" as const, difficulty: 3 }));
        await db.prisma.question.createMany({ data: rows });
      }
      await db.prisma.question.deleteMany();
    });
    const loaded = await timed(() => loadBank(bankFiles(), TEST_CATALOG));
    if (loaded.result.problems.length) throw new Error(`bench bank has ${loaded.result.problems.length} problems`);
    const gate = await timed(() => runQualityGate(loaded.result.questions, TEST_CATALOG));
    const first = await timed(() => importQuestions(db.prisma, loaded.result));
    const again = await timed(() => importQuestions(db.prisma, loaded.result));
    const edited = loadBank(bankFiles(" Edited."), TEST_CATALOG);
    const bumped = await timed(() => importQuestions(db.prisma, edited));
    if (first.result.added !== COUNT || again.result.unchanged !== COUNT || bumped.result.updated !== COUNT) {
      throw new Error(`import counts off: added ${first.result.added}, unchanged ${again.result.unchanged}, updated ${bumped.result.updated}`);
    }
    const benchmark = `bank import, ${DATABASE_LABEL[kind]}, ${COUNT.toLocaleString("en")} questions`;
    const row = (metric: string, ms: number, withBaseline: boolean): BenchRow => ({ benchmark, metric, value: ms / 1000, baseline: withBaseline ? baseline.ms / 1000 : null, unit: "s", target: "", met: null });
    const whole = (loaded.ms + gate.ms + first.ms) / 1000;
    return [
      row("parse and validate every file", loaded.ms, false),
      row("quality gate (near-duplicate search)", gate.ms, false),
      row("import into an empty bank (baseline: bare createMany)", first.ms, true),
      row("import again, nothing changed", again.ms, true),
      row("import with every question edited", bumped.ms, true),
      { benchmark, metric: "the whole file: parse, gate, import", value: whole, baseline: null, unit: "s", target: `< ${TARGET_SECONDS} s`, met: whole < TARGET_SECONDS },
    ];
  });
}

export async function run(): Promise<BenchRow[]> {
  const rows = await measure("pglite");
  if (await postgresReachable()) rows.push(...(await measure("postgres")));
  else console.warn("bank import on PostgreSQL not measured: the server is unreachable (set BENCH_PG_URL).");
  return rows;
}

if (isMain(import.meta.url)) {
  printRows(`Bank import (${COUNT} questions in ${Math.ceil(COUNT / PER_FILE)} files)`, await run());
  process.exit(0);
}
