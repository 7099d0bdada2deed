import { choiceIds, type QuestionContent } from "../questions/content.ts";
import { shuffle, type Rng } from "./random.ts";

/**
 * The order this attempt shows a question's options in (stored as AttemptItem.optionOrder).
 * Choices and ordering candidates are shuffled; a yes/no series keeps its statements in the
 * authored order, as the real exam does, and draws nothing from `rng`.
 */
export function shuffleOptionOrder(content: QuestionContent, rng: Rng): string[] {
  const ids = choiceIds(content);
  return content.type === "yesno" ? ids : shuffle(ids, rng);
}
