// npm test: unit, integration, end-to-end and system tests in one go, ending with one summary line
// "N passed, N failed" (and skipped, when there are any).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureAuthSecret } from "./lib/ensure-auth-secret.ts";
import { loadDotenv } from "./lib/load-dotenv.ts";

type Tally = { passed: number; failed: number; skipped: number; ok: boolean };

const resultsDir = path.resolve(".data/test-results");
fs.mkdirSync(resultsDir, { recursive: true });
loadDotenv(false);
ensureAuthSecret();

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(project: string): Tally {
  const output = path.join(resultsDir, `${project}.json`);
  fs.rmSync(output, { force: true });
  const ok = run("npx", ["--no-install", "vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
  if (!fs.existsSync(output)) return { passed: 0, failed: 1, skipped: 0, ok: false };
  const report = JSON.parse(fs.readFileSync(output, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests, ok };
}

function playwright(): Tally {
  const output = path.join(resultsDir, "e2e.json");
  fs.rmSync(output, { force: true });
  const ok = run("npx", ["--no-install", "playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  if (!fs.existsSync(output)) return { passed: 0, failed: 1, skipped: 0, ok: false };
  const { stats } = JSON.parse(fs.readFileSync(output, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped, ok };
}

const only = process.argv.slice(2);
const suites: [string, () => Tally][] = [
  ["unit", () => vitest("unit")],
  ["integration", () => vitest("integration")],
  ["e2e", playwright],
  // After e2e: reuses its production build (kill -9, database outage, two instances, headers).
  ["system", () => vitest("system")],
];
const tallies = suites.filter(([name]) => only.length === 0 || only.includes(name)).map(([name, runSuite]) => [name, runSuite()] as const);

console.log("\nSummary");
for (const [name, t] of tallies) console.log(`  ${name.padEnd(12)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`);
const total = tallies.reduce((sum, [, t]) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }), { passed: 0, failed: 0, skipped: 0 });
// A runner that crashed without reporting a failed test still fails the run.
const crashed = tallies.some(([, t]) => !t.ok) && total.failed === 0 ? 1 : 0;
const failed = total.failed + crashed;
fs.writeFileSync(path.join(resultsDir, `summary-${process.env.TEST_SUMMARY_LABEL ?? "local"}.json`), JSON.stringify({ ...total, failed }));
console.log(`${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
