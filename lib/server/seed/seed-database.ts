import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { hashPassword } from "@/lib/server/auth/password.ts";
import { seedCatalog } from "@/lib/server/catalog/seed-catalog.ts";
import { seedGuaranteePolicies } from "@/lib/server/guarantee/load-policy.ts";
import { DEMO_ADMIN, DEMO_AUTHOR, DEMO_LEARNER } from "./demo-accounts.ts";

export type SeedOptions = {
  admin?: { email: string; password: string };
  demoAccounts: boolean;
  /** Imports the bundled question banks when the database holds no questions yet. */
  importBanks?: (prisma: PrismaClient) => Promise<string>;
  log?: (line: string) => void;
};

export type SeedReport = { exams: number; accountsCreated: string[]; banks: string };

/**
 * Brings a database to a usable state: the catalog is always upserted (so catalog edits reach
 * existing databases), accounts only where missing, the banks only into an empty bank.
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => {});
  const exams = await seedCatalog(prisma);
  log(`Catalog: ${exams} exams.`);
  const policies = await seedGuaranteePolicies(prisma);
  if (policies) log(`Guarantee: default policy for ${policies} exams.`);

  const wanted = [
    ...(options.demoAccounts ? [{ ...DEMO_LEARNER, role: "LEARNER" as const }, { ...DEMO_AUTHOR, role: "AUTHOR" as const }] : []),
    options.admin ? { ...options.admin, name: "Administrator", role: "ADMIN" as const } : options.demoAccounts ? { ...DEMO_ADMIN, role: "ADMIN" as const } : null,
  ].filter((account) => account !== null);

  const accountsCreated: string[] = [];
  for (const account of wanted) {
    const email = account.email.toLowerCase();
    if (await prisma.user.findUnique({ where: { email } })) continue;
    await prisma.user.create({ data: { email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) } });
    accountsCreated.push(email);
  }
  if (accountsCreated.length) log(`Accounts created: ${accountsCreated.join(", ")}.`);

  let banks = "question bank already present";
  if (options.importBanks && (await prisma.question.count()) === 0) banks = await options.importBanks(prisma);
  log(`Question banks: ${banks}.`);
  return { exams, accountsCreated, banks };
}
