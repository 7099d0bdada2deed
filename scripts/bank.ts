// npm run bank -- validate|import|export …: the question bank's command line (docs/question-format.md).
import fs from "node:fs";
import path from "node:path";
import type { BankCatalog } from "../lib/domain/bank/catalog.ts";
import { loadBank, type LoadedBankFiles } from "../lib/domain/bank/load-bank.ts";
import { formatProblem } from "../lib/domain/bank/problem.ts";
import { runQualityGate } from "../lib/domain/bank/quality-gate.ts";
import { EXAM_THRESHOLDS } from "../lib/domain/bank/quality-thresholds.ts";
import { parseCatalog } from "../lib/domain/catalog/catalog-schema.ts";
import { openDatabase, type Database } from "../lib/server/db/open-database.ts";
import { databaseTargetFromEnv, describeTarget } from "../lib/server/db/target.ts";
import { exportExamBank } from "../lib/server/questions/export-bank.ts";
import { importQuestions, summariseImport } from "../lib/server/questions/import-bank.ts";
import { loadBankCatalog } from "../lib/server/questions/load-bank-catalog.ts";
import { readBankFiles } from "../lib/server/questions/read-bank-files.ts";
import { BANK_USAGE, parseBankArgs, UsageError, type BankCommand } from "./lib/bank-args.ts";
import { renderQualityReport } from "./lib/bank-report.ts";
import { loadDotenv } from "./lib/load-dotenv.ts";
import { createProgressBar } from "./lib/progress-bar.ts";

type Checked = { loaded: LoadedBankFiles; gatePassed: boolean };

/** Loads the files, prints every problem and the quality gate, and says whether both are clean. */
function check(bankPath: string, catalog: BankCatalog): Checked {
  const files = readBankFiles(bankPath);
  const loaded = loadBank(files, catalog);
  for (const problem of loaded.problems) console.log(formatProblem(problem));
  if (loaded.problems.length > 0) console.log("");
  const gate = runQualityGate(loaded.questions, catalog, EXAM_THRESHOLDS, loaded.examCodes);
  for (const line of renderQualityReport(gate)) console.log(line);
  console.log(
    `\n${count(files.length, "file")}, ${count(loaded.questions.length, "question")} loaded, ${loaded.rejected} rejected, ${count(loaded.problems.length, "problem")}; ` +
      `quality gate ${gate.passed ? "passed" : `failed for ${gate.exams.filter((e) => !e.passed).map((e) => e.examCode).join(", ")}`}.`,
  );
  return { loaded, gatePassed: gate.passed };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

async function withDatabase<T>(run: (db: Database) => Promise<T>): Promise<T> {
  loadDotenv();
  const target = databaseTargetFromEnv();
  const db = await openDatabase(target);
  console.error(`Database: ${describeTarget(target)}`);
  try {
    return await run(db);
  } finally {
    await db.close();
  }
}

async function catalogOf(db: Database): Promise<BankCatalog> {
  const catalog = await loadBankCatalog(db.prisma);
  if (catalog.length === 0) throw new Error("The database has no exams yet: run npm run db:seed (or npm start) first.");
  return catalog;
}

async function run(command: BankCommand): Promise<number> {
  switch (command.command) {
    case "validate": {
      const catalog = command.fromDatabase ? await withDatabase(catalogOf) : parseCatalog(fs.readFileSync(command.catalog, "utf8")).exams;
      const { loaded, gatePassed } = check(command.path, catalog);
      return loaded.problems.length === 0 && gatePassed ? 0 : 1;
    }
    case "import":
      return withDatabase(async (db) => {
        const { loaded, gatePassed } = check(command.path, await catalogOf(db));
        if (loaded.problems.length > 0) {
          console.log(`Nothing imported: fix the problems above first.\n${summariseImport({ added: 0, updated: 0, unchanged: 0, rejected: loaded.rejected })}`);
          return 1;
        }
        if (!gatePassed && !command.skipGate) {
          console.log("Nothing imported: the quality gate failed (--skip-gate imports anyway).");
          return 1;
        }
        const bar = createProgressBar(command.dryRun ? "Planning" : "Importing");
        const result = await importQuestions(db.prisma, loaded, { dryRun: command.dryRun, onProgress: ({ done, total }) => bar.update(done, total) });
        bar.finish();
        for (const problem of result.problems) console.log(formatProblem(problem));
        const cases = result.caseStudies;
        console.log(`Case studies: added ${cases.added}, updated ${cases.updated}, unchanged ${cases.unchanged}.`);
        console.log(`${command.dryRun ? "Dry run, nothing written: " : ""}${summariseImport(result)}`);
        return result.problems.length === 0 ? 0 : 1;
      });
    case "export":
      return withDatabase(async (db) => {
        const exams = command.exams.length
          ? command.exams
          : (await db.prisma.question.findMany({ distinct: ["examCode"], select: { examCode: true }, orderBy: { examCode: "asc" } })).map((q) => q.examCode);
        for (const examCode of exams) {
          const files = await exportExamBank(db.prisma, examCode);
          for (const file of files) {
            const target = path.join(command.folder, file.path);
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, file.text);
          }
          console.log(`${examCode}: wrote ${files.length} files to ${path.join(command.folder, files[0]?.path.split("/")[0] ?? "")}`);
        }
        if (exams.length === 0) console.log("The database holds no questions: nothing exported.");
        return 0;
      });
  }
}

let code: number;
try {
  code = await run(parseBankArgs(process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${BANK_USAGE}`);
    code = 2;
  } else {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  }
}
// PGlite's worker handles would keep the process alive after the database is closed.
process.exit(code);
