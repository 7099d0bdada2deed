import { parse } from "yaml";
import { z } from "zod";

const isoDate = z.iso.date().transform((value) => new Date(`${value}T00:00:00.000Z`));
const yamlDate = z.union([z.date(), isoDate]);

export const skillAreaSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(3),
    weightMin: z.number().int().min(0).max(100),
    weightMax: z.number().int().min(0).max(100),
  })
  .refine((area) => area.weightMin <= area.weightMax, { message: "weightMin must not exceed weightMax" });

export const catalogExamSchema = z.object({
  code: z.string().regex(/^[A-Z]{2,3}-\d{3}$/),
  title: z.string().min(3),
  level: z.enum(["fundamentals", "associate", "expert"]),
  role: z.string().min(3),
  primaryFocus: z.string().min(3),
  summary: z.string().min(10),
  difficulty: z.number().int().min(1).max(5),
  bestFor: z.string().min(3),
  keySkills: z.array(z.string().min(3)).min(1),
  questionCount: z.number().int().min(40).max(60),
  durationMinutes: z.number().int().positive(),
  passMark: z.number().int().min(1).max(1000),
  outlineDate: yamlDate,
  outlineUrl: z.url(),
  lifecycle: z
    .object({
      retirementDate: yamlDate,
      successorCode: z.string().optional(),
      confirmed: z.boolean(),
      source: z.string().min(3),
      note: z.string().min(3),
    })
    .optional(),
  skillAreas: z.array(skillAreaSchema).min(1),
  prerequisites: z.array(z.array(z.string()).min(1)),
});

export const catalogSchema = z
  .object({ exams: z.array(catalogExamSchema).min(1) })
  .superRefine((catalog, ctx) => {
    const codes = new Set(catalog.exams.map((exam) => exam.code));
    catalog.exams.forEach((exam, i) => {
      exam.prerequisites.flat().forEach((code) => {
        if (!codes.has(code)) ctx.addIssue({ code: "custom", path: ["exams", i, "prerequisites"], message: `unknown exam ${code}` });
      });
      const keys = exam.skillAreas.map((area) => area.key);
      if (new Set(keys).size !== keys.length) ctx.addIssue({ code: "custom", path: ["exams", i, "skillAreas"], message: "duplicate skill area key" });
    });
  });

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogExam = z.infer<typeof catalogExamSchema>;

/** Parses the catalog file; throws with every problem and its path. */
export function parseCatalog(text: string): Catalog {
  const result = catalogSchema.safeParse(parse(text));
  if (!result.success) {
    throw new Error(`Invalid exam catalog:\n${result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return result.data;
}

/** URL slug of an exam code: "AZ-204" → "az-204". */
export function examSlug(code: string): string {
  return code.toLowerCase();
}
