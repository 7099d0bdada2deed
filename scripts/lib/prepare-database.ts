import { loadEnv } from "../../lib/env.ts";
import { openDatabase } from "../../lib/server/db/open-database.ts";
import { applyMigrations } from "../../lib/server/db/schema-engine.ts";
import { databaseTargetFromEnv, describeTarget } from "../../lib/server/db/target.ts";
import { importBundledBanks } from "../../lib/server/questions/import-bundled-banks.ts";
import { seedDatabase, type SeedReport } from "../../lib/server/seed/seed-database.ts";

/** Migrates and seeds the configured database, then closes it (PGlite allows one process at a time). */
export async function prepareDatabase(log: (line: string) => void): Promise<SeedReport> {
  const env = loadEnv();
  const target = databaseTargetFromEnv();
  const db = await openDatabase(target);
  try {
    const applied = await applyMigrations(db.adapterFactory);
    log(applied.length ? `Database (${describeTarget(target)}): applied ${applied.length} migration(s).` : `Database (${describeTarget(target)}) is up to date.`);
    return await seedDatabase(db.prisma, {
      admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
      demoAccounts: process.env.SEED_DEMO_ACCOUNTS !== "false",
      importBanks: importBundledBanks,
      log,
    });
  } finally {
    await db.close();
  }
}
