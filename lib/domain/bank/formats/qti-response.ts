import { childElements, findElements, firstChild, textContent, type MarkupElement } from "./markup-node.ts";

export type ResponseDeclaration = { identifier: string; cardinality: string; correct: string[]; mapped: boolean };

export function responseDeclarations(item: MarkupElement): Map<string, ResponseDeclaration> {
  const declarations = new Map<string, ResponseDeclaration>();
  for (const declaration of childElements(item, "qti-response-declaration")) {
    const identifier = declaration.attrs.identifier ?? "";
    const correct = childElements(firstChild(declaration, "qti-correct-response") ?? declaration, "qti-value").map((value) => textContent(value).trim());
    declarations.set(identifier, { identifier, cardinality: declaration.attrs.cardinality ?? "single", correct, mapped: firstChild(declaration, "qti-mapping") !== undefined });
  }
  return declarations;
}

export type Scoring = "match-correct" | "map-response" | "match-each" | "none" | { unsupported: string };

// The elements of "one point per response that matches its correct value", which toQti writes
// for a yes/no series (one choice interaction per statement).
const MATCH_EACH = new Set(["qti-response-condition", "qti-response-if", "qti-match", "qti-variable", "qti-correct", "qti-set-outcome-value", "qti-sum", "qti-base-value"]);

/** How an item is scored: a standard template, per-response matching, none (the key still stands), or something PassPath cannot reproduce. */
export function scoringOf(item: MarkupElement): Scoring {
  const processing = firstChild(item, "qti-response-processing");
  if (!processing) return "none";
  const template = processing.attrs.template;
  if (template) {
    const name = template.split(/[\\/]/).at(-1)!.replace(/\.xml$/i, "");
    if (name === "match_correct") return "match-correct";
    if (name === "map_response") return "map-response";
    return { unsupported: `response processing template ${name}` };
  }
  const elements = findElements(processing, () => true);
  if (elements.length === 0) return "none";
  const matchesOwnKey = (match: MarkupElement) => {
    const [variable, correct] = childElements(match);
    return variable?.name === "qti-variable" && correct?.name === "qti-correct" && variable.attrs.identifier === correct.attrs.identifier;
  };
  if (elements.every((element) => MATCH_EACH.has(element.name)) && elements.filter((e) => e.name === "qti-match").every(matchesOwnKey)) return "match-each";
  return { unsupported: "custom response processing" };
}
