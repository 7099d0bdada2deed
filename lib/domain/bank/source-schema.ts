import { z } from "zod";
import { normaliseText } from "./normalise-text.ts";

// The YAML source format of docs/question-format.md. Objects are strict so that a misspelt field
// (`corect: true`) is reported instead of silently dropped. Rules that compare several items run
// even when one item is malformed (`when`), so a file's problems all surface in one run.

export const QUESTION_STATUSES = ["draft", "published", "retired"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const OFFICIAL_DOC_HOSTS = ["learn.microsoft.com", "docs.github.com"] as const;

const OPTION_COUNT = { min: 3, max: 6 };
const STATEMENT_COUNT = { min: 2, max: 4 };
const ORDERING_OPTION_COUNT = { min: 3, max: 10 };
export const CASE_STUDY_QUESTION_COUNT = { min: 4, max: 6 };

/** Zod error option: "is required" when the field is missing, else `message`. */
function requiredOr(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : message) };
}

const text = z.string(requiredOr("must be text")).trim().min(1, "must not be empty");
const slug = z.string(requiredOr("must be text")).regex(SLUG_PATTERN, "must be lower-case letters and digits joined by single hyphens");
const examCode = z.string(requiredOr("must be an exam code such as AZ-204")).regex(/^[A-Z]{2,}-\d{2,4}$/, "must be an exam code such as AZ-204");
const why = z.string({ error: "needs a why" }).trim().min(1, "needs a why");
const difficultyMessage = "must be a whole number from 1 to 5";
const difficulty = z.int(requiredOr(difficultyMessage)).min(1, difficultyMessage).max(5, difficultyMessage);
const status = z.enum(QUESTION_STATUSES, requiredOr("must be draft, published or retired"));

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

export function isOfficialDocUrl(value: string): boolean {
  try {
    return (OFFICIAL_DOC_HOSTS as readonly string[]).includes(new URL(value).hostname);
  } catch {
    return false;
  }
}

const references = z
  .array(text.refine(isHttpsUrl, "must be an https:// URL"), requiredOr("must be a list of https:// URLs"))
  .min(1, "needs at least one reference")
  .refine((urls) => urls.length === 0 || urls.some(isOfficialDocUrl), `needs at least one link to ${OFFICIAL_DOC_HOSTS.join(" or ")}`);

// Booleans are accepted too, for authors used to YAML 1.1 where yes/no are booleans.
const yesNo = z.preprocess(
  (value) => (value === true ? "yes" : value === false ? "no" : typeof value === "string" ? value.trim().toLowerCase() : value),
  z.enum(["yes", "no"], requiredOr("must be yes or no")),
);

const choiceOption = z.strictObject({ text, correct: z.boolean(requiredOr("must be true or false")).optional(), why });
const positionMessage = "must be a whole number from 1";
const orderingOption = z.strictObject({ text, position: z.int(positionMessage).min(1, positionMessage).optional(), why });
const statement = z.strictObject({ text, answer: yesNo, why });

type Ctx = z.RefinementCtx;
const onAnyArray = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };

function field(item: unknown, key: string): unknown {
  return typeof item === "object" && item !== null ? (item as Record<string, unknown>)[key] : undefined;
}

function distinctTexts(label: string) {
  return (items: unknown[], ctx: Ctx) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const value = field(item, "text");
      if (typeof value !== "string" || !value.trim()) return;
      const key = normaliseText(value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: "custom", path: [i, "text"], message: `same text as ${label}[${first}]` });
    });
  };
}

function correctCount(items: unknown[]): number {
  return items.filter((item) => field(item, "correct") === true).length;
}

function exactlyOneCorrect(items: unknown[], ctx: Ctx) {
  const count = correctCount(items);
  if (count !== 1) ctx.addIssue({ code: "custom", path: [], message: `a single-choice question needs exactly one option with correct: true (found ${count})` });
}

function atLeastTwoCorrect(items: unknown[], ctx: Ctx) {
  const count = correctCount(items);
  if (count < 2) {
    ctx.addIssue({ code: "custom", path: [], message: `a multiple-choice question needs at least two options with correct: true (found ${count}); use type single for one` });
  }
}

