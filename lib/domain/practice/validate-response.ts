import { choiceIds, type QuestionContent, type Response } from "../questions/content.ts";

/**
 * Why a response cannot be an answer to this question, or null when it can. The server refuses
 * such input with a 4xx rather than storing something the scorer would have to guess about.
 */
export function responseProblem(content: QuestionContent, response: Response): string | null {
  if (response.type !== content.type) return `This is a ${content.type} question; the answer was given as ${response.type}.`;
  const ids = new Set(choiceIds(content));
  const unknown = (list: readonly string[]) => list.find((id) => !ids.has(id));
  const duplicated = (list: readonly string[]) => new Set(list).size !== list.length;

  switch (response.type) {
    case "single":
      return ids.has(response.choice) ? null : `There is no option ${response.choice}.`;
    case "multiple": {
      const bad = unknown(response.choices);
      if (bad) return `There is no option ${bad}.`;
      return duplicated(response.choices) ? "An option was chosen twice." : null;
    }
    case "yesno": {
      const bad = unknown(Object.keys(response.answers));
      return bad ? `There is no statement ${bad}.` : null;
    }
    case "ordering": {
      const bad = unknown(response.sequence);
      if (bad) return `There is no step ${bad}.`;
      if (duplicated(response.sequence)) return "A step was placed twice.";
      return response.sequence.length > ids.size ? "More steps were placed than the question has." : null;
    }
  }
}
