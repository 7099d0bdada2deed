// npm run bench — runs every benchmark in bench/ that exports `run(): Promise<BenchRow[]>` (each
// measures its own baseline in the same run) and prints one table, with the machine and its load.
// BENCH_ONLY=answer-save,exam-start picks some; each bench's own variables shorten it (see
// docs/performance.md). Benchmarks without a `run` export (the readiness simulator, which rewrites
// docs) are listed, not run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { formatRows, type BenchRow } from "./lib/bench-row.ts";

const BENCH_DIR = path.dirname(new URL(import.meta.url).pathname);
const FIRST = ["answer-save", "exam-start", "dashboard", "scale-queries", "import-bank"];
const RUN_EXPORT = /export\s+(async\s+function\s+run\s*\(|const\s+run\s*=)/;

function discover(): { runnable: string[]; skipped: string[] } {
  const names = fs
    .readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith(".ts") && f !== "run-all.ts")
    .map((f) => f.slice(0, -3));
  const runnable = names.filter((n) => RUN_EXPORT.test(fs.readFileSync(path.join(BENCH_DIR, `${n}.ts`), "utf8")));
  const order = (n: string) => (FIRST.includes(n) ? FIRST.indexOf(n) : FIRST.length);
  runnable.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return { runnable, skipped: names.filter((n) => !runnable.includes(n)) };
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(", ");
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const { runnable, skipped } = discover();
const chosen = only ? runnable.filter((n) => only.includes(n)) : runnable;
const started = Date.now();
const loadBefore = load();
const rows: BenchRow[] = [];
const failures: string[] = [];

for (const name of chosen) {
  const t0 = Date.now();
  console.log(`▶ ${name} …`);
  try {
    const bench = (await import(pathToFileURL(path.join(BENCH_DIR, `${name}.ts`)).href)) as { run: () => Promise<BenchRow[]> };
    rows.push(...(await bench.run()));
    console.log(`  ${name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    rows.push({ benchmark: name, metric: "FAILED (see below)", value: 0, baseline: null, unit: "", target: "runs", met: false });
  }
}

const cpu = os.cpus();
console.log(`\nPassPath benchmarks — ${new Date().toISOString()}`);
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`);
console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after; ${((Date.now() - started) / 60_000).toFixed(1)} min in all\n`);
for (const line of formatRows(rows)) console.log(line);
const missed = rows.filter((r) => r.met === false);
console.log(`\n${rows.filter((r) => r.met === true).length} targets met, ${missed.length} not met.`);
if (skipped.length) console.log(`Not in this table (no run() export): ${skipped.join(", ")}.`);
for (const failure of failures) console.log(`FAILED ${failure}`);
process.exit(failures.length ? 1 : 0);
