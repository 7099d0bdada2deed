// Answers the e2e tests give through the attempts API: some answer of the right shape for a
// question's view, and the right one once its key has been revealed in feedback.

export type View =
  | { type: "single"; options: { id: string }[] }
  | { type: "multiple"; options: { id: string }[]; selectCount: number }
  | { type: "yesno"; statements: { id: string }[] }
  | { type: "ordering"; options: { id: string }[]; slots: number };

export type Reveal =
  | { type: "single" | "multiple"; correctIds: string[] }
  | { type: "yesno"; statements: { id: string; answer: boolean }[] }
  | { type: "ordering"; sequence: string[] };

/** The first options, every statement "yes": a valid answer, right only by chance. */
export function anyAnswer(view: View) {
  switch (view.type) {
    case "single":
      return { type: "single", choice: view.options[0]!.id };
    case "multiple":
      return { type: "multiple", choices: view.options.slice(0, view.selectCount).map((o) => o.id) };
    case "yesno":
      return { type: "yesno", answers: Object.fromEntries(view.statements.map((s) => [s.id, true])) };
    case "ordering":
      return { type: "ordering", sequence: view.options.slice(0, view.slots).map((o) => o.id) };
  }
}

/** The right answer, from the key the check of that question revealed. */
export function rightAnswer(reveal: Reveal) {
  switch (reveal.type) {
    case "single":
      return { type: "single", choice: reveal.correctIds[0] };
    case "multiple":
      return { type: "multiple", choices: reveal.correctIds };
    case "yesno":
      return { type: "yesno", answers: Object.fromEntries(reveal.statements.map((s) => [s.id, s.answer])) };
    case "ordering":
      return { type: "ordering", sequence: reveal.sequence };
  }
}
