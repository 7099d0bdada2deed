import "server-only";
import type { Response } from "@/lib/domain/questions/content.ts";
import { toAnswerReveal, toQuestionView } from "@/lib/domain/questions/view.ts";
import { scoreItem } from "@/lib/domain/practice/score.ts";
import type { SkillAreaScore } from "@/lib/domain/practice/score.ts";
import type { AttemptDto, AttemptItemDto, CaseStudyDto } from "./dto.ts";
import { contentOf, settingsOf, type AttemptRow } from "./load-attempt.ts";

/**
 * The learner's view of an attempt. An item carries its key, explanation and references only
 * when its answer is final: the attempt is submitted, or (immediate feedback) the learner checked it.
 */
export function toAttemptDto(attempt: AttemptRow, now: Date): AttemptDto {
  const { feedback } = settingsOf(attempt);
  const submitted = attempt.status === "SUBMITTED";
  const items: AttemptItemDto[] = attempt.items.map((item) => {
    const content = contentOf(item.questionVersion);
    const response = (item.response ?? null) as Response | null;
    const final = submitted || item.revealed;
    const score = final ? scoreItem(content, response) : null;
    const caseStudy = item.question.caseStudy as CaseStudyDto | null;
    return {
      position: item.position,
      questionId: item.questionId,
      questionVersion: item.questionVersion.version,
      skillArea: item.question.skillArea,
      section: caseStudy && attempt.mode === "EXAM" ? "case-study" : "main",
      caseStudy,
      stem: item.questionVersion.stem,
      view: toQuestionView(content, item.optionOrder as string[]),
      response,
      flagged: item.flagged,
      answeredAt: item.answeredAt?.toISOString() ?? null,
      reveal: score
        ? {
            answer: toAnswerReveal(content),
            explanation: item.questionVersion.explanation,
            references: item.questionVersion.references,
            isCorrect: score.isCorrect,
            pointsEarned: score.pointsEarned,
            pointsPossible: score.pointsPossible,
          }
        : null,
    };
  });

  return {
    id: attempt.id,
    exam: attempt.exam,
    mode: attempt.mode,
    feedback,
    status: attempt.status,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline?.toISOString() ?? null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    currentPosition: attempt.currentPosition,
    items,
    result:
      submitted && attempt.rawPercent !== null
        ? {
            pointsEarned: attempt.pointsEarned ?? 0,
            pointsPossible: attempt.pointsPossible ?? 0,
            rawPercent: attempt.rawPercent,
            scaledScore: attempt.scaledScore ?? 1,
            passed: attempt.passed ?? false,
            passMark: attempt.exam.passMark,
            perSkillArea: (attempt.breakdown ?? []) as SkillAreaScore[],
            timeUsedSeconds: Math.round(((attempt.submittedAt ?? now).getTime() - attempt.startedAt.getTime()) / 1000),
            autoSubmitted: attempt.autoSubmitted,
          }
        : null,
  };
}
