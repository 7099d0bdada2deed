import { z } from "zod";
import type { DatabaseTarget } from "./open-database.ts";

const targetEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
});

/** The database the app uses: DATABASE_URL when set, else the embedded PGlite folder. */
export function databaseTargetFromEnv(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const parsed = targetEnv.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const { DATABASE_URL, PGLITE_DATA_DIR } = parsed.data;
  return DATABASE_URL ? { kind: "postgres", url: DATABASE_URL } : { kind: "pglite", dataDir: PGLITE_DATA_DIR };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "postgres") return `PostgreSQL at ${target.url.replace(/\/\/[^@/]*@/, "//***@")}`;
  if (target.kind === "pglite") return `embedded PGlite in ${target.dataDir}`;
  return "in-memory PGlite";
}
