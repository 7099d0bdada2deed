export const UPLOAD_TYPES = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
} as const;

export type UploadMime = keyof typeof UPLOAD_TYPES;

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const SIGNATURES: [UploadMime, number[]][] = [
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
];

/** The file's real type from its first bytes; the declared type and the name are never trusted. */
export function detectUploadType(bytes: Uint8Array): UploadMime | null {
  for (const [mime, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte)) return mime;
  }
  return null;
}
