import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export type DbKind = "pglite" | "postgres";
export type AppServer = { url: string; db: DbKind; stop(): Promise<void> };

const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Starts the production build (`next start`) on a fresh, migrated and seeded database of the given
 * kind, the same way `npm start` prepares one. The build must exist (`npm run build`).
 */
export async function startAppServer(db: DbKind, port: number): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` };
  let dropDatabase = async () => {};
  if (db === "pglite") {
    const dir = path.resolve(`.data/bench/pglite-${port}`);
    fs.rmSync(dir, { recursive: true, force: true });
    env.PGLITE_DATA_DIR = dir;
    env.DATABASE_URL = "";
  } else {
    const name = `passpath_bench_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  await run("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/db-seed.ts"], env);
  const child = spawn("npx", ["--no-install", "next", "start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"] as const });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`);
  return {
    url,
    db,
    async stop() {
      await stopChild(child);
      await dropDatabase();
    },
  };
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"] as const });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}
