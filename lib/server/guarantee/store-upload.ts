import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { UPLOAD_TYPES, type UploadMime } from "@/lib/domain/guarantee/detect-upload-type.ts";
import { AppError } from "@/lib/errors.ts";

const FOLDER = "claims";

/** Writes the bytes under a random name (never the client's) and returns the path relative to the upload folder. */
export async function storeUpload(uploadDir: string, bytes: Uint8Array, mime: UploadMime): Promise<string> {
  const relative = path.posix.join(FOLDER, `${crypto.randomBytes(16).toString("hex")}.${UPLOAD_TYPES[mime]}`);
  const absolute = resolveUpload(uploadDir, relative);
  await fs.mkdir(path.dirname(absolute), { recursive: true });
  await fs.writeFile(absolute, bytes, { flag: "wx", mode: 0o600 });
  return relative;
}

/** The absolute path of a stored upload; a stored path that escapes the folder is refused. */
export function resolveUpload(uploadDir: string, relative: string): string {
  const root = path.resolve(uploadDir);
  const absolute = path.resolve(root, relative);
  if (!absolute.startsWith(root + path.sep)) throw new AppError("NOT_FOUND", "Not found.");
  return absolute;
}

export async function removeUpload(uploadDir: string, relative: string): Promise<void> {
  await fs.rm(resolveUpload(uploadDir, relative), { force: true });
}
