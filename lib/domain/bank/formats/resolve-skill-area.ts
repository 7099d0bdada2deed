import { findExam } from "../catalog.ts";
import { SLUG_PATTERN } from "../source-schema.ts";
import type { ImportOptions } from "./import-types.ts";

export type SkillAreaResolution = { key: string } | { message: string };

/**
 * The skill area of an imported question. With a mapping, the source's category, tags or heading
 * must be in it (whole, or its last `/` segment) — an unmapped one is a problem rather than a
 * silent fallback. Without one, a category whose last segment is already a skill-area id is used
 * as it is; otherwise `skillAreaKey`.
 */
export function resolveSkillArea(categories: readonly string[] | undefined, options: Pick<ImportOptions, "examCode" | "skillAreaKey" | "mapping" | "catalog">): SkillAreaResolution {
  const candidates = (categories ?? []).map((c) => c.trim()).filter(Boolean);
  const resolved = options.mapping ? fromMapping(candidates, options.mapping, options.skillAreaKey) : fromCategories(candidates, options.skillAreaKey);
  if ("message" in resolved) return resolved;
  if (!SLUG_PATTERN.test(resolved.key)) return { message: `skill area "${resolved.key}" is not a skill-area id (lower-case letters and digits joined by hyphens)` };

  const exam = options.catalog ? findExam(options.catalog, options.examCode) : undefined;
  if (exam && !exam.skillAreas.some((area) => area.key === resolved.key)) {
    return { message: `unknown skill area ${resolved.key} of ${exam.code} (expected one of ${exam.skillAreas.map((a) => a.key).join(", ")})` };
  }
  return resolved;
}

function fromMapping(candidates: string[], mapping: Readonly<Record<string, string>>, fallback: string | undefined): SkillAreaResolution {
  for (const candidate of candidates) {
    const key = own(mapping, candidate) ?? own(mapping, lastSegment(candidate));
    if (key !== undefined) return { key };
  }
  if (candidates.length > 0) {
    return { message: `unknown skill area: ${candidates.map((c) => `"${c}"`).join(", ")} ${candidates.length > 1 ? "are" : "is"} not in the mapping` };
  }
  return fallback ? { key: fallback } : { message: "no skill area: the question names no category, and no skillAreaKey was given" };
}

function fromCategories(candidates: string[], fallback: string | undefined): SkillAreaResolution {
  const named = candidates.map(lastSegment).find((segment) => SLUG_PATTERN.test(segment));
  if (named) return { key: named };
  if (fallback) return { key: fallback };
  return candidates.length > 0
    ? { message: `no skill area: "${candidates[0]}" is not a skill-area id; give a mapping or skillAreaKey` }
    : { message: "no skill area: the question names no category, and no skillAreaKey was given" };
}

// A mapping read from JSON must not resolve "constructor" or "__proto__" through the prototype.
function own(mapping: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(mapping, key) ? mapping[key] : undefined;
}

function lastSegment(category: string): string {
  return category.split("/").map((s) => s.trim()).filter(Boolean).at(-1) ?? "";
}
