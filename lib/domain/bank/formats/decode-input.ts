import type { ImportInput, ImportProblem } from "./import-types.ts";
import { lineIndex } from "./line-index.ts";

/** Larger files are refused before parsing: a real bank file is far smaller, and garbage must not cost seconds. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type Decoded = { text: string } | { problem: ImportProblem };

/** UTF-8 text without a byte-order mark, or the one problem that says why the file cannot be read as such. */
export function decodeInput(input: ImportInput, file: string): Decoded {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    return fail(file, undefined, `the file is ${megabytes(size)} MB; imports are limited to ${megabytes(MAX_IMPORT_BYTES)} MB per file (split it)`);
  }
  const text = typeof input === "string" ? input : decodeBytes(input, file);
  if (typeof text !== "string") return text;

  const replacement = text.indexOf("\uFFFD");
  if (replacement >= 0) {
    return fail(file, lineAt(text, replacement), "not UTF-8: the text holds U+FFFD replacement characters, so it was read with the wrong encoding; save the file as UTF-8");
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return fail(file, lineAt(text, nul), "not UTF-8: the text holds NUL characters, which a UTF-16 file read as UTF-8 does; save the file as UTF-8");
  return { text: text.startsWith("\uFEFF") ? text.slice(1) : text };
}

function decodeBytes(bytes: Uint8Array, file: string): string | { problem: ImportProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(file, 1, "not UTF-8: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    return fail(file, lineAt(lenient, lenient.indexOf("\uFFFD")), "not UTF-8: the file holds byte sequences that are not UTF-8; save it as UTF-8");
  }
}

function fail(file: string, line: number | undefined, message: string): { problem: ImportProblem } {
  return { problem: { kind: "invalid", file, ...(line === undefined ? {} : { line }), path: "", message } };
}

function lineAt(text: string, offset: number): number {
  return lineIndex(text)(offset);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
