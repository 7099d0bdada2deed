import { z } from "zod";

// The stored shape of a question version's content (QuestionVersion.content). It carries the
// answer key and per-option rationale, so it is only ever read by grading, review and authoring
// code; learners get the key-free `QuestionView` (see ./view.ts) until their answer is final.

export const QUESTION_TYPES = ["single", "multiple", "yesno", "ordering"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const optionId = z.string().regex(/^[a-z]$/, "option ids are single lower-case letters");
const rationale = z.string().trim().min(1, "needs a `why`");

export const choiceOptionSchema = z.object({
  id: optionId,
  text: z.string().trim().min(1),
  correct: z.boolean(),
  why: rationale,
});

export const statementSchema = z.object({
  id: optionId,
  text: z.string().trim().min(1),
  answer: z.boolean(), // true = yes
  why: rationale,
});

export const orderingOptionSchema = z.object({
  id: optionId,
  text: z.string().trim().min(1),
  /** 1-based place in the answer sequence; absent for distractor steps. */
  position: z.number().int().positive().optional(),
  why: rationale,
});

export const questionContentSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("single"), options: z.array(choiceOptionSchema).min(2) }),
  z.object({ type: z.literal("multiple"), options: z.array(choiceOptionSchema).min(3), partialCredit: z.boolean().default(false) }),
  z.object({ type: z.literal("yesno"), statements: z.array(statementSchema).min(1) }),
  z.object({ type: z.literal("ordering"), options: z.array(orderingOptionSchema).min(2) }),
]);

export type QuestionContent = z.infer<typeof questionContentSchema>;
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type OrderingOption = z.infer<typeof orderingOptionSchema>;

/** Points a question is worth: one, except a yes/no series (one per statement) and partial-credit multiples (one per correct option). */
export function pointsFor(content: QuestionContent): number {
  switch (content.type) {
    case "yesno":
      return content.statements.length;
    case "multiple":
      return content.partialCredit ? content.options.filter((o) => o.correct).length : 1;
    default:
      return 1;
  }
}

/** Learner responses, as saved on an attempt item. */
export const responseSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("single"), choice: optionId }),
  z.object({ type: z.literal("multiple"), choices: z.array(optionId).max(26) }),
  z.object({ type: z.literal("yesno"), answers: z.record(optionId, z.boolean()) }),
  z.object({ type: z.literal("ordering"), sequence: z.array(optionId).max(26) }),
]);
export type Response = z.infer<typeof responseSchema>;

/** Ids a learner may choose from: options, or statements for a yes/no series. */
export function choiceIds(content: QuestionContent): string[] {
  return content.type === "yesno" ? content.statements.map((s) => s.id) : content.options.map((o) => o.id);
}
