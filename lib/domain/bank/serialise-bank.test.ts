import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { caseStudyFile, fileText, multipleQuestion, orderingQuestion, singleQuestion, skillAreaFile, TEST_CATALOG, yesnoQuestion } from "@/tests/fixtures/bank.ts";
import { parseCatalog } from "@/lib/domain/catalog/catalog-schema.ts";
import { loadBank } from "./load-bank.ts";
import type { BankFile } from "./parse-bank-file.ts";
import { serialiseExamBank } from "./serialise-bank.ts";

const fingerprint = (questions: ReturnType<typeof loadBank>["questions"]) =>
  questions.map((q) => ({ id: q.id, hash: q.contentHash, status: q.status, topic: q.topic, caseStudyId: q.caseStudyId })).sort((a, b) => a.id.localeCompare(b.id));

function roundTrip(files: BankFile[], examCode: string) {
  const before = loadBank(files, TEST_CATALOG);
  expect(before.problems).toEqual([]);
  const exported = serialiseExamBank(examCode, before.questions, before.caseStudies).map((f) => ({ ...f, path: `out/${f.path}` }));
  const after = loadBank(exported, TEST_CATALOG);
  return { before, after, exported };
}

describe("serialiseExamBank", () => {
  it("writes one file per skill area and per case study, and reading them back gives the same hashes", () => {
    const code = `A function reads a queue:

\`\`\`csharp
    [Function("Orders")]
    public void Run([QueueTrigger("orders")] string order) { }
\`\`\`

  Which change is needed?   `;
    const files = [
      {
        path: "prisma/banks/az-204/compute.yaml",
        text: fileText(
          skillAreaFile("AZ-204", "compute", [
            singleQuestion("c-1", { stem: code, status: "draft", topic: "Triggers: queue" }),
            multipleQuestion("c-2", { partialCredit: true }),
            yesnoQuestion("c-3", { status: "retired" }),
            orderingQuestion("c-4"),
            singleQuestion("c-5", { skillArea: "storage", stem: "One line: with a colon and 'quotes' # not a comment" }),
          ]),
        ),
      },
      { path: "prisma/banks/az-204/case-contoso.yaml", text: fileText(caseStudyFile("AZ-204", "case-contoso", ["k-1", "k-2", "k-3", "k-4"].map((id) => singleQuestion(id, { skillArea: "connect" })))) },
    ];
    const { before, after, exported } = roundTrip(files, "AZ-204");
    expect(exported.map((f) => f.path)).toEqual(["out/az-204/compute.yaml", "out/az-204/storage.yaml", "out/az-204/case-contoso.yaml"]);
    expect(after.problems).toEqual([]);
    expect(fingerprint(after.questions)).toEqual(fingerprint(before.questions));
    expect(after.caseStudies.map((c) => c.contentHash)).toEqual(before.caseStudies.map((c) => c.contentHash));
  });

  it("writes Markdown as | blocks, only correct: true, and yes/no answers as words", () => {
    const files = [{ path: "prisma/banks/az-204/compute.yaml", text: fileText(skillAreaFile("AZ-204", "compute", [singleQuestion("c-1"), yesnoQuestion("c-2")])) }];
    const text = roundTrip(files, "AZ-204").exported[0]!.text;
    expect(text).toContain("    stem: |\n      Case c-1:");
    expect(text).not.toContain("correct: false");
    expect(text).toMatch(/answer: yes\n/);
    expect(text).toContain("\n\n  - id: c-2");
  });

  it("round-trips the bundled banks", { timeout: 60_000 }, () => {
    const catalog = parseCatalog(fs.readFileSync("prisma/catalog/exams.yaml", "utf8")).exams;
    const root = "prisma/banks";
    const paths = fs.readdirSync(root, { recursive: true }).map(String).filter((p) => p.endsWith(".yaml"));
    const before = loadBank(
      paths.map((p) => ({ path: path.join(root, p), text: fs.readFileSync(path.join(root, p), "utf8") })),
      catalog,
    );
    const examCodes = [...new Set(before.questions.map((q) => q.examCode))];
    const exported = examCodes.flatMap((examCode) => serialiseExamBank(examCode, before.questions, before.caseStudies));
    const after = loadBank(exported.map((f) => ({ ...f, path: `out/${f.path}` })), catalog);
    expect(after.problems).toEqual([]);
    expect(fingerprint(after.questions)).toEqual(fingerprint(before.questions));
  });
});
