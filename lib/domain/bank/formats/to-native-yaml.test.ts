import { describe, expect, it } from "vitest";
import { loadBank } from "../load-bank.ts";
import { FORMATS_CATALOG } from "./fixtures/catalog.ts";
import { az204, fixtureBytes, nativeFixtureBank } from "./fixtures/fixture-files.ts";
import { parseMarkdownChecklist } from "./parse-markdown-checklist.ts";
import { toNativeYaml } from "./to-native-yaml.ts";

const bank = nativeFixtureBank();

describe("toNativeYaml", () => {
  it("writes files the bank loader reads back to the same ids, content hashes and case studies", () => {
    const { files, skipped } = toNativeYaml(bank.questions, bank.caseStudies);
    expect(skipped).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(["az-204/compute.yaml", "az-204/case-fmt-contoso-shop.yaml"]);
    const back = loadBank(files, FORMATS_CATALOG);
    expect(back.problems).toEqual([]);
    const hashes = (questions: typeof bank.questions) => questions.map((q) => [q.id, q.contentHash, q.status, q.topic]).sort();
    expect(hashes(back.questions)).toEqual(hashes(bank.questions));
    expect(back.caseStudies.map((c) => c.contentHash)).toEqual(bank.caseStudies.map((c) => c.contentHash));
  });

  it("lists questions whose case study is not given and case studies without questions, instead of dropping them", () => {
    const orphan = toNativeYaml(bank.questions.filter((q) => q.caseStudyId));
    expect(orphan.files).toEqual([]);
    expect(orphan.skipped.map((note) => note.reason)).toEqual(Array(4).fill("its case study case-fmt-contoso-shop was not given"));
    const empty = toNativeYaml([], bank.caseStudies);
    expect(empty.skipped).toEqual([{ id: "case-fmt-contoso-shop", reason: "a case study without questions is not written" }]);
  });

  it("writes imported drafts so that the loader names exactly what they still lack", () => {
    const imported = parseMarkdownChecklist(fixtureBytes("az204-checklist.md"), az204("c.md", { skillAreaKey: "compute" })).questions;
    const back = loadBank(toNativeYaml(imported).files, FORMATS_CATALOG);
    expect(back.questions).toEqual([]);
    expect(back.problems.map((p) => [p.path, p.message])).toEqual(expect.arrayContaining([["questions[0].options[0].why", "needs a why"], ["questions[2].references", "needs at least one reference"]]));
    expect(back.problems.every((p) => p.line !== undefined)).toBe(true);
  });
});
