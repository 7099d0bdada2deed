import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client.ts";

/** Where the data lives: a PostgreSQL server, a PGlite folder, or an in-memory PGlite. */
export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-memory"; loadDataDir?: Blob };

export type Database = {
  kind: DatabaseTarget["kind"];
  prisma: PrismaClient;
  /** The driver adapter factory the schema engine migrates through. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** PGlite only: the raw in-process database (for dumping a template in tests). */
  pglite?: PGlite;
  close(): Promise<void>;
};

// Interactive transactions wait for a pooled connection up to maxWait. Prisma's 2 s default turns a
// burst (200 learners submitting within seconds, scripts/load.ts) into 500s while the pool is merely
// busy; waiting longer queues them instead. `timeout` bounds one transaction's run time.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    const adapterFactory = new PrismaPg({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5_000 });
    const prisma = new PrismaClient({ adapter: adapterFactory, transactionOptions: TRANSACTION_OPTIONS });
    return { kind: target.kind, prisma, adapterFactory, close: () => prisma.$disconnect() };
  }

  let pglite: PGlite;
  if (target.kind === "pglite") {
    // PGlite does not create missing parent folders.
    fs.mkdirSync(path.dirname(path.resolve(target.dataDir)), { recursive: true });
    pglite = await PGlite.create({ dataDir: target.dataDir });
  } else {
    pglite = await PGlite.create(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
  }
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory, transactionOptions: TRANSACTION_OPTIONS });
  return {
    kind: target.kind,
    prisma,
    adapterFactory,
    pglite,
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
