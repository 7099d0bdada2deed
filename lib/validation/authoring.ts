import { z } from "zod";
import { IMPORT_FORMATS } from "@/lib/domain/bank/formats/import-types.ts";
import { QUESTION_TYPES } from "@/lib/domain/questions/content.ts";
import { hasNoNul } from "./text.ts";

export const AUTHOR_PAGE_SIZE = 25;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const examCode = z.string().regex(/^[A-Z]{2,}-\d{2,4}$/, "Unknown exam code.");
const skillAreaKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown skill area.");

export const QUESTION_STATUS_FILTERS = ["DRAFT", "PUBLISHED", "RETIRED"] as const;

// Filters come from the URL; a value that makes no sense is dropped, not an error.
export const questionListQuerySchema = z.object({
  exam: z.preprocess(single, examCode.optional().catch(undefined)),
  area: z.preprocess(single, skillAreaKey.optional().catch(undefined)),
  type: z.preprocess(single, z.enum(QUESTION_TYPES).optional().catch(undefined)),
  status: z.preprocess(single, z.enum(QUESTION_STATUS_FILTERS).optional().catch(undefined)),
  q: z.preprocess(single, z.string().trim().max(200).refine(hasNoNul).optional().catch(undefined)).transform((v) => v || undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});
export type QuestionListQuery = z.infer<typeof questionListQuerySchema>;

/**
 * A save from the authoring form. `question` is checked by the bank's own source schema on the
 * server (lib/domain/bank/source-schema.ts), so only the envelope is described here.
 */
export const saveQuestionSchema = z.object({
  examCode: examCode.optional(),
  /** The version the author started from; a save on top of someone else's newer version is refused. */
  baseVersion: z.number().int().min(1).optional(),
  question: z.record(z.string(), z.unknown(), { error: "The question is missing." }),
});
export type SaveQuestionInput = z.infer<typeof saveQuestionSchema>;

export const questionIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);

export const versionPairSchema = z.object({
  from: z.preprocess(single, z.coerce.number().int().min(1).optional().catch(undefined)),
  to: z.preprocess(single, z.coerce.number().int().min(1).optional().catch(undefined)),
});

export const MAX_IMPORT_FILES = 20;
/** Larger uploads are refused before any file is read. */
export const MAX_IMPORT_BYTES = 12 * 1024 * 1024;

/** The fields of the import form (multipart), besides its files. */
export const importFormSchema = z.object({
  format: z.enum(IMPORT_FORMATS, { error: "Choose a format." }),
  examCode: examCode,
  skillAreaKey: z.preprocess((v) => (v === "" ? undefined : v), skillAreaKey.optional()),
  mapping: z.string().max(20_000, "The mapping is too long.").default(""),
  skipUnsupported: z.preprocess((v) => v === "true" || v === "on", z.boolean()),
  dryRun: z.preprocess((v) => v !== "false", z.boolean()),
});
export type ImportFormInput = z.infer<typeof importFormSchema>;
