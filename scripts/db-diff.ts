// npm run db:diff -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the migration history to prisma/schema.prisma.
import { openDatabase } from "../lib/server/db/open-database.ts";
import { diffMigrationsToSchema, writeMigration } from "../lib/server/db/schema-engine.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <name>   (lower-case letters, digits and underscores)");
  process.exit(2);
}

// The engine replays the history on a shadow database; an in-memory PGlite serves as one.
const db = await openDatabase({ kind: "pglite-memory" });
try {
  const sql = await diffMigrationsToSchema(db.adapterFactory);
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("No schema changes: nothing written.");
  } else {
    console.log(`Wrote ${writeMigration(name, sql)}/migration.sql`);
  }
} finally {
  await db.close();
}
process.exit(0);
