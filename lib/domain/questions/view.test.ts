import { describe, expect, it } from "vitest";
import { questionContentSchema, type QuestionContent } from "./content.ts";
import { toAnswerReveal, toQuestionView } from "./view.ts";

const parse = <K extends QuestionContent["type"]>(input: { type: K } & Record<string, unknown>) =>
  questionContentSchema.parse(input) as Extract<QuestionContent, { type: K }>;

// Option texts avoid the words the leak test looks for, so a hit can only be a leaked field.
const single = parse({
  type: "single",
  options: [
    { id: "a", text: "Use a Premium plan", correct: false, why: "Costs more than needed." },
    { id: "b", text: "Use a Consumption plan", correct: true, why: "Scales to zero." },
    { id: "c", text: "Use an App Service plan", correct: false, why: "Always on." },
  ],
});
const multiple = parse({
  type: "multiple",
  partialCredit: true,
  options: [
    { id: "a", text: "Enable soft delete", correct: true, why: "Recovers blobs." },
    { id: "b", text: "Enable versioning", correct: true, why: "Keeps old versions." },
    { id: "c", text: "Enable static website", correct: false, why: "Unrelated." },
    { id: "d", text: "Enable SFTP", correct: false, why: "Unrelated." },
  ],
});
const yesno = parse({
  type: "yesno",
  statements: [
    { id: "a", text: "Solution: add a slot", answer: true, why: "Slots swap warm." },
    { id: "b", text: "Solution: raise the timeout", answer: false, why: "Timeouts do not warm." },
  ],
});
const ordering = parse({
  type: "ordering",
  options: [
    { id: "a", text: "Create the registry", position: 1, why: "First the registry." },
    { id: "b", text: "Push the image", position: 3, why: "Push after login." },
    { id: "c", text: "Sign in to the registry", position: 2, why: "Login before push." },
    { id: "d", text: "Create a storage queue", why: "Not needed." },
  ],
});
const all: [QuestionContent, string[]][] = [
  [single, ["c", "a", "b"]],
  [multiple, ["d", "b", "a", "c"]],
  [yesno, ["a", "b"]],
  [ordering, ["d", "c", "a", "b"]],
];

describe("toQuestionView", () => {
  it("never carries the key or the rationale", () => {
    for (const [content, order] of all) {
      const json = JSON.stringify(toQuestionView(content, order));
      for (const word of ["correct", "why", "position", "answer"]) expect(json.toLowerCase()).not.toContain(word);
      const whys = content.type === "yesno" ? content.statements.map((s) => s.why) : content.options.map((o) => o.why);
      for (const why of whys) expect(json).not.toContain(why);
    }
  });

  it("drops fields the stored content may gain later", () => {
    const withExtra = { ...single, options: single.options.map((o) => ({ ...o, hint: "secret" })) } as QuestionContent;
    expect(JSON.stringify(toQuestionView(withExtra, ["a", "b", "c"]))).not.toContain("secret");
  });

  it("lists the options in the attempt's display order, with id and text only", () => {
    expect(toQuestionView(single, ["c", "a", "b"])).toEqual({
      type: "single",
      points: 1,
      options: [
        { id: "c", text: "Use an App Service plan" },
        { id: "a", text: "Use a Premium plan" },
        { id: "b", text: "Use a Consumption plan" },
      ],
    });
  });

  it("tells how many to choose for a multiple, and how many slots for an ordering", () => {
    const view = toQuestionView(multiple, ["d", "b", "a", "c"]);
    expect(view).toMatchObject({ type: "multiple", selectCount: 2, partialCredit: true, points: 2 });
    expect(toQuestionView(ordering, ["d", "c", "a", "b"])).toMatchObject({ type: "ordering", slots: 3, points: 1 });
    expect(toQuestionView(yesno, ["a", "b"])).toEqual({
      type: "yesno",
      points: 2,
      statements: [
        { id: "a", text: "Solution: add a slot" },
        { id: "b", text: "Solution: raise the timeout" },
      ],
    });
  });

  it("refuses an option order that is not a permutation of the question's ids", () => {
    expect(() => toQuestionView(single, ["a", "b"])).toThrow(/permutation/);
    expect(() => toQuestionView(single, ["a", "b", "b"])).toThrow(/permutation/);
    expect(() => toQuestionView(single, ["a", "b", "z"])).toThrow(/permutation/);
  });
});

describe("toAnswerReveal", () => {
  it("gives the key and every option's rationale", () => {
    expect(toAnswerReveal(single)).toEqual({
      type: "single",
      correctIds: ["b"],
      options: [
        { id: "a", correct: false, why: "Costs more than needed." },
        { id: "b", correct: true, why: "Scales to zero." },
        { id: "c", correct: false, why: "Always on." },
      ],
    });
    expect(toAnswerReveal(multiple)).toMatchObject({ type: "multiple", correctIds: ["a", "b"] });
    expect(toAnswerReveal(yesno)).toEqual({
      type: "yesno",
      statements: [
        { id: "a", answer: true, why: "Slots swap warm." },
        { id: "b", answer: false, why: "Timeouts do not warm." },
      ],
    });
  });

  it("gives an ordering's answer as the sequence of placed steps, distractors unplaced", () => {
    const reveal = toAnswerReveal(ordering);
    expect(reveal).toMatchObject({ type: "ordering", sequence: ["a", "c", "b"] });
    expect(reveal.type === "ordering" && reveal.options.find((o) => o.id === "d")).toEqual({ id: "d", position: null, why: "Not needed." });
    expect(ordering.options.map((o) => o.id)).toEqual(["a", "b", "c", "d"]);
  });
});
