import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "prisma/schema.prisma", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["node_modules", "generated", ".next"]);
const STAMP = path.join(".next", "passpath-source-hash");

function sourceHash(): string {
  const hash = crypto.createHash("sha256");
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) if (!SKIP.has(child)) visit(path.join(entry, child));
    } else {
      hash.update(entry).update(fs.readFileSync(entry));
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

/** Runs `next build` when there is no build yet or a source file changed since the last one. */
export function buildIfNeeded(log: (line: string) => void): void {
  const current = sourceHash();
  const built = fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(STAMP) ? fs.readFileSync(STAMP, "utf8") : null;
  if (built === current) {
    log("Production build is up to date.");
    return;
  }
  log("Building the app (first start, or the sources changed)…");
  execFileSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(STAMP, current);
}
