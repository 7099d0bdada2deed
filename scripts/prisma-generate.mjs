// `prisma generate` insists that a native schema-engine binary exists, but only uses the wasm
// bundled in the CLI. The binary cannot be downloaded here, so point it at any existing file.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
execFileSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
