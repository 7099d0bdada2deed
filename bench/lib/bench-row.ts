import path from "node:path";
import { pathToFileURL } from "node:url";

// The shape every benchmark in bench/ returns from its exported `run()` — the convention
// bench/run-all.ts relies on — and the one table `npm run bench` prints.

export type BenchRow = {
  benchmark: string;
  metric: string;
  value: number;
  /** The trivial operation measured in the same run, in the same unit; null where none applies. */
  baseline: number | null;
  unit: string;
  /** e.g. "< 100 ms", "≥ 50 % of baseline"; empty for figures without a target. */
  target: string;
  met: boolean | null;
};

const number = (x: number) => (Number.isInteger(x) || Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en") : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));

export function formatRows(rows: readonly BenchRow[]): string[] {
  const header = ["benchmark", "metric", "value", "baseline", "ratio", "target", "met?"];
  const cells = rows.map((r) => [
    r.benchmark,
    r.metric,
    `${number(r.value)} ${r.unit}`,
    r.baseline === null ? "" : `${number(r.baseline)} ${r.unit}`,
    r.baseline ? `${(r.value / r.baseline).toFixed(2)}×` : "",
    r.target,
    r.met === null ? "" : r.met ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const right = new Set([2, 3, 4]);
  const line = (c: string[]) => c.map((x, i) => (right.has(i) ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join("  ").trimEnd();
  let previous = "";
  const body = cells.map((c) => {
    const shown = c[0] === previous ? ["", ...c.slice(1)] : c;
    previous = c[0]!;
    return line(shown);
  });
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body];
}

export function printRows(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n${title}\n`);
  for (const line of formatRows(rows)) console.log(line);
}

/** True when this module is the script node was started with: the bench runs alone rather than under the runner. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(path.resolve(process.argv[1])).href;
}
