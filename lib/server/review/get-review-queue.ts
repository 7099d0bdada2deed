import "server-only";
import { daysUntil, startOfNextDay } from "@/lib/domain/review/local-day.ts";
import { excerpt } from "@/lib/domain/review/excerpt.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";
import { cardSelect, toCardDto } from "./card-dto.ts";
import { activeCardsWhere } from "./due-cards.ts";
import type { QueueCardDto, ReviewQueueDto } from "./dto.ts";

const LIST_LIMIT = 50;

/** The learner's review queue: what is due today per exam, what comes later, and retired cards. */
export async function getReviewQueue(prisma: PrismaClient, userId: string, now: Date, timeZone: string): Promise<ReviewQueueDto> {
  const endOfToday = startOfNextDay(now, timeZone);
  const active = activeCardsWhere(userId);
  const dueWhere: Prisma.ReviewCardWhereInput = { ...active, due: { lt: endOfToday } };
  const upcomingWhere: Prisma.ReviewCardWhereInput = { ...active, due: { gte: endOfToday } };
  const retiredWhere: Prisma.ReviewCardWhereInput = { userId, retiredAt: { not: null } };

  const select = {
    ...cardSelect,
    question: {
      select: {
        examCode: true,
        currentVersion: true,
        skillArea: { select: { name: true } },
        versions: { select: { version: true, stem: true } },
        exam: { select: { title: true } },
      },
    },
  } satisfies Prisma.ReviewCardSelect;
  type Row = Prisma.ReviewCardGetPayload<{ select: typeof select }>;
  const toQueueCard = (row: Row): QueueCardDto => ({
    ...toCardDto(row),
    examCode: row.question.examCode,
    skillAreaName: row.question.skillArea.name,
    excerpt: excerpt(row.question.versions.find((v) => v.version === row.question.currentVersion)?.stem ?? ""),
    daysUntilDue: daysUntil(row.due, now, timeZone),
  });

  const [due, upcoming, retired, dueCount, upcomingCount, retiredCount, dueGroups] = await Promise.all([
    prisma.reviewCard.findMany({ where: dueWhere, orderBy: [{ due: "asc" }, { id: "asc" }], take: LIST_LIMIT, select }),
    prisma.reviewCard.findMany({ where: upcomingWhere, orderBy: [{ due: "asc" }, { id: "asc" }], take: LIST_LIMIT, select }),
    prisma.reviewCard.findMany({ where: retiredWhere, orderBy: [{ retiredAt: "desc" }, { id: "asc" }], take: LIST_LIMIT, select }),
    prisma.reviewCard.count({ where: dueWhere }),
    prisma.reviewCard.count({ where: upcomingWhere }),
    prisma.reviewCard.count({ where: retiredWhere }),
    prisma.reviewCard.findMany({ where: dueWhere, select: { question: { select: { examCode: true } } } }),
  ]);

  const perExam = new Map<string, number>();
  for (const row of dueGroups) perExam.set(row.question.examCode, (perExam.get(row.question.examCode) ?? 0) + 1);
  const exams = await prisma.exam.findMany({ where: { code: { in: [...perExam.keys()] } }, orderBy: { position: "asc" }, select: { code: true, title: true } });

  return {
    timeZone,
    dueByExam: exams.map((e) => ({ examCode: e.code, examTitle: e.title, count: perExam.get(e.code)! })),
    due: due.map(toQueueCard),
    upcoming: upcoming.map(toQueueCard),
    retired: retired.map(toQueueCard),
    totals: { due: dueCount, upcoming: upcomingCount, retired: retiredCount },
  };
}
