import "server-only";
import { blocksImport, type ImportFormat, type ImportProblem, type SkippedEntry } from "@/lib/domain/bank/formats/import-types.ts";
import { parseImport } from "@/lib/domain/bank/formats/parse-import.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { importQuestions } from "@/lib/server/questions/import-bank.ts";
import { loadBankCatalog } from "@/lib/server/questions/load-bank-catalog.ts";
import { assertAuthor, type Actor } from "./actor.ts";

export type ImportUpload = {
  format: ImportFormat;
  examCode: string;
  skillAreaKey?: string;
  mapping: Record<string, string>;
  skipUnsupported: boolean;
  dryRun: boolean;
  files: { name: string; bytes: Uint8Array }[];
};

export type ImportReportDto = {
  dryRun: boolean;
  /** True only when questions were written. */
  committed: boolean;
  /** False while a blocking problem stands: nothing was (or would be) written. */
  ok: boolean;
  files: string[];
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  caseStudies: { added: number; updated: number; unchanged: number };
  /** Every located problem; `incomplete` ones do not block (the question is imported as a draft). */
  problems: ImportProblem[];
  skipped: SkippedEntry[];
};

/**
 * An uploaded import: parsed with the format's reader against the database's catalog, then planned
 * (dry run) or written by the bank importer in one transaction. While any problem blocks, nothing
 * is written and the report lists every problem with its file and line.
 */
export async function importUpload(prisma: PrismaClient, actor: Actor, upload: ImportUpload): Promise<ImportReportDto> {
  assertAuthor(actor);
  const catalog = await loadBankCatalog(prisma);
  const merged = parseImport(
    upload.format,
    upload.files.map((file) => ({ name: file.name, text: file.bytes })),
    {
      examCode: upload.examCode,
      ...(upload.skillAreaKey ? { skillAreaKey: upload.skillAreaKey } : {}),
      ...(Object.keys(upload.mapping).length ? { mapping: upload.mapping } : {}),
      skipUnsupported: upload.skipUnsupported,
      catalog,
    },
  );
  const base = {
    dryRun: upload.dryRun,
    committed: false,
    files: upload.files.map((f) => f.name),
    caseStudies: { added: 0, updated: 0, unchanged: 0 },
    skipped: merged.skipped,
  };
  if (merged.problems.some(blocksImport)) {
    return { ...base, ok: false, added: 0, updated: 0, unchanged: 0, rejected: merged.rejected, problems: merged.problems };
  }

  const result = await importQuestions(prisma, { questions: merged.questions, caseStudies: merged.caseStudies, problems: [], rejected: 0 }, { dryRun: upload.dryRun });
  const problems: ImportProblem[] = [...merged.problems, ...result.problems.map((p) => ({ ...p, kind: "invalid" as const }))];
  const ok = result.problems.length === 0;
  const report: ImportReportDto = {
    ...base,
    ok,
    committed: ok && !upload.dryRun,
    added: result.added,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected,
    caseStudies: result.caseStudies,
    problems,
  };
  if (report.committed && report.added + report.updated > 0) {
    await writeAudit(prisma, {
      actorId: actor.id,
      action: "question.import",
      entityType: "QuestionImport",
      entityId: `${upload.examCode}:${upload.format}`,
      data: { files: report.files, added: report.added, updated: report.updated, unchanged: report.unchanged, questionIds: merged.questions.map((q) => q.id) },
    });
  }
  return report;
}
