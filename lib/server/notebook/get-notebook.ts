import "server-only";
import type { Response, QuestionType } from "@/lib/domain/questions/content.ts";
import { toAnswerReveal, toQuestionView } from "@/lib/domain/questions/view.ts";
import { contentOf } from "@/lib/server/attempts/load-attempt.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { cardSelect, toCardDto } from "@/lib/server/review/card-dto.ts";
import type { NotebookQuery } from "@/lib/validation/review.ts";
import type { NotebookDto, NotebookEntryDto, NotebookFacetsDto } from "./dto.ts";
import { gradedItemsWhere, missedItemsWhere } from "./missed-where.ts";

export const NOTEBOOK_PAGE_SIZE = 20;
const TYPES: Record<string, QuestionType> = { SINGLE: "single", MULTIPLE: "multiple", YESNO: "yesno", ORDERING: "ordering" };

/**
 * The wrong-answer notebook: every question the learner has answered wrongly (in any attempt, any
 * version), the most recently missed first — how often and when, the latest answer with the key
 * and explanation (all of these answers are final, so the key is theirs to see), their note and
 * review card.
 */
export async function getNotebook(prisma: PrismaClient, userId: string, query: NotebookQuery): Promise<NotebookDto> {
  // A skill-area key means something only within its exam.
  const filters = { examCode: query.exam, skillArea: query.exam ? query.area : undefined, q: query.q };
  const [groups, allGroups] = await Promise.all([
    prisma.attemptItem.groupBy({
      by: ["questionId"],
      where: missedItemsWhere(userId, filters),
      _count: { _all: true },
      _max: { answeredAt: true },
      orderBy: [{ _max: { answeredAt: "desc" } }, { questionId: "asc" }],
    }),
    prisma.attemptItem.groupBy({ by: ["questionId"], where: missedItemsWhere(userId) }),
  ]);
  const total = groups.length;
  const pageCount = Math.max(1, Math.ceil(total / NOTEBOOK_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const pageGroups = groups.slice((page - 1) * NOTEBOOK_PAGE_SIZE, page * NOTEBOOK_PAGE_SIZE);
  const ids = pageGroups.map((g) => g.questionId);

  const [facets, questions, answers, notes, cards] = await Promise.all([
    loadFacets(prisma, allGroups.map((g) => g.questionId)),
    prisma.question.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        type: true,
        difficulty: true,
        status: true,
        currentVersion: true,
        exam: { select: { code: true, title: true } },
        skillArea: { select: { key: true, name: true } },
      },
    }),
    prisma.attemptItem.findMany({
      where: { AND: [gradedItemsWhere(userId), { questionId: { in: ids } }] },
      orderBy: [{ answeredAt: "desc" }, { id: "asc" }],
      select: {
        questionId: true,
        attemptId: true,
        isCorrect: true,
        answeredAt: true,
        response: true,
        optionOrder: true,
        questionVersion: { select: { version: true, stem: true, content: true, explanation: true, references: true } },
      },
    }),
    prisma.questionNote.findMany({ where: { userId, questionId: { in: ids } }, select: { questionId: true, text: true, updatedAt: true } }),
    prisma.reviewCard.findMany({ where: { userId, questionId: { in: ids } }, select: cardSelect }),
  ]);

  const questionOf = new Map(questions.map((q) => [q.id, q]));
  const noteOf = new Map(notes.map((n) => [n.questionId, n]));
  const cardOf = new Map(cards.map((c) => [c.questionId, c]));
  const answersOf = new Map<string, typeof answers>();
  for (const a of answers) answersOf.set(a.questionId, [...(answersOf.get(a.questionId) ?? []), a]);

  const entries: NotebookEntryDto[] = pageGroups.map((group) => {
    const question = questionOf.get(group.questionId)!;
    const history = answersOf.get(group.questionId)!;
    const latest = history[0]!;
    const content = contentOf(latest.questionVersion);
    const note = noteOf.get(group.questionId);
    const card = cardOf.get(group.questionId);
    const misses = history.filter((a) => a.isCorrect === false);
    return {
      questionId: question.id,
      exam: question.exam,
      skillArea: question.skillArea,
      type: TYPES[question.type]!,
      difficulty: question.difficulty,
      practisable: question.status === "PUBLISHED",
      currentVersion: question.currentVersion,
      timesMissed: misses.length,
      timesAnswered: history.length,
      lastMissedAt: misses[0]!.answeredAt!.toISOString(),
      missedAt: misses.slice(0, 10).map((a) => a.answeredAt!.toISOString()),
      latest: {
        isCorrect: latest.isCorrect === true,
        answeredAt: latest.answeredAt!.toISOString(),
        attemptId: latest.attemptId,
        version: latest.questionVersion.version,
        stem: latest.questionVersion.stem,
        view: toQuestionView(content, latest.optionOrder as string[]),
        response: (latest.response ?? null) as Response | null,
        answer: toAnswerReveal(content),
        explanation: latest.questionVersion.explanation,
        references: latest.questionVersion.references,
      },
      note: note ? { text: note.text, updatedAt: note.updatedAt.toISOString() } : null,
      card: card ? toCardDto(card) : null,
    };
  });
  return { entries, total, page, pageCount, pageSize: NOTEBOOK_PAGE_SIZE, facets };
}

async function loadFacets(prisma: PrismaClient, questionIds: string[]): Promise<NotebookFacetsDto> {
  if (questionIds.length === 0) return [];
  const questions = await prisma.question.findMany({
    where: { id: { in: questionIds } },
    select: { exam: { select: { code: true, title: true, position: true } }, skillArea: { select: { key: true, name: true, position: true } } },
  });
  const exams = new Map<string, { code: string; title: string; position: number; count: number; areas: Map<string, { key: string; name: string; position: number; count: number }> }>();
  for (const q of questions) {
    const exam = exams.get(q.exam.code) ?? { ...q.exam, count: 0, areas: new Map() };
    exam.count += 1;
    const area = exam.areas.get(q.skillArea.key) ?? { ...q.skillArea, count: 0 };
    area.count += 1;
    exam.areas.set(q.skillArea.key, area);
    exams.set(q.exam.code, exam);
  }
  return [...exams.values()]
    .sort((a, b) => a.position - b.position)
    .map((e) => ({
      code: e.code,
      title: e.title,
      count: e.count,
      areas: [...e.areas.values()].sort((a, b) => a.position - b.position).map(({ key, name, count }) => ({ key, name, count })),
    }));
}
