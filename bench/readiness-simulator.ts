// The readiness model measured on synthetic learners (lib/domain/readiness/simulation/): the main
// world, then sweeps of the answer count, the skill correlation and a cut far from the prior.
// Runs the worlds on worker threads (one per core, at most two), prints the table, and rewrites
// the results section of docs/readiness.md and docs/readiness-reliability.svg.
//   npx tsx bench/readiness-simulator.ts            all runs, docs updated
//   npx tsx bench/readiness-simulator.ts --no-docs  print only
//   npx tsx bench/readiness-simulator.ts --main      the main world only, print only (a quick check)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { DEFAULT_SIMULATION, runSimulation, type SimulationConfig } from "../lib/domain/readiness/simulation/run-simulation.ts";
import { predictorsOf, renderResults, renderReliabilitySvg, type LabelledResult } from "./readiness-report.ts";

type Job = { label: string; group: "main" | "answers" | "rho" | "cut"; config: SimulationConfig };

const SWEEP_LEARNERS = 800;
const sweep = (overrides: Partial<SimulationConfig>): SimulationConfig => ({ ...DEFAULT_SIMULATION, learners: SWEEP_LEARNERS, ...overrides });

const JOBS: Job[] = [
  { label: "main world", group: "main", config: DEFAULT_SIMULATION },
  ...[30, 100, 300, 1000].map((answers) => ({ label: `${answers} answers each`, group: "answers" as const, config: sweep({ answers: { min: answers, max: answers } }) })),
  ...[0.3, 0.9].map((rho) => ({ label: `true ρ = ${rho}`, group: "rho" as const, config: sweep({ rho }) })),
  ...[0.6, 0.8].map((trueCut) => ({ label: `hidden cut ${Math.round(trueCut * 100)} % (prior 70 %)`, group: "cut" as const, config: sweep({ trueCut }) })),
];

function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

if (!isMainThread) {
  const job = workerData as Job;
  const started = cpuSeconds();
  const result = runSimulation(job.config, () => cpuSeconds() * 1000);
  parentPort!.postMessage({ label: job.label, group: job.group, result, cpuSeconds: cpuSeconds() - started } satisfies LabelledResult);
} else {
  const mainOnly = process.argv.includes("--main");
  const writeDocs = !process.argv.includes("--no-docs") && !mainOnly;
  const workers = Math.min(2, os.availableParallelism());
  const wallStart = Date.now();
  const queue = JOBS.filter((job) => !mainOnly || job.group === "main");
  const results: LabelledResult[] = [];
  const runOne = (job: Job) =>
    new Promise<LabelledResult>((resolve, reject) => {
      // Worker threads do not inherit tsx's loader: each registers it, then imports this file.
      const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
      const worker = new Worker(boot, { eval: true, workerData: job });
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => code !== 0 && reject(new Error(`${job.label}: worker exited with ${code}`)));
    });
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const done = await runOne(job);
        results.push(done);
        console.log(`  ${done.label}: ${done.cpuSeconds.toFixed(1)} s CPU`);
      }
    }),
  );
  results.sort((x, y) => JOBS.findIndex((j) => j.label === x.label) - JOBS.findIndex((j) => j.label === y.label));
  if (results.length === 0) throw new Error("no world ran");
  const wallSeconds = (Date.now() - wallStart) / 1000;
  printTable(results);
  console.log(`\n${results.length} world${results.length === 1 ? "" : "s"} in ${wallSeconds.toFixed(0)} s on ${workers} worker thread(s).`);
  const main = results.find((r) => r.group === "main")!.result;
  const targets = [main.model.brier < main.lastSimulation.brier, main.model.brier < main.practiceScore.brier, main.model.ece <= 0.05];
  console.log(`Targets (main world): Brier below both baselines ${targets[0] && targets[1] ? "MET" : "NOT MET"}; ECE ≤ 0.05 ${targets[2] ? "MET" : "NOT MET"}.`);
  if (writeDocs) {
    const docs = path.resolve("docs");
    const file = path.join(docs, "readiness.md");
    const text = fs.readFileSync(file, "utf8");
    const begin = "<!-- simulator:begin -->";
    const end = "<!-- simulator:end -->";
    if (!text.includes(begin) || !text.includes(end)) throw new Error(`${file} has no ${begin} … ${end} section`);
    const section = renderResults(results, { wallSeconds, workers, machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}` });
    fs.writeFileSync(file, `${text.slice(0, text.indexOf(begin) + begin.length)}\n${section}\n${text.slice(text.indexOf(end))}`);
    fs.writeFileSync(path.join(docs, "readiness-reliability.svg"), renderReliabilitySvg(main));
    console.log(`Wrote the results into docs/readiness.md and docs/readiness-reliability.svg.`);
  }
}

function printTable(results: LabelledResult[]) {
  const header = ["world", "predictor", "Brier", "log loss", "ECE", "AUC"];
  const rows: string[][] = [];
  for (const { label, result } of results) {
    for (const score of predictorsOf(result)) rows.push([label, score.name, score.brier.toFixed(4), score.logLoss.toFixed(4), score.ece.toFixed(4), score.auc.toFixed(3)]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\nReadiness model vs baselines on the test half of each world\n`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  let previous = "";
  for (const row of rows) {
    console.log(line(row[0] === previous ? ["", ...row.slice(1)] : row));
    previous = row[0]!;
  }
}
