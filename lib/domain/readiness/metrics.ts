// How good a probability forecast is against what happened (y = 1 passed, 0 failed).
// Brier and log loss are proper scores; ECE and the reliability bins are read beside them,
// since binned calibration alone can be gamed; AUC measures ranking only.

export type Forecast = { p: number; y: 0 | 1 };

export function brier(forecasts: readonly Forecast[]): number {
  return mean(forecasts.map(({ p, y }) => (p - y) ** 2));
}

/** Natural-log loss, with p clipped to [1e-6, 1 − 1e-6] so one confident miss stays finite. */
export function logLoss(forecasts: readonly Forecast[]): number {
  return mean(
    forecasts.map(({ p, y }) => {
      const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
      return -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
    }),
  );
}

export type ReliabilityBin = { from: number; to: number; count: number; meanForecast: number; observedRate: number };

/** Equal-width bins over [0, 1]; p = 1 falls in the last bin. */
export function reliabilityBins(forecasts: readonly Forecast[], bins = 10): ReliabilityBin[] {
  const out = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, count: 0, sumP: 0, sumY: 0 }));
  for (const { p, y } of forecasts) {
    const bin = out[Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))]!;
    bin.count += 1;
    bin.sumP += p;
    bin.sumY += y;
  }
  return out.map(({ from, to, count, sumP, sumY }) => ({
    from,
    to,
    count,
    meanForecast: count ? sumP / count : Number.NaN,
    observedRate: count ? sumY / count : Number.NaN,
  }));
}

/** Expected calibration error: Σ over bins of (bin size / n) · |observed rate − mean forecast|. */
export function expectedCalibrationError(forecasts: readonly Forecast[], bins = 10): number {
  if (forecasts.length === 0) return Number.NaN;
  return reliabilityBins(forecasts, bins).reduce((sum, bin) => (bin.count ? sum + (bin.count / forecasts.length) * Math.abs(bin.observedRate - bin.meanForecast) : sum), 0);
}

/** Area under the ROC curve: the chance a random pass was given a higher p than a random fail (ties count half). */
export function auc(forecasts: readonly Forecast[]): number {
  const sorted = [...forecasts].sort((a, b) => a.p - b.p);
  const positives = sorted.filter((f) => f.y === 1).length;
  const negatives = sorted.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.p === sorted[i]!.p) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k]!.y === 1) rankSum += averageRank;
    i = j;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : Number.NaN;
}
