import { describe, expect, it } from "vitest";
import { caseStudyFile, fileText, lineOf, singleQuestion, skillAreaFile, TEST_CATALOG, yesnoQuestion } from "@/tests/fixtures/bank.ts";
import { loadBank } from "./load-bank.ts";
import { formatProblem } from "./problem.ts";

const caseQuestions = (prefix: string) => [1, 2, 3, 4].map((n) => singleQuestion(`${prefix}-${n}`, { skillArea: "compute" }));

describe("loadBank", () => {
  it("loads every file of a bank: questions in file order, case studies, no problems", () => {
    const bank = loadBank(
      [
        { path: "prisma/banks/az-204/compute.yaml", text: fileText(skillAreaFile("AZ-204", "compute", [singleQuestion("c-1"), yesnoQuestion("c-2")])) },
        { path: "prisma/banks/az-204/case-contoso.yaml", text: fileText(caseStudyFile("AZ-204", "case-contoso", caseQuestions("k"))) },
        { path: "prisma/banks/az-900/cloud-concepts.yaml", text: fileText(skillAreaFile("AZ-900", "cloud-concepts", [singleQuestion("f-1")])) },
      ],
      TEST_CATALOG,
    );
    expect(bank.problems).toEqual([]);
    expect(bank.rejected).toBe(0);
    expect(bank.questions.map((q) => `${q.examCode}/${q.id}`)).toEqual(["AZ-204/c-1", "AZ-204/c-2", "AZ-204/k-1", "AZ-204/k-2", "AZ-204/k-3", "AZ-204/k-4", "AZ-900/f-1"]);
    expect(bank.caseStudies.map((c) => c.id)).toEqual(["case-contoso"]);
    expect(bank.examCodes).toEqual(["AZ-204", "AZ-900"]);
  });

  it("refuses a question id used twice, within a file or across files, naming where it was first", () => {
    const compute = fileText(skillAreaFile("AZ-204", "compute", [singleQuestion("q-1"), singleQuestion("q-2")]));
    const storage = fileText(skillAreaFile("AZ-204", "storage", [singleQuestion("q-3"), singleQuestion("q-1"), singleQuestion("q-3")]));
    const bank = loadBank(
      [
        { path: "prisma/banks/az-204/compute.yaml", text: compute },
        { path: "prisma/banks/az-204/storage.yaml", text: storage },
      ],
      TEST_CATALOG,
    );
    const second = lineOf(storage, "id: q-1");
    const third = lineOf(storage, "id: q-3", second);
    expect(bank.problems.map(formatProblem)).toEqual([
      `prisma/banks/az-204/storage.yaml:${second} questions[1].id: question id q-1 is already used at prisma/banks/az-204/compute.yaml:${lineOf(compute, "id: q-1")}`,
      `prisma/banks/az-204/storage.yaml:${third} questions[2].id: question id q-3 is already used at prisma/banks/az-204/storage.yaml:${lineOf(storage, "id: q-3")}`,
    ]);
    expect(bank.questions.map((q) => q.id)).toEqual(["q-1", "q-2", "q-3"]);
    expect(bank.rejected).toBe(2);
  });

  it("refuses a case-study id used twice and keeps none of the second's questions", () => {
    const first = fileText(caseStudyFile("AZ-204", "case-contoso", caseQuestions("a")));
    const bank = loadBank(
      [
        { path: "prisma/banks/az-204/case-contoso.yaml", text: first },
        { path: "prisma/banks/az-204/case-contoso-2.yaml", text: fileText(caseStudyFile("AZ-204", "case-contoso", caseQuestions("b"))) },
      ],
      TEST_CATALOG,
    );
    expect(bank.problems.map(formatProblem)).toEqual([
      `prisma/banks/az-204/case-contoso-2.yaml:${lineOf(first, "caseStudy:")} caseStudy.id: case study id case-contoso is already used at prisma/banks/az-204/case-contoso.yaml:${lineOf(first, "caseStudy:")}`,
    ]);
    expect(bank.questions.map((q) => q.id)).toEqual(["a-1", "a-2", "a-3", "a-4"]);
    expect(bank.rejected).toBe(4);
  });

  it("collects the problems of every file, and cross-checks exams and skill areas against the catalog", () => {
    const bad = singleQuestion("q-1", { difficulty: 0 });
    const bank = loadBank(
      [
        { path: "prisma/banks/az-204/compute.yaml", text: fileText(skillAreaFile("AZ-204", "compute", [bad])) },
        { path: "prisma/banks/az-204/billing.yaml", text: fileText(skillAreaFile("AZ-204", "billing", [singleQuestion("q-2")])) },
        { path: "prisma/banks/az-204/storage.yaml", text: fileText(skillAreaFile("AZ-900", "storage", [singleQuestion("q-3")])) },
        { path: "prisma/banks/ai-102/nlp.yaml", text: fileText(skillAreaFile("AI-102", "nlp", [singleQuestion("q-4")])) },
      ],
      TEST_CATALOG,
    );
    expect(bank.problems.map((p) => `${p.file} ${p.path}: ${p.message.split(" (")[0]}`)).toEqual([
      "prisma/banks/az-204/compute.yaml questions[0].difficulty: must be a whole number from 1 to 5",
      "prisma/banks/az-204/billing.yaml skillArea: unknown skill area billing of AZ-204",
      "prisma/banks/az-204/storage.yaml exam: AZ-900 does not belong in the folder az-204",
      "prisma/banks/ai-102/nlp.yaml exam: unknown exam AI-102",
    ]);
    expect(bank.questions).toEqual([]);
    expect(bank.rejected).toBe(4);
    // The quality gate still reports the exams whose questions were all rejected; never an exam outside the catalog.
    expect(bank.examCodes).toEqual(["AZ-204", "AZ-900"]);
  });
});
