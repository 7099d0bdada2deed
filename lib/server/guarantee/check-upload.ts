import "server-only";
import { detectUploadType, MAX_UPLOAD_BYTES, type UploadMime } from "@/lib/domain/guarantee/detect-upload-type.ts";
import { AppError } from "@/lib/errors.ts";

/** The upload's real type, or a 4xx that names the field: PDF, PNG, JPEG or WebP by content, at most 5 MB. */
export function checkUpload(bytes: Uint8Array | null): UploadMime {
  if (!bytes || bytes.length === 0) {
    throw new AppError("BAD_REQUEST", "Attach your score report.", { fieldErrors: { upload: ["Attach your score report (PDF, PNG, JPEG or WebP)."] } });
  }
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "The score report is larger than 5 MB.", { fieldErrors: { upload: ["The file is larger than 5 MB."] } });
  }
  const mime = detectUploadType(bytes);
  if (!mime) {
    throw new AppError("BAD_REQUEST", "The score report must be a PDF, PNG, JPEG or WebP file.", { fieldErrors: { upload: ["Only PDF, PNG, JPEG or WebP files are accepted."] } });
  }
  return mime;
}
