import { describe, expect, it } from "vitest";
import { az204, blocking, fixtureBytes } from "./fixtures/fixture-files.ts";
import { parseMoodleXml } from "./parse-moodle-xml.ts";

const read = (more = {}) => parseMoodleXml(fixtureBytes("az204-moodle.xml"), az204("quiz.xml", { mapping: { Storage: "storage" }, ...more }));

const quiz = (questions: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions}\n</quiz>\n`;
const multichoice = (answers: string, single = "true") =>
  `<question type="multichoice"><name><text>Q</text></name><questiontext format="html"><text>Pick one.</text></questiontext><single>${single}</single>\n${answers}\n</question>`;
const answer = (fraction: number, text: string) => `<answer fraction="${fraction}"><text>${text}</text></answer>`;

describe("parseMoodleXml", () => {
  it("reads a multichoice question: HTML in CDATA to Markdown, fractions to the key, feedback to each why", () => {
    const [tier] = read().questions;
    expect(tier).toMatchObject({ id: "az204-storage-tier", skillAreaKey: "storage", topic: "Blob access tier", type: "single", source: { line: 10, path: "questions[1]" } });
    expect(tier!.stem).toBe("Logs are written once and read **rarely** after 30 days, but must be readable within seconds.\n\nWhich access tier should you move them to?");
    expect(tier!.content.type === "single" && tier!.content.options.map((o) => [o.text, o.correct, o.why])).toEqual([
      ["Cool", true, "Online, cheaper storage for data read rarely."],
      ["Archive", false, "Offline: rehydration takes hours."],
      ["Hot", false, "Costs more to store than needed."],
    ]);
    expect(tier!.explanation).toBe("Cool and Cold keep *online* latency; Archive needs rehydration.");
  });

  it("reads split positive fractions as a multiple choice with partial credit, and escaped HTML text", () => {
    const immutable = read().questions[1]!;
    expect(immutable.stem).toBe("Which **two** features protect blobs from deletion?");
    expect(immutable.content).toMatchObject({ type: "multiple", partialCredit: true });
  });

  it("reads truefalse as a one-statement yes/no series", () => {
    expect(read().questions[2]!.content).toEqual({
      type: "yesno",
      statements: [{ id: "a", text: "A storage account has shared key access enabled by default.", answer: true, why: "It stays enabled until you disallow it." }],
    });
  });

  it("reports other question types as unsupported at their line, or skips them", () => {
    expect(read().problems.filter((p) => p.kind === "unsupported")).toEqual([expect.objectContaining({ line: 91, path: "questions[4]", message: expect.stringContaining("essay") })]);
    expect(read({ skipUnsupported: true }).skipped).toEqual([{ file: "quiz.xml", line: 91, reason: "a Moodle essay question has no PassPath type" }]);
  });

  it("uses a tag found in the mapping before the category", () => {
    const [tier] = read({ mapping: { blob: "storage", Storage: "compute" } }).questions;
    expect(tier!.skillAreaKey).toBe("storage");
    expect(read({ mapping: { blob: "storage", Storage: "compute" } }).questions[1]!.skillAreaKey).toBe("compute");
  });

  it("reads multichoiceset as an all-or-nothing multiple choice", () => {
    const text = quiz(`<question type="multichoiceset"><questiontext><text>Which two?</text></questiontext>${answer(100, "A")}${answer(100, "B")}${answer(0, "C")}</question>`);
    const [question] = parseMoodleXml(text, az204("s.xml", { skillAreaKey: "storage" })).questions;
    expect(question!.content).toMatchObject({ type: "multiple", partialCredit: false });
  });

  it("drops scripts from question HTML and reports an embedded Moodle file as incomplete", () => {
    const html = '<p>Look:<script>steal()</script> <img src="@@PLUGINFILE@@/diagram.png" alt="diagram"></p>';
    const text = quiz(multichoice(answer(100, "A") + answer(0, "B") + answer(0, "C")).replace("<text>Pick one.</text>", `<text><![CDATA[${html}]]></text>`));
    const result = parseMoodleXml(text, az204("f.xml", { skillAreaKey: "storage" }));
    expect(result.questions[0]!.stem).toBe("Look: ![diagram](@@PLUGINFILE@@/diagram.png)");
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: "incomplete", path: "questions[0].stem", message: expect.stringContaining("@@PLUGINFILE@@/diagram.png is not an https:// address") }));
  });

  it.each([
    ["no fraction above zero", multichoice(answer(0, "A") + answer(0, "B")), "the answer key is missing"],
    ["credit on two answers of a single-answer question", multichoice(answer(100, "A") + answer(50, "B") + answer(0, "C")), "single-answer question gives credit to 2 answers"],
    ["unequal credit", multichoice(answer(70, "A") + answer(30, "B") + answer(0, "C"), "false"), "different credit"],
    ["a true/false question without its key", `<question type="truefalse"><questiontext><text>S</text></questiontext>${answer(0, "true")}${answer(0, "false")}</question>`, "the answer key is missing"],
  ])("refuses %s, at the question's line", (_, question, message) => {
    const result = parseMoodleXml(quiz(question), az204("k.xml", { skillAreaKey: "storage" }));
    expect(result.questions).toEqual([]);
    expect(blocking(result)).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining(message) })]);
  });

  it("refuses a file that is not a quiz, and a DOCTYPE", () => {
    expect(blocking(parseMoodleXml("<questions/>", az204("x.xml")))[0]!.message).toContain("root element is <questions>");
    const doctype = '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaa">]>\n<quiz/>';
    expect(blocking(parseMoodleXml(doctype, az204("x.xml")))).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining("DOCTYPE") })]);
  });
});
