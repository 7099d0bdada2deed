import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { adminQuery, databaseUrl } from "./postgres-admin.ts";

export type DbKind = "pglite" | "postgres";
export type AppServer = {
  url: string;
  db: DbKind;
  /** PostgreSQL only: the server's database, for checks made after the run. */
  databaseUrl?: string;
  stop(): Promise<void>;
};

/** The session-cookie secret of bench servers, unless the environment has one. */
export const BENCH_AUTH_SECRET = process.env.NEXTAUTH_SECRET ?? "bench-only-secret-not-for-production-0123456789";

/**
 * Starts the production build in `appDir` (`next start`) on a fresh, migrated and seeded database
 * of the given kind, the way `npm start` prepares one (bundled banks, no demo accounts). `stop()`
 * ends the server's whole process group and drops the database.
 */
export async function startAppServer(appDir: string, db: DbKind, port: number): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: BENCH_AUTH_SECRET,
    SEED_DEMO_ACCOUNTS: "false",
  };
  let dropDatabase = async () => {};
  let url: string | undefined;
  if (db === "pglite") {
    const dir = path.join(appDir, `.data/bench/pglite-${port}`);
    fs.rmSync(dir, { recursive: true, force: true });
    env.PGLITE_DATA_DIR = dir;
    env.DATABASE_URL = "";
  } else {
    const name = `passpath_bench_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    url = databaseUrl(name);
    env.DATABASE_URL = url;
    dropDatabase = async () => void (await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
  try {
    await runToEnd(path.join(appDir, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/db-seed.ts"], appDir, env);
  } catch (error) {
    await dropDatabase();
    throw error;
  }
  // Its own process group, so that stop() reaches next-server and not only the launcher.
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server under load.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, path.join(appDir, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: appDir,
    env,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/health`, child);
  } catch (error) {
    await stopGroup(child);
    await dropDatabase();
    throw error;
  }
  return {
    url: base,
    db,
    databaseUrl: url,
    async stop() {
      await stopGroup(child);
      await dropDatabase();
    },
  };
}

export function runToEnd(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000} s`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    const pid = child.pid;
    child.on("exit", () => resolve());
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-pid, name);
      } catch {
        // already gone
      }
    };
    signal("SIGTERM");
    setTimeout(() => signal("SIGKILL"), 5_000).unref();
  });
}
