import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "@/lib/server/db/open-database.ts";
import { applyMigrations } from "@/lib/server/db/schema-engine.ts";

export type TestDatabase = Database & { label: string; drop(): Promise<void> };

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL (CI runs the integration suite both ways).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const template = inject("pgliteTemplatePath");
    const db = template
      ? await openDatabase({ kind: "pglite-memory", loadDataDir: new Blob([fs.readFileSync(template)]) })
      : await openDatabase({ kind: "pglite-memory" });
    if (!template) await applyMigrations(db.adapterFactory);
    return { ...db, label: "pglite", drop: () => db.close() };
  }

  const name = `passpath_test_${crypto.randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString() });
  await applyMigrations(db.adapterFactory);
  return {
    ...db,
    label: "postgres",
    async drop() {
      await db.close();
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdminClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
