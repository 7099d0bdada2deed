import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { BankFile } from "@/lib/domain/bank/parse-bank-file.ts";

export const BUNDLED_BANKS_DIR = "prisma/banks";

/**
 * The bank files at `target`: the file itself, or every .yaml/.yml file below the folder, sorted.
 * Paths are relative to `cwd` with forward slashes (absolute outside it), as problems report them.
 */
export function readBankFiles(target: string, cwd = process.cwd()): BankFile[] {
  const absolute = path.resolve(cwd, target);
  if (!fs.existsSync(absolute)) throw new Error(`${target}: no such file or folder`);
  const paths = fs.statSync(absolute).isDirectory()
    ? fs
        .readdirSync(absolute, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name))
    : [absolute];
  return paths
    .map((file) => ({ path: displayPath(file, cwd), text: fs.readFileSync(file, "utf8") }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}
