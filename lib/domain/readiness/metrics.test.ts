import { describe, expect, it } from "vitest";
import { auc, brier, expectedCalibrationError, logLoss, reliabilityBins, type Forecast } from "./metrics.ts";

const f = (p: number, y: 0 | 1): Forecast => ({ p, y });

describe("forecast metrics", () => {
  it("scores Brier and log loss", () => {
    expect(brier([f(1, 1), f(0, 0)])).toBe(0);
    expect(brier([f(0.5, 1), f(0.5, 0)])).toBe(0.25);
    expect(logLoss([f(0.5, 1)])).toBeCloseTo(Math.log(2), 12);
    expect(Number.isFinite(logLoss([f(0, 1)]))).toBe(true);
  });

  it("measures calibration in ten equal-width bins", () => {
    const calibrated = [...Array(10).fill(f(0.3, 1)), ...Array(20).fill(f(0.3, 0)), ...Array(7).fill(f(0.7, 1)), ...Array(3).fill(f(0.7, 0))] as Forecast[];
    expect(expectedCalibrationError(calibrated)).toBeCloseTo(Math.abs(10 / 30 - 0.3) * (30 / 40), 12);
    const overconfident = [f(0.95, 0), f(0.95, 1)];
    expect(expectedCalibrationError(overconfident)).toBeCloseTo(0.45, 12);
    const bins = reliabilityBins([f(1, 1), f(0, 0), f(0.05, 1)]);
    expect(bins).toHaveLength(10);
    expect(bins[9]!.count).toBe(1);
    expect(bins[0]).toMatchObject({ count: 2, observedRate: 0.5 });
  });

  it("computes AUC with ties counted half", () => {
    expect(auc([f(0.9, 1), f(0.1, 0)])).toBe(1);
    expect(auc([f(0.1, 1), f(0.9, 0)])).toBe(0);
    expect(auc([f(0.5, 1), f(0.5, 0)])).toBe(0.5);
    expect(auc([f(0.8, 1), f(0.6, 0), f(0.6, 1), f(0.2, 0)])).toBeCloseTo(0.875, 12);
    expect(Number.isNaN(auc([f(0.4, 1)]))).toBe(true);
  });
});
