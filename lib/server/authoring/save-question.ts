import "server-only";
import { randomInt } from "node:crypto";
import { newQuestionId } from "@/lib/domain/authoring/new-question-id.ts";
import { findExam } from "@/lib/domain/bank/catalog.ts";
import { normaliseQuestion } from "@/lib/domain/bank/normalise-question.ts";
import { skillAreaFileQuestionSchema } from "@/lib/domain/bank/source-schema.ts";
import { AppError } from "@/lib/errors.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { fieldErrorsOf } from "@/lib/server/http/respond.ts";
import { importQuestions } from "@/lib/server/questions/import-bank.ts";
import { loadBankCatalog } from "@/lib/server/questions/load-bank-catalog.ts";
import type { SaveQuestionInput } from "@/lib/validation/authoring.ts";
import { assertAuthor, type Actor } from "./actor.ts";
import type { SaveQuestionResultDto } from "./dto.ts";

/** Where a question written in the workspace says it came from (Question.source). */
export const AUTHORING_SOURCE = "authoring";

const invalid = (fieldErrors: Record<string, string[]>) => new AppError("BAD_REQUEST", "Some fields are not valid.", { fieldErrors });

/**
 * Creates (no `questionId`) or saves a question from the authoring form. The form's question is
 * checked by the bank source's zod schema and written by the bank importer, so a save follows the
 * bank's rules exactly: changed content is a new version (older versions stay for the attempts that
 * saw them), a changed status or topic alone updates the question, and unchanged content writes nothing.
 */
export async function saveQuestion(prisma: PrismaClient, actor: Actor, input: SaveQuestionInput, questionId?: string): Promise<SaveQuestionResultDto> {
  assertAuthor(actor);
  const existing = questionId
    ? await prisma.question.findUnique({ where: { id: questionId }, select: { examCode: true, caseStudyId: true, currentVersion: true } })
    : null;
  if (questionId && !existing) throw new AppError("NOT_FOUND", "There is no such question.");
  if (existing && input.baseVersion !== undefined && input.baseVersion !== existing.currentVersion) {
    throw new AppError("CONFLICT", `Someone saved version ${existing.currentVersion} since you opened version ${input.baseVersion}. Reload to see it, then make your change again.`);
  }

  const examCode = existing?.examCode ?? input.examCode;
  if (!examCode) throw invalid({ examCode: ["Choose an exam."] });
  const catalog = await loadBankCatalog(prisma);
  const exam = findExam(catalog, examCode);
  if (!exam) throw invalid({ examCode: [`Unknown exam ${examCode}.`] });
  const skillAreaKey = input.question.skillArea;
  if (typeof skillAreaKey !== "string" || !skillAreaKey) throw invalid({ skillArea: ["is required"] });
  if (!exam.skillAreas.some((area) => area.key === skillAreaKey)) {
    throw invalid({ skillArea: [`unknown skill area ${skillAreaKey} of ${exam.code} (expected one of ${exam.skillAreas.map((a) => a.key).join(", ")})`] });
  }

  const id = questionId ?? (await unusedId(prisma, examCode, skillAreaKey, String(input.question.topic ?? "")));
  const parsed = skillAreaFileQuestionSchema.safeParse({ ...input.question, id });
  if (!parsed.success) throw invalid(fieldErrorsOf(parsed.error));

  const question = normaliseQuestion(parsed.data, {
    examCode,
    skillAreaKey,
    ...(existing?.caseStudyId ? { caseStudyId: existing.caseStudyId } : {}),
    source: { file: AUTHORING_SOURCE, line: 1, path: "" },
  });
  const result = await importQuestions(prisma, { questions: [question], caseStudies: [], problems: [], rejected: 0 });
  if (result.problems.length > 0) throw new AppError("UNPROCESSABLE", result.problems.map((p) => p.message).join("; "));

  const saved = await prisma.question.findUniqueOrThrow({ where: { id }, select: { currentVersion: true } });
  const outcome: SaveQuestionResultDto["outcome"] =
    result.added > 0 ? "created" : result.updated === 0 ? "unchanged" : saved.currentVersion !== existing?.currentVersion ? "new-version" : "updated";
  if (outcome !== "unchanged") {
    await writeAudit(prisma, {
      actorId: actor.id,
      action: outcome === "created" ? "question.create" : "question.edit",
      entityType: "Question",
      entityId: id,
      data: { outcome, version: saved.currentVersion, status: question.status, contentHash: question.contentHash },
    });
  }
  return { id, outcome, currentVersion: saved.currentVersion };
}

async function unusedId(prisma: PrismaClient, examCode: string, skillAreaKey: string, topic: string): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const id = newQuestionId(examCode, skillAreaKey, topic, () => randomInt(1_000_000) / 1_000_000);
    if (!(await prisma.question.findUnique({ where: { id }, select: { id: true } }))) return id;
  }
  throw new AppError("CONFLICT", "Could not find a free question id; please try again.");
}
