// The server the end-to-end tests run against: the production build on a fresh embedded database
// of its own (seeded like `npm start`), with mail written to an outbox folder the tests can read.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { buildIfNeeded } from "./lib/build-if-needed.ts";
import { ensureAuthSecret } from "./lib/ensure-auth-secret.ts";
import { loadDotenv } from "./lib/load-dotenv.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = ".data/e2e/pglite";
const outbox = ".data/e2e/outbox";

loadDotenv(false);
ensureAuthSecret();
fs.rmSync(".data/e2e", { recursive: true, force: true });
fs.mkdirSync(outbox, { recursive: true });
Object.assign(process.env, {
  PGLITE_DATA_DIR: dataDir,
  DATABASE_URL: "",
  MAIL_OUTBOX_DIR: outbox,
  UPLOAD_DIR: ".data/e2e/uploads",
  NEXTAUTH_URL: `http://localhost:${port}`,
  SEED_DEMO_ACCOUNTS: "true",
  // Lets the review e2e test move time forward with the x-test-now header; never set in production.
  PASSPATH_TEST_CLOCK: "1",
});

buildIfNeeded((line) => console.log(line));
await prepareDatabase((line) => console.log(line));

const server = spawn("npx", ["--no-install", "next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
