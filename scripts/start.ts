// npm start: the whole quick start. Writes a local auth secret if there is none, validates the
// environment, builds when needed, migrates and seeds the database, then serves the app.
import { spawn } from "node:child_process";
import { EnvError, loadEnv } from "../lib/env.ts";
import { DEMO_ADMIN, DEMO_AUTHOR, DEMO_LEARNER } from "../lib/server/seed/demo-accounts.ts";
import { buildIfNeeded } from "./lib/build-if-needed.ts";
import { ensureAuthSecret } from "./lib/ensure-auth-secret.ts";
import { loadDotenv } from "./lib/load-dotenv.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

const log = (line: string) => console.log(`[passpath] ${line}`);

loadDotenv(false);
if (ensureAuthSecret()) log("Wrote a new NEXTAUTH_SECRET to .env.local.");
let env;
try {
  env = loadEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(`[passpath] ${error.message}\nFix these in your environment or .env.local, then run npm start again.`);
    process.exit(1);
  }
  throw error;
}

const port = process.env.PORT ?? "3000";
// next-auth builds its callback URLs from this; without it, it warns and guesses from each request.
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

buildIfNeeded(log);
await prepareDatabase(log);

const server = spawn("npx", ["--no-install", "next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

if (await waitForHealth(`http://127.0.0.1:${port}/api/health`)) {
  const url = env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const lines = [`PassPath is running at ${url}`];
  if (process.env.SEED_DEMO_ACCOUNTS !== "false") {
    lines.push(`  Demo learner: ${DEMO_LEARNER.email} / ${DEMO_LEARNER.password}`, `  Demo author:  ${DEMO_AUTHOR.email} / ${DEMO_AUTHOR.password}`);
  }
  lines.push(env.ADMIN_EMAIL ? `  Admin:        ${env.ADMIN_EMAIL} / (ADMIN_PASSWORD)` : `  Demo admin:   ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
  console.log(`\n${lines.join("\n")}\n`);
}

async function waitForHealth(url: string, timeoutMs = 90_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  log(`The server did not answer ${url} within ${timeoutMs / 1000} s.`);
  return false;
}
