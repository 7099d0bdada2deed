// npm run db:seed: migrates and seeds the configured database without starting the server.
import { EnvError } from "../lib/env.ts";
import { ensureAuthSecret } from "./lib/ensure-auth-secret.ts";
import { loadDotenv } from "./lib/load-dotenv.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

loadDotenv();
ensureAuthSecret();
try {
  await prepareDatabase((line) => console.log(line));
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
process.exit(0);
