import "server-only";
import { buildStudyPlan, type PlanResult } from "@/lib/domain/planning/build-study-plan.ts";
import type { IsoDay } from "@/lib/domain/planning/dates.ts";
import { AppError } from "@/lib/errors.ts";
import { getExamBySlug, type ExamDto } from "@/lib/server/catalog/get-exams.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { PlannerQuery } from "@/lib/validation/planning.ts";
import { getSkillPerformance } from "./get-skill-performance.ts";

export type StudyPlanView = { exam: ExamDto; result: PlanResult; personalised: boolean };

/**
 * The study plan for an exam, a date and weekly hours, computed from `today`: for a signed-in
 * learner it leans on their own results, for a visitor (`userId` null) on the exam's weights only.
 */
export async function getStudyPlan(prisma: PrismaClient, userId: string | null, query: PlannerQuery, today: IsoDay): Promise<StudyPlanView> {
  const exam = await getExamBySlug(prisma, query.exam);
  if (!exam) throw new AppError("NOT_FOUND", "We do not have that exam.");
  const performance = userId ? await getSkillPerformance(prisma, userId, exam.code) : null;
  const result = buildStudyPlan({
    exam,
    today,
    examDate: query.date,
    hoursPerWeek: query.hours,
    performance: performance?.areas ?? [],
    simulationsTaken: performance?.simulationsTaken ?? 0,
  });
  return { exam, result, personalised: Boolean(performance && (performance.areas.length > 0 || performance.simulationsTaken > 0)) };
}
