import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_AUTH_SECRET, runToEnd } from "./app-server.ts";

/**
 * A directory holding a production build of this checkout, without touching the checkout's own
 * `.next` (someone may be serving it). BENCH_APP_DIR names a directory to use as it is (built
 * there if it has no build); otherwise the sources are mirrored into a directory under the system
 * temp folder, with node_modules hard-linked, and built there — again only when a source changed.
 */
export async function productionAppDir(log: (line: string) => void = console.log): Promise<string> {
  const given = process.env.BENCH_APP_DIR;
  if (given) {
    const dir = path.resolve(given);
    if (!fs.existsSync(path.join(dir, ".next/BUILD_ID"))) await build(dir, log);
    return dir;
  }
  const source = process.cwd();
  const dir = path.join(os.tmpdir(), `passpath-bench-${crypto.createHash("sha256").update(source).digest("hex").slice(0, 8)}`);
  fs.mkdirSync(dir, { recursive: true });
  const changes = execFileSync(
    "rsync",
    ["-a", "--delete", "--itemize-changes", ...["node_modules", ".next", ".data", ".git", "test-results", "playwright-report", "tmp", "bench/results"].flatMap((x) => ["--exclude", x]), `${source}/`, `${dir}/`],
    { encoding: "utf8" },
  ).trim();
  if (!fs.existsSync(path.join(dir, "node_modules"))) execFileSync("cp", ["-al", path.join(source, "node_modules"), path.join(dir, "node_modules")]);
  if (changes || !fs.existsSync(path.join(dir, ".next/BUILD_ID"))) await build(dir, log);
  else log(`production build in ${dir} is current`);
  return dir;
}

async function build(dir: string, log: (line: string) => void): Promise<void> {
  log(`building the production app in ${dir} (a few minutes) …`);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: BENCH_AUTH_SECRET };
  await runToEnd(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "build"], dir, env);
}
