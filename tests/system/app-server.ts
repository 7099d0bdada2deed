import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "../../scripts/lib/ensure-auth-secret.ts";
import { loadDotenv } from "../../scripts/lib/load-dotenv.ts";

// The servers sign session cookies with the same secret as the build and every other instance.
loadDotenv(false);
ensureAuthSecret();

export type AppServer = {
  url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** kill -9 of the server's process group: no shutdown hooks, no flush. */
  crash(): Promise<void>;
  stop(): Promise<void>;
};

/** The system suite's own ports (one file runs at a time): two app instances and a throwaway PostgreSQL. */
export const PORTS = { app: 3204, secondApp: 3214, postgres: 3224 } as const;

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const TSX_CLI = path.resolve("node_modules/tsx/dist/cli.mjs");

/** Environment for one app instance on one database: `{ DATABASE_URL }` or `{ PGLITE_DATA_DIR }`. */
export function appEnv(port: number, database: Record<string, string>, uploadDir: string): Record<string, string> {
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: `http://localhost:${port}`,
    DATABASE_URL: "",
    UPLOAD_DIR: uploadDir,
    SEED_DEMO_ACCOUNTS: "true",
    ...database,
  };
}

/** Migrates and seeds the database the way `npm start` does (catalog, bundled banks, demo accounts). */
export function seedDatabase(env: Record<string, string>): void {
  const result = spawnSync(process.execPath, [TSX_CLI, "--conditions=react-server", "scripts/db-seed.ts"], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`seeding failed:\n${result.stdout}\n${result.stderr}`);
}

/** `next start` on the production build in .next, in its own process group; resolves once /api/health answers 200. */
export async function startAppServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
    await exited;
  };
  const server: AppServer = { url: `http://localhost:${port}`, output: () => log, crash: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
  try {
    await waitFor(async () => (await fetch(`${server.url}/api/health`)).status === 200, 90_000, () => child.exitCode !== null);
  } catch (error) {
    await server.crash();
    throw new Error(`the app on port ${port} did not become healthy: ${String(error)}\n${log}`);
  }
  return server;
}

/** Polls `check` until it returns true; network errors count as "not yet". */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, givenUp: () => boolean = () => false): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (givenUp()) throw new Error("the process exited");
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not ready after ${timeoutMs} ms`);
}
