import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { smartSettingsOf, type SmartEstimateRecord } from "./smart-settings.ts";

export type SmartPlanDto = {
  id: string;
  exam: { code: string; title: string; slug: string };
  status: "IN_PROGRESS" | "SUBMITTED";
  picks: { position: number; skillAreaName: string; difficulty: number; reason: string }[];
  /** Areas in order of need, most first. */
  estimates: (SmartEstimateRecord & { picked: number })[];
};

/** Why a smart-practice session holds the questions it holds; 404 unless it is the learner's own. */
export async function getSmartPlan(prisma: PrismaClient, userId: string, attemptId: string): Promise<SmartPlanDto> {
  const attempt = await prisma.attempt.findFirst({
    where: { id: attemptId, userId, mode: "SMART" },
    select: {
      id: true,
      status: true,
      settings: true,
      exam: { select: { code: true, title: true, slug: true } },
      items: { orderBy: { position: "asc" }, select: { position: true, questionId: true, question: { select: { difficulty: true, skillArea: { select: { name: true } } } } } },
    },
  });
  const settings = attempt ? smartSettingsOf(attempt.settings) : null;
  if (!attempt || !settings) throw new AppError("NOT_FOUND", "Smart-practice session not found.");
  const reasonOf = new Map(settings.picks.map((p) => [p.questionId, p.reason]));
  const pickedIn = new Map<string, number>();
  for (const p of settings.picks) pickedIn.set(p.skillAreaKey, (pickedIn.get(p.skillAreaKey) ?? 0) + 1);
  return {
    id: attempt.id,
    exam: attempt.exam,
    status: attempt.status,
    picks: attempt.items.map((item) => ({
      position: item.position,
      skillAreaName: item.question.skillArea.name,
      difficulty: item.question.difficulty,
      reason: reasonOf.get(item.questionId) ?? "",
    })),
    estimates: [...settings.estimates].sort((a, b) => b.need - a.need).map((e) => ({ ...e, picked: pickedIn.get(e.key) ?? 0 })),
  };
}
