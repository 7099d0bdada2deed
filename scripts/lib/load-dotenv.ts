import nextEnv from "@next/env";

/** Loads .env, .env.local … the same way `next start` does, so scripts and the server agree. */
export function loadDotenv(dev = process.env.NODE_ENV !== "production"): void {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error }, true);
}
