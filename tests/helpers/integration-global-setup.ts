import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../lib/server/db/open-database.ts";
import { applyMigrations } from "../../lib/server/db/schema-engine.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplatePath: string | null;
  }
}

/**
 * Migrates one in-memory PGlite and dumps it, so each test file starts from a copy in a fraction
 * of the time a fresh initdb and migration take. Not needed for PostgreSQL (CREATE DATABASE is quick).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgliteTemplatePath", null);
    return;
  }
  const db = await openDatabase({ kind: "pglite-memory" });
  await applyMigrations(db.adapterFactory);
  const dump = await db.pglite!.dumpDataDir("none");
  await db.close();
  // One file per run: several test runs on one machine must not overwrite each other's template.
  const file = path.resolve(`.data/test-template/pglite-${process.pid}.tar`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplatePath", file);
  return () => fs.rmSync(file, { force: true });
}
