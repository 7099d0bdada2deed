import { examSlug } from "@/lib/domain/catalog/catalog-schema.ts";

/** What the bank needs to know of the exam catalog: read from the database, or from prisma/catalog/exams.yaml when there is none. */
export type CatalogSkillArea = { key: string; name: string; weightMin: number; weightMax: number };
export type CatalogExam = { code: string; skillAreas: readonly CatalogSkillArea[] };
export type BankCatalog = readonly CatalogExam[];

/** The folder of an exam's bank files, the exam's slug: prisma/banks/az-204 holds AZ-204. */
export function examFolderName(examCode: string): string {
  return examSlug(examCode);
}

export function findExam(catalog: BankCatalog, examCode: string): CatalogExam | undefined {
  return catalog.find((exam) => exam.code === examCode);
}
