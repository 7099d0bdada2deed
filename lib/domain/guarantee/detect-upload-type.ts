export const UPLOAD_TYPES = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
} as const;

export type UploadMime = keyof typeof UPLOAD_TYPES;

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** Byte runs that must appear at the given offsets; WebP is a RIFF container with "WEBP" at byte 8. */
const SIGNATURES: [UploadMime, [offset: number, bytes: number[]][]][] = [
  ["application/pdf", [[0, ascii("%PDF-")]]],
  ["image/png", [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]]],
  ["image/jpeg", [[0, [0xff, 0xd8, 0xff]]]],
  ["image/webp", [[0, ascii("RIFF")], [8, ascii("WEBP")]]],
];

/** The file's real type from its first bytes; the declared type and the name are never trusted. */
export function detectUploadType(bytes: Uint8Array): UploadMime | null {
  for (const [mime, runs] of SIGNATURES) {
    if (runs.every(([offset, run]) => bytes.length >= offset + run.length && run.every((byte, i) => bytes[offset + i] === byte))) return mime;
  }
  return null;
}
