import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SIMULATION, runSimulation, type SimulationResult } from "./simulation/run-simulation.ts";

// A small, seeded version of bench/readiness-simulator.ts: loose bounds that a broken model
// (wrong sign, lost calibration, ignored cut) cannot meet, on a world small enough for a unit test.
describe("the readiness model in a small simulated world", () => {
  let result: SimulationResult;
  beforeAll(() => {
    result = runSimulation({ ...DEFAULT_SIMULATION, seed: 4242, learners: 400, answers: { min: 30, max: 300 }, itemsPerArea: 20, hiddenItemsPerArea: 30 });
  });

  it("forecasts passes better than the last-simulation baseline, and is roughly calibrated", () => {
    expect(result.testLearners).toBe(200);
    expect(result.passRate).toBeGreaterThan(0.15);
    expect(result.passRate).toBeLessThan(0.7);
    expect(result.model.brier).toBeLessThan(result.lastSimulation.brier);
    expect(result.model.brier).toBeLessThan(0.15);
    expect(result.model.ece).toBeLessThan(0.12);
    expect(result.model.auc).toBeGreaterThan(0.85);
  });

  it("learns from the reported results: the cut moves off its prior and the forecast improves", () => {
    expect(result.cut.reports).toBeGreaterThan(60);
    expect(result.cut.high - result.cut.low).toBeLessThan(0.1);
    expect(result.model.logLoss).toBeLessThan(result.modelPriorCut.logLoss);
  });

  it("recovers the bank it was given", () => {
    expect(result.calibration.bError).toBeLessThan(0.35);
    expect(result.calibration.aCorrelation).toBeGreaterThan(0.5);
    expect(result.calibration.repeatShift).toBeGreaterThan(0.2);
  });
});
