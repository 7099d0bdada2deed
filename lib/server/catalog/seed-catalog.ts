import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { examSlug, parseCatalog, type Catalog } from "@/lib/domain/catalog/catalog-schema.ts";

export const CATALOG_PATH = path.resolve("prisma/catalog/exams.yaml");

export function readBundledCatalog(): Catalog {
  return parseCatalog(fs.readFileSync(CATALOG_PATH, "utf8"));
}

const LEVELS = { fundamentals: "FUNDAMENTALS", associate: "ASSOCIATE", expert: "EXPERT" } as const;

/** Upserts exams, skill areas and prerequisites by code and key; running it twice changes nothing. */
export async function seedCatalog(prisma: PrismaClient, catalog: Catalog = readBundledCatalog()): Promise<number> {
  await prisma.$transaction(
    async (tx) => {
      for (const [position, exam] of catalog.exams.entries()) {
        const data = {
          slug: examSlug(exam.code),
          title: exam.title,
          level: LEVELS[exam.level],
          role: exam.role,
          primaryFocus: exam.primaryFocus,
          summary: exam.summary,
          difficulty: exam.difficulty,
          bestFor: exam.bestFor,
          keySkills: exam.keySkills,
          questionCount: exam.questionCount,
          durationMinutes: exam.durationMinutes,
          passMark: exam.passMark,
          outlineDate: exam.outlineDate,
          outlineUrl: exam.outlineUrl,
          position,
          retirementDate: exam.lifecycle?.retirementDate ?? null,
          successorCode: exam.lifecycle?.successorCode ?? null,
          lifecycleNote: exam.lifecycle?.note ?? null,
          lifecycleSource: exam.lifecycle?.source ?? null,
          lifecycleConfirmed: exam.lifecycle?.confirmed ?? true,
        };
        await tx.exam.upsert({ where: { code: exam.code }, create: { code: exam.code, ...data }, update: data });
        for (const [i, area] of exam.skillAreas.entries()) {
          const areaData = { name: area.name, weightMin: area.weightMin, weightMax: area.weightMax, position: i };
          await tx.skillArea.upsert({
            where: { examCode_key: { examCode: exam.code, key: area.key } },
            create: { examCode: exam.code, key: area.key, ...areaData },
            update: areaData,
          });
        }
      }
      // Prerequisites reference other exams, so they go in once every exam exists.
      for (const exam of catalog.exams) {
        await tx.examPrerequisite.deleteMany({ where: { examCode: exam.code } });
        await tx.examPrerequisite.createMany({
          data: exam.prerequisites.flatMap((group, groupNo) => group.map((requiredCode) => ({ examCode: exam.code, groupNo, requiredCode }))),
        });
      }
    },
    { timeout: 60_000 },
  );
  return catalog.exams.length;
}
