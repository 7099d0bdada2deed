import { z } from "zod";
import type { QuestionContent } from "@/lib/domain/questions/content.ts";

// Imported drafts may be stored with an empty `why` or text (allowed in a draft, needed to publish),
// which the strict content schema of grading refuses. Authoring reads them with this lenient shape
// so such a draft can be opened and completed.

const id = z.string();
const textish = z.string().catch("");

const lenientContentSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("single"), options: z.array(z.object({ id, text: textish, correct: z.boolean(), why: textish })) }),
  z.object({ type: z.literal("multiple"), options: z.array(z.object({ id, text: textish, correct: z.boolean(), why: textish })), partialCredit: z.boolean().default(false) }),
  z.object({ type: z.literal("yesno"), statements: z.array(z.object({ id, text: textish, answer: z.boolean(), why: textish })) }),
  z.object({ type: z.literal("ordering"), options: z.array(z.object({ id, text: textish, position: z.number().int().positive().optional(), why: textish })) }),
]);

export function readStoredContent(content: unknown): QuestionContent {
  return lenientContentSchema.parse(content);
}
