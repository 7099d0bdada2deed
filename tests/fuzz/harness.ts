import { afterAll, beforeAll, vi } from "vitest";
import { loadEnv } from "@/lib/env.ts";
import type { Database } from "@/lib/server/db/open-database.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";
import type { Identity } from "./route-specs.ts";
import { signInAs } from "./session.ts";
import { buildWorld, type World } from "./world.ts";

export type RouteHarness = {
  db: TestDatabase;
  world: World;
  /** Signs in as one of the world's people (with their current session version) for the next calls. */
  signIn(identity: Identity | "other"): Promise<void>;
  close(): Promise<void>;
};

/** A fresh database behind the app's own database holder (what getPrisma() returns), with a world built in it. */
export async function openRouteHarness(): Promise<RouteHarness> {
  // Without SMTP, every reset mail the fuzzer triggers would be printed.
  vi.spyOn(console, "info").mockImplementation(() => {});
  const db = await createTestDatabase();
  (globalThis as typeof globalThis & { __passpathDb?: Promise<Database> }).__passpathDb = Promise.resolve(db);
  const world = await buildWorld(db.prisma, loadEnv().UPLOAD_DIR);
  return {
    db,
    world,
    async signIn(identity) {
      if (identity === "anonymous") return signInAs(null);
      const person = world[identity];
      const { sessionVersion } = await db.prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { sessionVersion: true } });
      signInAs({ id: person.id, sessionVersion });
    },
    async close() {
      signInAs(null);
      await db.drop();
    },
  };
}

/** Opens a harness before the file's tests and closes it after; call at the top of a test file. */
export function routeHarnessForFile(): () => RouteHarness {
  let harness: RouteHarness | undefined;
  beforeAll(async () => {
    harness = await openRouteHarness();
  }, 180_000);
  afterAll(async () => {
    await harness?.close();
  });
  return () => harness!;
}
