import "server-only";
import { loadBank } from "@/lib/domain/bank/load-bank.ts";
import { formatProblem } from "@/lib/domain/bank/problem.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { importQuestions, summariseImport, type ImportOptions } from "./import-bank.ts";
import { loadBankCatalog } from "./load-bank-catalog.ts";
import { BUNDLED_BANKS_DIR, readBankFiles } from "./read-bank-files.ts";

/**
 * Imports the banks shipped in prisma/banks against the catalog already in the database (the seed
 * loads the catalog first). Returns the summary line; a bank with problems imports nothing and
 * throws with every problem, so a broken bank cannot ship silently.
 */
export async function importBundledBanks(prisma: PrismaClient, options: ImportOptions & { dir?: string } = {}): Promise<string> {
  const loaded = loadBank(readBankFiles(options.dir ?? BUNDLED_BANKS_DIR), await loadBankCatalog(prisma));
  const result = await importQuestions(prisma, loaded, options);
  if (result.problems.length > 0) {
    throw new Error(`The question banks in ${options.dir ?? BUNDLED_BANKS_DIR} have problems; nothing was imported:\n${result.problems.map(formatProblem).join("\n")}`);
  }
  return summariseImport(result);
}
