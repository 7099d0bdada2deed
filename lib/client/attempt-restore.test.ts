import { describe, expect, it } from "vitest";
import type { AttemptItemDto } from "@/lib/server/attempts/dto.ts";
import { restorePending } from "./attempt-restore.ts";

function item(position: number, overrides: Partial<AttemptItemDto> = {}): AttemptItemDto {
  return {
    position,
    questionId: `q${position}`,
    questionVersion: 1,
    skillArea: { key: "compute", name: "Compute" },
    section: "main",
    caseStudy: null,
    stem: "Stem",
    view: { type: "single", points: 1, options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] },
    response: null,
    flagged: false,
    answeredAt: null,
    reveal: null,
    ...overrides,
  };
}

const at = (iso: string) => Date.parse(iso);

describe("restorePending", () => {
  it("lays unsent answers and flags over the server's state", () => {
    const { items, stale } = restorePending([item(0), item(1)], {
      items: { "1": { token: "t", response: { type: "single", choice: "b" }, flagged: true, answeredAt: at("2026-03-01T10:00:00Z") } },
    });
    expect(stale).toEqual([]);
    expect(items[1]).toMatchObject({ response: { type: "single", choice: "b" }, flagged: true, answeredAt: "2026-03-01T10:00:00.000Z" });
    expect(items[0]).toMatchObject({ response: null, flagged: false });
  });

  it("drops a queued answer the server already has a newer one for, keeping its flag", () => {
    const server = item(0, { response: { type: "single", choice: "a" }, answeredAt: "2026-03-01T10:00:05.000Z" });
    const { items, stale } = restorePending([server], {
      items: { "0": { token: "t", response: { type: "single", choice: "b" }, flagged: true, answeredAt: at("2026-03-01T10:00:00Z") } },
    });
    expect(stale).toEqual([{ position: 0, part: "response" }]);
    expect(items[0]).toMatchObject({ response: { type: "single", choice: "a" }, flagged: true });
  });

  it("never changes an answer that was checked and locked", () => {
    const checked = item(0, {
      response: { type: "single", choice: "a" },
      reveal: { answer: { type: "single", correctIds: ["a"], options: [] }, explanation: "", references: [], isCorrect: true, pointsEarned: 1, pointsPossible: 1 },
    });
    const { items, stale } = restorePending([checked], { items: { "0": { token: "t", response: { type: "single", choice: "b" } } } });
    expect(stale).toEqual([{ position: 0, part: "response" }]);
    expect(items[0]!.response).toEqual({ type: "single", choice: "a" });
  });
});
