import crypto from "node:crypto";
import fs from "node:fs";

/** Writes a random NEXTAUTH_SECRET to .env.local when none is configured; returns true if it wrote one. */
export function ensureAuthSecret(envLocalPath = ".env.local"): boolean {
  if (process.env.NEXTAUTH_SECRET) return false;
  const secret = crypto.randomBytes(48).toString("base64url");
  const existing = fs.existsSync(envLocalPath) ? fs.readFileSync(envLocalPath, "utf8") : "";
  const separator = existing && !existing.endsWith("\n") ? "\n" : "";
  fs.writeFileSync(envLocalPath, `${existing}${separator}# Written by npm start: signs session cookies. Keep it secret; changing it signs everyone out.\nNEXTAUTH_SECRET=${secret}\n`);
  process.env.NEXTAUTH_SECRET = secret;
  return true;
}
