// Logistic regression by iteratively reweighted least squares, with a small ridge so that a
// feature that separates the outcomes perfectly still gives finite weights. Maps the simulator's
// baselines (a practice score, a last-simulation flag) to probabilities on a training split.

import { logistic } from "./numeric.ts";

export type LogisticModel = { weights: number[]; predict(features: readonly number[]): number };

export function fitLogistic(features: readonly (readonly number[])[], outcomes: readonly (0 | 1)[], ridge = 1e-3): LogisticModel {
  const width = (features[0]?.length ?? 0) + 1;
  const rows = features.map((x) => [1, ...x]);
  let w = new Array<number>(width).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = w.map((wi, i) => (i === 0 ? 0 : -ridge * wi));
    const hessian = Array.from({ length: width }, (_, i) => Array.from({ length: width }, (_, j) => (i === j && i > 0 ? ridge : 0)));
    rows.forEach((x, r) => {
      const p = logistic(x.reduce((s, xi, i) => s + xi * w[i]!, 0));
      const weight = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < width; i++) {
        gradient[i]! += (outcomes[r]! - p) * x[i]!;
        for (let j = 0; j < width; j++) hessian[i]![j]! += weight * x[i]! * x[j]!;
      }
    });
    const step = solve(hessian, gradient);
    w = w.map((wi, i) => wi + step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  const weights = w;
  return { weights, predict: (x) => logistic(weights[0]! + x.reduce((s, xi, i) => s + xi * weights[i + 1]!, 0)) };
}

/** Gaussian elimination with partial pivoting; the systems here are 2×2 or 3×3. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]!;
    if (Math.abs(p) < 1e-15) return new Array<number>(n).fill(0);
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / p;
      for (let c = col; c <= n; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}
