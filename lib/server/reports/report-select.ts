import "server-only";
import type { MyReportDto } from "./dto.ts";

export const reportSelect = {
  id: true,
  kind: true,
  text: true,
  status: true,
  resolutionNote: true,
  resolvedAt: true,
  createdAt: true,
  questionVersion: { select: { version: true, stem: true } },
  question: { select: { id: true, examCode: true, currentVersion: true, status: true, versions: { select: { version: true, stem: true }, orderBy: { version: "desc" as const }, take: 1 } } },
} as const;

type ReportRow = {
  id: string;
  kind: MyReportDto["kind"];
  text: string;
  status: MyReportDto["status"];
  resolutionNote: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  questionVersion: { version: number; stem: string } | null;
  question: { id: string; examCode: string; currentVersion: number; versions: { version: number; stem: string }[] };
};

export function toReportDto(row: ReportRow): MyReportDto {
  const stem = row.questionVersion?.stem ?? row.question.versions[0]?.stem ?? "";
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    status: row.status,
    resolutionNote: row.resolutionNote,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    question: { id: row.question.id, examCode: row.question.examCode, version: row.questionVersion?.version ?? null, currentVersion: row.question.currentVersion, stemExcerpt: excerpt(stem) },
  };
}

function excerpt(stem: string): string {
  const plain = stem.replace(/```[\s\S]*?```/g, " [code] ").replace(/[`*_#>]/g, "").replace(/\s+/g, " ").trim();
  return plain.length > 140 ? `${plain.slice(0, 137)}…` : plain;
}
