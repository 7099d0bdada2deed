import type { Response as AnswerResponse } from "@/lib/domain/questions/content.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { saveItem } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { enroll } from "@/lib/server/guarantee/enroll.ts";
import { fileClaim } from "@/lib/server/guarantee/file-claim.ts";
import { seedGuaranteePolicies } from "@/lib/server/guarantee/load-policy.ts";
import { saveNote } from "@/lib/server/notebook/question-notes.ts";
import { createReport } from "@/lib/server/reports/create-report.ts";
import { seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

/** What one learner owns: the targets of the IDOR tests and the valid ids the fuzzer mixes in. */
export type Holdings = {
  /** An exam simulation in progress (no key may be visible yet). */
  examAttemptId: string;
  /** A submitted practice attempt with every answer wrong, so it has review cards. */
  practiceAttemptId: string;
  /** A practice attempt in progress with immediate feedback. */
  openPracticeAttemptId: string;
  reviewCardId: string;
  notedQuestionId: string;
  claimId: string;
  reportId: string;
};

export type Person = { id: string; email: string; password: string; sessionVersion: number };

export type World = {
  learner: Person & { holdings: Holdings };
  other: Person & { holdings: Holdings };
  author: Person;
  admin: Person;
  /** A published question of the bank that the learners have not met. */
  unseenQuestionId: string;
};

const WRONG: Record<AnswerResponse["type"], AnswerResponse> = {
  single: { type: "single", choice: "d" },
  multiple: { type: "multiple", choices: ["c", "d"] },
  yesno: { type: "yesno", answers: { a: false, b: true, c: false } },
  ordering: { type: "ordering", sequence: ["c", "b", "a"] },
};

function idOf(started: Awaited<ReturnType<typeof startAttempt>>): string {
  if (!("id" in started)) throw new Error(`attempt could not be assembled: ${JSON.stringify(started)}`);
  return started.id;
}

async function holdingsFor(prisma: PrismaClient, userId: string, uploadDir: string): Promise<Holdings> {
  const examAttemptId = idOf(await startAttempt(prisma, userId, { mode: "EXAM", examCode: "AZ-204", acceptNearest: false }));
  const openPracticeAttemptId = idOf(await startAttempt(prisma, userId, { mode: "PRACTICE", examCode: "AZ-204", count: 5 }));

  const practiceAttemptId = idOf(await startAttempt(prisma, userId, { mode: "PRACTICE", examCode: "AZ-204", count: 4 }));
  const practice = await getAttempt(prisma, userId, practiceAttemptId);
  for (const item of practice.items) await saveItem(prisma, userId, practiceAttemptId, item.position, { response: WRONG[item.view.type] });
  await submitAttempt(prisma, userId, practiceAttemptId);
  const card = await prisma.reviewCard.findFirstOrThrow({ where: { userId }, select: { id: true, questionId: true } });

  await saveNote(prisma, userId, card.questionId, "My note on this question.");
  const { id: reportId } = await createReport(prisma, { id: userId, role: "LEARNER" }, { questionId: card.questionId, kind: "TYPO", text: "There is a typo in the stem." });

  const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
  await enroll(prisma, userId, "AZ-204", { now: day("2026-01-05") });
  const claim = await fileClaim(
    prisma,
    userId,
    "AZ-204",
    { examDate: "2026-02-20", score: 640, scoreReportId: "SR-2026-0001", statement: "I failed by a few points on networking.", upload: PDF_BYTES },
    { now: day("2026-02-26"), uploadDir },
  );
  return { examAttemptId, practiceAttemptId, openPracticeAttemptId, reviewCardId: card.id, notedQuestionId: card.questionId, claimId: claim.id, reportId };
}

async function person(prisma: PrismaClient, role: "LEARNER" | "AUTHOR" | "ADMIN"): Promise<Person> {
  const user = await createUser(prisma, { role });
  return { id: user.id, email: user.email, password: user.password, sessionVersion: user.sessionVersion };
}

/** Two learners with one of everything a learner can own, an author and an admin, on a small AZ-204 bank. */
export async function buildWorld(prisma: PrismaClient, uploadDir: string): Promise<World> {
  await seedTestBank(prisma, { perArea: 14 });
  await seedGuaranteePolicies(prisma);
  const learner = await person(prisma, "LEARNER");
  const other = await person(prisma, "LEARNER");
  const world: World = {
    learner: { ...learner, holdings: await holdingsFor(prisma, learner.id, uploadDir) },
    other: { ...other, holdings: await holdingsFor(prisma, other.id, uploadDir) },
    author: await person(prisma, "AUTHOR"),
    admin: await person(prisma, "ADMIN"),
    unseenQuestionId: "",
  };
  const met = await prisma.attemptItem.findMany({ select: { questionId: true }, distinct: ["questionId"] });
  const unseen = await prisma.question.findFirstOrThrow({ where: { status: "PUBLISHED", id: { notIn: met.map((m) => m.questionId) } }, select: { id: true } });
  world.unseenQuestionId = unseen.id;
  return world;
}
