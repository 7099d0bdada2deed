// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded PGlite folder.
import { loadDotenv } from "./lib/load-dotenv.ts";
import { openDatabase } from "../lib/server/db/open-database.ts";
import { applyMigrations } from "../lib/server/db/schema-engine.ts";
import { databaseTargetFromEnv, describeTarget } from "../lib/server/db/target.ts";

loadDotenv();
const target = databaseTargetFromEnv();
const db = await openDatabase(target);
try {
  const applied = await applyMigrations(db.adapterFactory);
  console.log(applied.length ? `Applied ${applied.join(", ")} to ${describeTarget(target)}` : `${describeTarget(target)} is up to date.`);
} finally {
  await db.close();
}
// PGlite's worker handles would keep the process alive for several seconds after close.
process.exit(0);
