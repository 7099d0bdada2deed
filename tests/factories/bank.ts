import crypto from "node:crypto";
import { pointsFor, type QuestionContent, type QuestionType, type Response } from "@/lib/domain/questions/content.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { seedCatalog } from "@/lib/server/catalog/seed-catalog.ts";

const TYPE = { single: "SINGLE", multiple: "MULTIPLE", yesno: "YESNO", ordering: "ORDERING" } as const;

/** Distinctive key text, so leak tests can search every response for it. */
export const KEY_MARKER = "KEYMARK";
export const WHY_MARKER = "WHYMARK";

function contentFor(kind: keyof typeof TYPE, n: string): QuestionContent {
  const opt = (id: string, correct: boolean) => ({ id, text: `Option ${id} of ${n}`, correct, why: `${WHY_MARKER} ${id} ${n}` });
  switch (kind) {
    case "single":
      return { type: "single", options: [opt("a", true), opt("b", false), opt("c", false), opt("d", false)] };
    case "multiple":
      return { type: "multiple", partialCredit: false, options: [opt("a", true), opt("b", true), opt("c", false), opt("d", false)] };
    case "yesno":
      return {
        type: "yesno",
        statements: ["a", "b", "c"].map((id, i) => ({ id, text: `Statement ${id} of ${n}`, answer: i !== 1, why: `${WHY_MARKER} ${id} ${n}` })),
      };
    case "ordering":
      return {
        type: "ordering",
        options: [
          { id: "a", text: `Step a of ${n}`, position: 1, why: `${WHY_MARKER} a` },
          { id: "b", text: `Step b of ${n}`, position: 2, why: `${WHY_MARKER} b` },
          { id: "c", text: `Step c of ${n}`, position: 3, why: `${WHY_MARKER} c` },
          { id: "d", text: `Distractor d of ${n}`, why: `${WHY_MARKER} d` },
        ],
      };
  }
}

/**
 * A small bank for one exam: `perArea` questions in every skill area, cycling through every type,
 * plus one case study of four questions. Shared by integration tests and benchmarks.
 */
export async function seedTestBank(prisma: PrismaClient, options: { examCode?: string; perArea?: number; caseStudy?: boolean } = {}) {
  const examCode = options.examCode ?? "AZ-204";
  const perArea = options.perArea ?? 12;
  if ((await prisma.exam.count()) === 0) await seedCatalog(prisma);
  const areas = await prisma.skillArea.findMany({ where: { examCode }, orderBy: { position: "asc" } });
  const kinds = Object.keys(TYPE) as (keyof typeof TYPE)[];
  const prefix = examCode.toLowerCase().replace("-", "");
  const created: string[] = [];

  const create = async (id: string, skillAreaId: string, kind: keyof typeof TYPE, caseStudyId?: string) => {
    const content = contentFor(kind, id);
    await prisma.question.create({
      data: {
        id,
        examCode,
        skillAreaId,
        caseStudyId,
        type: TYPE[kind],
        difficulty: (created.length % 5) + 1,
        status: "PUBLISHED",
        versions: {
          create: {
            version: 1,
            contentHash: crypto.createHash("sha256").update(JSON.stringify(content)).digest("hex"),
            stem: `Stem of ${id}: what should you do?`,
            content,
            explanation: `${KEY_MARKER} explanation of ${id}`,
            references: ["https://learn.microsoft.com/azure/"],
            partialCredit: false,
            points: pointsFor(content),
          },
        },
      },
    });
    created.push(id);
  };

  for (const area of areas) {
    for (let i = 0; i < perArea; i++) await create(`${prefix}-${area.key}-${String(i + 1).padStart(3, "0")}`, area.id, kinds[i % kinds.length]!);
  }
  if (options.caseStudy !== false) {
    const caseId = `case-${prefix}-test`;
    await prisma.caseStudy.create({
      data: { id: caseId, examCode, title: "Contoso test case", tabs: [{ title: "Overview", body: "Contoso runs things." }], contentHash: "x" },
    });
    for (let i = 0; i < 4; i++) await create(`${prefix}-case-test-${i + 1}`, areas[i % areas.length]!.id, kinds[i % kinds.length]!, caseId);
  }
  return { examCode, questionIds: created };
}

/**
 * An answer by this bank's key convention (options a and b correct, statement b = no, order
 * a-b-c): the right one, or a wrong one of the same shape.
 */
export function answerByKey(view: { type: QuestionType }, right = true): Response {
  switch (view.type) {
    case "single":
      return { type: "single", choice: right ? "a" : "b" };
    case "multiple":
      return { type: "multiple", choices: right ? ["a", "b"] : ["a", "c"] };
    case "yesno":
      return { type: "yesno", answers: { a: right, b: false, c: true } };
    case "ordering":
      return { type: "ordering", sequence: right ? ["a", "b", "c"] : ["b", "a", "c"] };
  }
}
