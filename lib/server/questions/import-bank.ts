import "server-only";
import { canonicalJson } from "@/lib/domain/bank/content-hash.ts";
import type { LoadedBank } from "@/lib/domain/bank/load-bank.ts";
import type { NormalisedQuestion } from "@/lib/domain/bank/normalise-question.ts";
import type { BankProblem } from "@/lib/domain/bank/problem.ts";
import type { Prisma, PrismaClient, QuestionStatus, QuestionType } from "@/lib/server/db/generated/client.ts";
import { bumpBankVersions } from "./bank-version.ts";
import { insertQuestions, insertQuestionVersions, type QuestionInsert, type QuestionVersionInsert } from "./bulk-insert.ts";

export type ImportProgress = { done: number; total: number };

export type ImportOptions = {
  /** Work out what would change, write nothing. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
};

export type ImportResult = {
  added: number;
  /** New versions, and questions whose status or topic changed. */
  updated: number;
  unchanged: number;
  rejected: number;
  problems: BankProblem[];
  caseStudies: { added: number; updated: number; unchanged: number };
  dryRun: boolean;
};

type Tx = Prisma.TransactionClient;
type RowUpdate = { id: string; data: Prisma.QuestionUpdateManyMutationInput & { skillAreaId?: string; caseStudyId?: string | null } };

const READ_CHUNK = 5_000;
const WRITE_CHUNK = 2_000;
const TRANSACTION = { maxWait: 60_000, timeout: 15 * 60_000 };

export const DB_TYPE: Record<NormalisedQuestion["type"], QuestionType> = { single: "SINGLE", multiple: "MULTIPLE", yesno: "YESNO", ordering: "ORDERING" };
export const DB_STATUS: Record<NormalisedQuestion["status"], QuestionStatus> = { draft: "DRAFT", published: "PUBLISHED", retired: "RETIRED" };

/**
 * Writes a loaded bank to the database, all or nothing, in one transaction. Idempotent by content
 * hash: a new id is created at version 1; an unchanged hash is left alone (a new status or topic
 * only updates the question row); a changed hash adds the next version and points the question at
 * it, keeping the old versions that attempts refer to. Questions absent from the bank are left as
 * they are. Nothing is written while the bank has problems.
 */
export async function importQuestions(prisma: PrismaClient, loaded: LoadedBank, options: ImportOptions = {}): Promise<ImportResult> {
  const dryRun = options.dryRun === true;
  const nothing = { added: 0, updated: 0, unchanged: 0, caseStudies: { added: 0, updated: 0, unchanged: 0 }, dryRun };
  if (loaded.problems.length > 0) return { ...nothing, rejected: loaded.rejected, problems: loaded.problems };

  return prisma.$transaction(async (tx) => {
    const skillAreaIds = await readSkillAreaIds(tx, loaded);
    const missing = catalogProblems(loaded, skillAreaIds);
    if (missing.problems.length > 0) return { ...nothing, rejected: missing.rejected, problems: missing.problems };

    const plan = await planImport(tx, loaded, skillAreaIds);
    const counts = {
      added: plan.creates.length,
      updated: plan.versionBumps.length + plan.rowOnlyUpdates.length,
      unchanged: plan.unchanged,
      rejected: 0,
      problems: [],
      caseStudies: { added: plan.caseStudyCreates.length, updated: plan.caseStudyUpdates.length, unchanged: plan.caseStudiesUnchanged },
      dryRun,
    };
    if (!dryRun) await writePlan(tx, plan, options.onProgress);
    return counts;
  }, TRANSACTION);
}

export function summariseImport(result: Pick<ImportResult, "added" | "updated" | "unchanged" | "rejected">): string {
  return `added ${result.added}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected}`;
}

async function readSkillAreaIds(tx: Tx, loaded: LoadedBank): Promise<Map<string, string>> {
  const examCodes = [...new Set(loaded.questions.map((q) => q.examCode))];
  const areas = await tx.skillArea.findMany({ where: { examCode: { in: examCodes } }, select: { id: true, examCode: true, key: true } });
  return new Map(areas.map((area) => [`${area.examCode}/${area.key}`, area.id]));
}

/** The bank was checked against a catalog; this catches a database that lacks it (the catalog was never seeded). */
function catalogProblems(loaded: LoadedBank, skillAreaIds: Map<string, string>): { problems: BankProblem[]; rejected: number } {
  const problems: BankProblem[] = [];
  for (const q of loaded.questions) {
    if (skillAreaIds.has(`${q.examCode}/${q.skillAreaKey}`)) continue;
    problems.push({
      file: q.source.file,
      line: q.source.line,
      path: q.source.path,
      message: `the database has no skill area ${q.skillAreaKey} of exam ${q.examCode}; load the exam catalog first`,
    });
  }
  return { problems, rejected: problems.length };
}

type Plan = {
  caseStudyCreates: Prisma.CaseStudyCreateManyInput[];
  caseStudyUpdates: { id: string; data: Prisma.CaseStudyUpdateInput }[];
  caseStudiesUnchanged: number;
  creates: QuestionInsert[];
  versions: QuestionVersionInsert[];
  versionBumps: RowUpdate[];
  rowOnlyUpdates: RowUpdate[];
  unchanged: number;
};

