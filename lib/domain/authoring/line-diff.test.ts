import { describe, expect, it } from "vitest";
import { diffLines, diffStats } from "./line-diff.ts";

const kinds = (lines: ReturnType<typeof diffLines>) => lines.map((l) => `${l.kind === "same" ? " " : l.kind === "added" ? "+" : "-"}${l.text}`);

describe("diffLines", () => {
  it("marks every line the same when nothing changed", () => {
    expect(kinds(diffLines(["a", "b"], ["a", "b"]))).toEqual([" a", " b"]);
  });

  it("shows a changed line as removed then added, keeping its neighbours", () => {
    expect(kinds(diffLines(["a", "b", "c"], ["a", "B", "c"]))).toEqual([" a", "-b", "+B", " c"]);
  });

  it("finds insertions and deletions in the middle by longest common subsequence", () => {
    expect(kinds(diffLines(["x", "a", "b", "c", "y"], ["x", "b", "c", "d", "y"]))).toEqual([" x", "-a", " b", " c", "+d", " y"]);
  });

  it("handles empty sides", () => {
    expect(kinds(diffLines([], ["a"]))).toEqual(["+a"]);
    expect(kinds(diffLines(["a"], []))).toEqual(["-a"]);
    expect(diffLines([], [])).toEqual([]);
  });

  it("keeps every line of both sides exactly once", () => {
    const before = ["1", "2", "3", "4", "5", "6"];
    const after = ["2", "9", "4", "1", "6", "7"];
    const lines = diffLines(before, after);
    expect(lines.filter((l) => l.kind !== "added").map((l) => l.text)).toEqual(before);
    expect(lines.filter((l) => l.kind !== "removed").map((l) => l.text)).toEqual(after);
    expect(lines.filter((l) => l.kind === "same")).toHaveLength(3);
  });

  it("counts added and removed lines", () => {
    expect(diffStats(diffLines(["a", "b"], ["a", "c", "d"]))).toEqual({ added: 2, removed: 1 });
  });
});
