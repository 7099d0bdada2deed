import { describe, expect, it } from "vitest";
import { diffLines } from "./line-diff.ts";
import { versionToLines } from "./version-lines.ts";

const base = {
  stem: "Which service?\n\nPick one.",
  content: {
    type: "single" as const,
    options: [
      { id: "a", text: "Functions", correct: true, why: "Serverless." },
      { id: "b", text: "VMs", correct: false, why: "You manage them." },
      { id: "c", text: "AKS", correct: false, why: "Too much." },
    ],
  },
  explanation: "Functions scale to zero.",
  references: ["https://learn.microsoft.com/azure/azure-functions/"],
};

describe("versionToLines", () => {
  it("lists the stem, each option with its key mark and why, the explanation and references", () => {
    expect(versionToLines(base)).toEqual([
      "Stem:",
      "  Which service?",
      "",
      "  Pick one.",
      "",
      "Options (choose one):",
      "  a. [correct] Functions",
      "     why: Serverless.",
      "  b. [wrong] VMs",
      "     why: You manage them.",
      "  c. [wrong] AKS",
      "     why: Too much.",
      "",
      "Explanation:",
      "  Functions scale to zero.",
      "",
      "References:",
      "  - https://learn.microsoft.com/azure/azure-functions/",
    ]);
  });

  it("shows a moved answer key as the two changed option lines only, whys untouched", () => {
    const moved = { ...base, content: { ...base.content, options: base.content.options.map((o) => ({ ...o, correct: o.id === "b" })) } };
    const changed = diffLines(versionToLines(base), versionToLines(moved)).filter((l) => l.kind !== "same");
    expect(changed.map((l) => `${l.kind} ${l.text.trim()}`)).toEqual(["removed a. [correct] Functions", "added a. [wrong] Functions", "removed b. [wrong] VMs", "added b. [correct] VMs"]);
  });

  it("marks yes/no answers and ordering positions", () => {
    const yesno = versionToLines({ ...base, content: { type: "yesno", statements: [{ id: "a", text: "S1", answer: true, why: "w" }] } });
    expect(yesno).toContain("  a. [yes] S1");
    const ordering = versionToLines({
      ...base,
      content: { type: "ordering", options: [{ id: "a", text: "First", position: 1, why: "w" }, { id: "b", text: "Never", why: "w" }] },
    });
    expect(ordering).toEqual(expect.arrayContaining(["  a. [step 1] First", "  b. [distractor] Never"]));
  });
});
