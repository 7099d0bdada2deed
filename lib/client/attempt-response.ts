import type { Response } from "@/lib/domain/questions/content.ts";
import type { QuestionView } from "@/lib/domain/questions/view.ts";

// How each gesture (click, key, drag) turns a learner's current response into the next one. A
// response that holds nothing becomes null, so "answered" means the same here as on the server.

type Of<K extends Response["type"]> = Extract<Response, { type: K }>;

export function chooseSingle(choice: string): Response {
  return { type: "single", choice };
}

/** Toggles a choice; refuses (returns the same response) a choice beyond the count, unless the question gives partial credit. */
export function toggleMultiple(view: Extract<QuestionView, { type: "multiple" }>, response: Response | null, id: string): Response | null {
  const chosen = response?.type === "multiple" ? response.choices : [];
  if (chosen.includes(id)) {
    const rest = chosen.filter((c) => c !== id);
    return rest.length ? { type: "multiple", choices: rest } : null;
  }
  if (!view.partialCredit && chosen.length >= view.selectCount) return response;
  return { type: "multiple", choices: [...chosen, id] };
}

export function answerStatement(response: Response | null, id: string, answer: boolean): Response {
  const answers = response?.type === "yesno" ? response.answers : {};
  return { type: "yesno", answers: { ...answers, [id]: answer } };
}

export function sequenceOf(response: Response | null): string[] {
  return response?.type === "ordering" ? response.sequence : [];
}

function ordering(sequence: string[]): Of<"ordering"> | null {
  return sequence.length ? { type: "ordering", sequence } : null;
}

/** Places a step at `index` (default: the end); a step already placed moves there. Never more steps than slots. */
export function placeStep(view: Extract<QuestionView, { type: "ordering" }>, response: Response | null, id: string, index?: number): Response | null {
  const rest = sequenceOf(response).filter((s) => s !== id);
  if (rest.length >= view.slots) return response;
  const at = Math.max(0, Math.min(index ?? rest.length, rest.length));
  return ordering([...rest.slice(0, at), id, ...rest.slice(at)]);
}

export function removeStep(response: Response | null, id: string): Response | null {
  return ordering(sequenceOf(response).filter((s) => s !== id));
}

/** Moves a placed step by `delta` places (−1 up, +1 down), staying inside the sequence. */
export function moveStep(response: Response | null, id: string, delta: number): Response | null {
  const sequence = [...sequenceOf(response)];
  const from = sequence.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= sequence.length) return response;
  sequence.splice(from, 1);
  sequence.splice(to, 0, id);
  return ordering(sequence);
}

/** The response after the learner presses the key for the option (or statement) at `index`. */
export function responseAfterKey(view: QuestionView, response: Response | null, index: number): Response | null {
  switch (view.type) {
    case "single": {
      const option = view.options[index];
      return option ? chooseSingle(option.id) : response;
    }
    case "multiple": {
      const option = view.options[index];
      return option ? toggleMultiple(view, response, option.id) : response;
    }
    case "yesno": {
      // First press answers Yes, each further press flips it.
      const statement = view.statements[index];
      if (!statement) return response;
      const current = response?.type === "yesno" ? response.answers[statement.id] : undefined;
      return answerStatement(response, statement.id, current === undefined ? true : !current);
    }
    case "ordering": {
      const option = view.options[index];
      if (!option) return response;
      return sequenceOf(response).includes(option.id) ? removeStep(response, option.id) : placeStep(view, response, option.id);
    }
  }
}

/** Whether the response gives everything the question asks for (every statement, every slot, N choices). */
export function isComplete(view: QuestionView, response: Response | null): boolean {
  if (!response) return false;
  switch (view.type) {
    case "single":
      return response.type === "single";
    case "multiple":
      return response.type === "multiple" && response.choices.length >= view.selectCount;
    case "yesno":
      return response.type === "yesno" && view.statements.every((s) => response.answers[s.id] !== undefined);
    case "ordering":
      return response.type === "ordering" && response.sequence.length === view.slots;
  }
}

/** How many options a key can reach: A–E and 1–9 map onto these. */
export function optionCount(view: QuestionView): number {
  return view.type === "yesno" ? view.statements.length : view.options.length;
}