function contiguousPositions(items: unknown[], ctx: Ctx) {
  const positions = items.map((item) => field(item, "position"));
  const placed = positions.filter((p) => p !== undefined);
  if (placed.some((p) => !Number.isInteger(p) || (p as number) < 1)) return; // reported on the item itself
  const firstAt = new Map<number, number>();
  positions.forEach((p, i) => {
    if (typeof p !== "number") return;
    const first = firstAt.get(p);
    if (first === undefined) firstAt.set(p, i);
    else ctx.addIssue({ code: "custom", path: [i, "position"], message: `position ${p} is also given to options[${first}]` });
  });
  const distinct = [...firstAt.keys()].sort((a, b) => a - b);
  if (distinct.length < 2) {
    ctx.addIssue({ code: "custom", path: [], message: "an ordering question needs at least two placed steps (position: 1, position: 2, …)" });
  } else if (distinct.some((p, i) => p !== i + 1)) {
    ctx.addIssue({ code: "custom", path: [], message: `positions must run from 1 to ${distinct.length} without gaps (found ${distinct.join(", ")})` });
  }
  if (placed.length === items.length) {
    ctx.addIssue({ code: "custom", path: [], message: "an ordering question needs at least one step without a position (a distractor)" });
  }
}

function countMessage(what: string, range: { min: number; max: number }) {
  return `needs ${range.min} to ${range.max} ${what}`;
}

const choiceOptions = z
  .array(choiceOption, requiredOr("must be a list of options"))
  .min(OPTION_COUNT.min, countMessage("options", OPTION_COUNT))
  .max(OPTION_COUNT.max, countMessage("options", OPTION_COUNT))
  .superRefine(distinctTexts("options"), onAnyArray);

const orderingOptions = z
  .array(orderingOption, requiredOr("must be a list of candidate steps"))
  .min(ORDERING_OPTION_COUNT.min, countMessage("candidate steps", ORDERING_OPTION_COUNT))
  .max(ORDERING_OPTION_COUNT.max, countMessage("candidate steps", ORDERING_OPTION_COUNT))
  .superRefine(distinctTexts("options"), onAnyArray)
  .superRefine(contiguousPositions, onAnyArray);

const statements = z
  .array(statement, requiredOr("must be a list of statements"))
  .min(STATEMENT_COUNT.min, countMessage("statements", STATEMENT_COUNT))
  .max(STATEMENT_COUNT.max, countMessage("statements", STATEMENT_COUNT))
  .superRefine(distinctTexts("statements"), onAnyArray);

function questionSchema(skillArea: z.ZodType<string | undefined>) {
  const common = { id: slug, skillArea, topic: text, difficulty, status, stem: text, explanation: text, references };
  return z.discriminatedUnion(
    "type",
    [
      z.strictObject({ ...common, type: z.literal("single"), options: choiceOptions.superRefine(exactlyOneCorrect, onAnyArray) }),
      z.strictObject({
        ...common,
        type: z.literal("multiple"),
        options: choiceOptions.superRefine(atLeastTwoCorrect, onAnyArray),
        partialCredit: z.boolean(requiredOr("must be true or false")).optional(),
      }),
      z.strictObject({ ...common, type: z.literal("yesno"), statements }),
      z.strictObject({ ...common, type: z.literal("ordering"), options: orderingOptions }),
    ],
    {
      error: (issue) => {
        if (typeof issue.input !== "object" || issue.input === null) return "each question must be a mapping of fields";
        return "type" in issue.input ? "must be single, multiple, yesno or ordering" : "is required (single, multiple, yesno or ordering)";
      },
    },
  );
}

/** The fields every question has, checked on their own when `type` is unusable so the rest is still reported. */
export const questionCommonSchema = z.looseObject({
  id: slug,
  skillArea: slug.optional(),
  topic: text,
  difficulty,
  status,
  stem: text,
  explanation: text,
  references,
});

export const skillAreaFileQuestionSchema = questionSchema(slug.optional());
export const caseStudyQuestionSchema = questionSchema(z.string({ error: "is required in a case-study file" }).regex(SLUG_PATTERN, "must be a skill area id such as compute"));

export type SourceQuestion = z.output<typeof skillAreaFileQuestionSchema>;

export const skillAreaFileSchema = z.strictObject({
  exam: examCode,
  skillArea: slug,
  questions: z.array(skillAreaFileQuestionSchema, requiredOr("must be a list of questions")).min(1, "needs at least one question"),
});

const caseStudyCount = countMessage("questions in a case study", CASE_STUDY_QUESTION_COUNT);

export const caseStudyFileSchema = z.strictObject({
  exam: examCode,
  caseStudy: z.strictObject(
    {
      id: slug,
      title: text,
      tabs: z.array(z.strictObject({ title: text, body: text }), requiredOr("must be a list of tabs")).min(1, "needs at least one tab"),
    },
    requiredOr("must be a mapping with id, title and tabs"),
  ),
  questions: z
    .array(caseStudyQuestionSchema, requiredOr("must be a list of questions"))
    .min(CASE_STUDY_QUESTION_COUNT.min, caseStudyCount)
    .max(CASE_STUDY_QUESTION_COUNT.max, caseStudyCount),
});

export type SkillAreaFile = z.output<typeof skillAreaFileSchema>;
export type CaseStudyFile = z.output<typeof caseStudyFileSchema>;