async function planImport(tx: Tx, loaded: LoadedBank, skillAreaIds: Map<string, string>): Promise<Plan> {
  const existingCaseStudies = new Map(
    (await tx.caseStudy.findMany({ where: { id: { in: loaded.caseStudies.map((c) => c.id) } }, select: { id: true, contentHash: true } })).map((c) => [c.id, c.contentHash]),
  );
  const plan: Plan = { caseStudyCreates: [], caseStudyUpdates: [], caseStudiesUnchanged: 0, creates: [], versions: [], versionBumps: [], rowOnlyUpdates: [], unchanged: 0 };
  for (const caseStudy of loaded.caseStudies) {
    const data = { examCode: caseStudy.examCode, title: caseStudy.title, tabs: caseStudy.tabs, contentHash: caseStudy.contentHash };
    const hash = existingCaseStudies.get(caseStudy.id);
    if (hash === undefined) plan.caseStudyCreates.push({ id: caseStudy.id, ...data });
    else if (hash !== caseStudy.contentHash) plan.caseStudyUpdates.push({ id: caseStudy.id, data });
    else plan.caseStudiesUnchanged += 1;
  }

  const existing = await readExisting(tx, loaded.questions.map((q) => q.id));
  for (const question of loaded.questions) {
    const skillAreaId = skillAreaIds.get(`${question.examCode}/${question.skillAreaKey}`)!;
    const row = {
      examCode: question.examCode,
      skillAreaId,
      caseStudyId: question.caseStudyId ?? null,
      type: DB_TYPE[question.type],
      difficulty: question.difficulty,
      status: DB_STATUS[question.status],
      topic: question.topic,
      source: question.source.file,
    };
    const current = existing.get(question.id);
    if (!current) {
      plan.creates.push({ id: question.id, ...row, currentVersion: 1 });
      plan.versions.push(versionRow(question, 1));
    } else if (current.contentHash !== question.contentHash) {
      const version = current.latestVersion + 1;
      plan.versions.push(versionRow(question, version));
      plan.versionBumps.push({ id: question.id, data: { ...row, currentVersion: version } });
    } else if (current.status !== row.status || current.topic !== row.topic) {
      plan.rowOnlyUpdates.push({ id: question.id, data: { status: row.status, topic: row.topic, source: row.source } });
    } else {
      plan.unchanged += 1;
    }
  }
  return plan;
}

type Existing = { status: QuestionStatus; topic: string | null; contentHash: string | undefined; latestVersion: number };

async function readExisting(tx: Tx, ids: string[]): Promise<Map<string, Existing>> {
  const existing = new Map<string, Existing>();
  for (const chunk of chunks(ids, READ_CHUNK)) {
    const rows = await tx.question.findMany({ where: { id: { in: chunk } }, select: { id: true, status: true, topic: true, currentVersion: true } });
    if (rows.length === 0) continue;
    const versions = await tx.questionVersion.findMany({
      where: { questionId: { in: rows.map((r) => r.id) } },
      select: { questionId: true, version: true, contentHash: true },
    });
    const byQuestion = new Map<string, { current?: string; latest: number }>();
    const currentOf = new Map(rows.map((r) => [r.id, r.currentVersion]));
    for (const v of versions) {
      const entry = byQuestion.get(v.questionId) ?? { latest: 0 };
      entry.latest = Math.max(entry.latest, v.version);
      if (currentOf.get(v.questionId) === v.version) entry.current = v.contentHash;
      byQuestion.set(v.questionId, entry);
    }
    for (const row of rows) {
      const entry = byQuestion.get(row.id);
      existing.set(row.id, { status: row.status, topic: row.topic, contentHash: entry?.current, latestVersion: entry?.latest ?? 0 });
    }
  }
  return existing;
}

function versionRow(question: NormalisedQuestion, version: number): QuestionVersionInsert {
  return {
    questionId: question.id,
    version,
    contentHash: question.contentHash,
    stem: question.stem,
    content: question.content,
    explanation: question.explanation,
    references: question.references,
    partialCredit: question.content.type === "multiple" && question.content.partialCredit,
    points: question.points,
  };
}

async function writePlan(tx: Tx, plan: Plan, onProgress: ImportOptions["onProgress"]): Promise<void> {
  const updateGroups = groupByData([...plan.versionBumps, ...plan.rowOnlyUpdates]);
  const total = plan.caseStudyCreates.length + plan.caseStudyUpdates.length + plan.creates.length + plan.versions.length + plan.versionBumps.length + plan.rowOnlyUpdates.length;
  let done = 0;
  const advance = (n: number) => {
    done += n;
    onProgress?.({ done, total });
  };
  onProgress?.({ done, total });

  if (plan.caseStudyCreates.length) await tx.caseStudy.createMany({ data: plan.caseStudyCreates });
  advance(plan.caseStudyCreates.length);
  for (const { id, data } of plan.caseStudyUpdates) {
    await tx.caseStudy.update({ where: { id }, data });
    advance(1);
  }
  for (const chunk of chunks(plan.creates, WRITE_CHUNK)) {
    await insertQuestions(tx, chunk);
    advance(chunk.length);
  }
  // Versions after their questions (foreign key); the rows that point at a new version after it exists.
  for (const chunk of chunks(plan.versions, WRITE_CHUNK)) {
    await insertQuestionVersions(tx, chunk);
    advance(chunk.length);
  }
  for (const group of updateGroups) {
    for (const ids of chunks(group.ids, READ_CHUNK)) {
      await tx.question.updateMany({ where: { id: { in: ids } }, data: group.data });
      await bumpBankVersions(tx, ids);
      advance(ids.length);
    }
  }
}

/** Updates that set the same values run as one updateMany: a bulk edit of a bank costs a few queries, not one per question. */
function groupByData(updates: RowUpdate[]): { ids: string[]; data: RowUpdate["data"] }[] {
  const groups = new Map<string, { ids: string[]; data: RowUpdate["data"] }>();
  for (const update of updates) {
    const key = canonicalJson(update.data);
    const group = groups.get(key);
    if (group) group.ids.push(update.id);
    else groups.set(key, { ids: [update.id], data: update.data });
  }
  return [...groups.values()];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
