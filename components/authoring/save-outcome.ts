import type { SaveQuestionResultDto } from "@/lib/server/authoring/dto.ts";

export type SaveOutcome = SaveQuestionResultDto["outcome"];

const MESSAGES: Record<SaveOutcome, (version: number) => string> = {
  created: () => "Question created as version 1.",
  "new-version": (v) => `Saved as version ${v}. Earlier versions are kept for the attempts that used them.`,
  updated: (v) => `Saved. The content is unchanged, so it is still version ${v}.`,
  unchanged: (v) => `Nothing changed, so nothing was saved (still version ${v}).`,
};

/** The edit page shows the last save's outcome from its URL, so the message survives the page's refresh. */
export function saveOutcomeMessage(outcome: string | undefined, version: number): string | null {
  return outcome && outcome in MESSAGES ? MESSAGES[outcome as SaveOutcome](version) : null;
}
