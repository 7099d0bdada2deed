import { openDatabase } from "../lib/server/db/open-database.ts";
import { seedDatabase } from "../lib/server/seed/seed-database.ts";
const db = await openDatabase({ kind: "pglite", dataDir: ".data/pglite" });
console.log(await seedDatabase(db.prisma, { demoAccounts: true, log: console.log }));
await db.close();
process.exit(0);
