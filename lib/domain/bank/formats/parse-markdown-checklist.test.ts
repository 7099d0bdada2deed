import { describe, expect, it } from "vitest";
import { az204, blocking, fixtureBytes } from "./fixtures/fixture-files.ts";
import { parseMarkdownChecklist } from "./parse-markdown-checklist.ts";

const MAPPING = { "Develop Azure compute solutions": "compute", "Develop for Azure storage": "storage" };
const read = () => parseMarkdownChecklist(fixtureBytes("az204-checklist.md"), az204("az204.md", { mapping: MAPPING }));

describe("parseMarkdownChecklist", () => {
  it("reads ### stems, - [x] / - [ ] options, the explanation and reference lines", () => {
    const [scale] = read().questions;
    expect(scale).toMatchObject({ skillAreaKey: "compute", type: "single", source: { line: 5, path: "questions[0]" } });
    expect(scale!.stem).toBe("You deploy a containerized API to Azure Container Apps. It must scale on the length of an Azure Service Bus queue.\n\nWhich scale rule should you configure?");
    expect(scale!.content.type === "single" && scale!.content.options.map((o) => [o.text, o.correct])).toEqual([
      ["An HTTP scale rule.", false],
      ["A custom scale rule that uses the KEDA azure-servicebus scaler.", true],
      ["A CPU scale rule.", false],
    ]);
    expect(scale!.explanation).toBe("Container Apps scales on event sources through KEDA scalers; HTTP and CPU rules do not see the queue.");
    expect(scale!.references).toEqual(["https://learn.microsoft.com/en-us/azure/container-apps/scale-app"]);
  });

  it("keeps images and code blocks in the stem, ignores checkboxes inside code, and reads two [x] as multiple", () => {
    const timer = read().questions[1]!;
    expect(timer.stem).toContain("![Timer trigger](https://learn.microsoft.com/media/functions/timer.png)");
    expect(timer.stem).toContain('```csharp\n[Function("Cleanup")]');
    expect(timer.stem).toContain("// - [x] not an option: this line is code\n```");
    expect(timer.content).toMatchObject({ type: "multiple", partialCredit: false });
    expect(timer.references).toEqual(["https://learn.microsoft.com/en-us/azure/azure-functions/functions-bindings-timer"]);
  });

  it("maps sections to skill areas and marks what the format lacks as incomplete", () => {
    const result = read();
    expect(result.questions.map((q) => q.skillAreaKey)).toEqual(["compute", "compute", "storage"]);
    expect(blocking(result)).toEqual([]);
    const third = result.problems.filter((p) => p.path.startsWith("questions[2]")).map((p) => p.path);
    expect(third).toEqual(expect.arrayContaining(["questions[2].options[0].why", "questions[2].explanation", "questions[2].references", "questions[2].topic", "questions[2].difficulty"]));
    expect(result.problems.find((p) => p.path === "questions[2].options[1].why")).toMatchObject({ kind: "incomplete", line: 43 });
  });

  it("marks an image with a relative path as incomplete", () => {
    const result = parseMarkdownChecklist("### Which?\n\n![x](images/q1.png)\n\n- [x] A\n- [ ] B\n- [ ] C\n", az204("q.md", { skillAreaKey: "compute" }));
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: "incomplete", path: "questions[0].stem", message: expect.stringContaining("images/q1.png") }));
  });

  it.each([
    ["no option marked", "### Q\n- [ ] A\n- [ ] B\n- [ ] C\n", "the answer key is missing"],
    ["duplicate options", "### Q\n- [x] Cool\n- [ ] cool.\n- [ ] Hot\n", "duplicate option"],
    ["a correct option without text", "### Q\n- [x]\n- [ ] Hot\n- [ ] Cold\n", "has no text"],
    ["a heading without options (a file cut short)", "### Q\n\nWhich tier?\n", "no options"],
    ["a code block that never closes", "### Q\n\n```bash\naz login\n- [x] A\n", "never closed"],
  ])("refuses %s", (_, text, message) => {
    const result = parseMarkdownChecklist(text, az204("q.md", { skillAreaKey: "compute" }));
    expect(result.questions).toEqual([]);
    expect(blocking(result)[0]).toMatchObject({ kind: "invalid", file: "q.md", line: expect.any(Number), message: expect.stringContaining(message) });
  });

  it("refuses a section that is not in the mapping", () => {
    const result = parseMarkdownChecklist("## Databases\n\n### Q\n- [x] A\n- [ ] B\n", az204("q.md", { mapping: MAPPING }));
    expect(blocking(result)).toEqual([expect.objectContaining({ line: 1, path: "questions[0].skillArea", message: 'unknown skill area: "Databases" is not in the mapping' })]);
  });
});
