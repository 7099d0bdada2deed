import { buildIfNeeded } from "../../scripts/lib/build-if-needed.ts";
import { ensureAuthSecret } from "../../scripts/lib/ensure-auth-secret.ts";
import { loadDotenv } from "../../scripts/lib/load-dotenv.ts";

/** The system tests run the production build: the one e2e made when the sources have not changed since. */
export default function setup() {
  loadDotenv(false);
  ensureAuthSecret();
  buildIfNeeded((line) => console.log(`[system] ${line}`));
}
