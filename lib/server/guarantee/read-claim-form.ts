import "server-only";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/guarantee/detect-upload-type.ts";
import { AppError } from "@/lib/errors.ts";
import { fieldErrorsOf } from "@/lib/server/http/respond.ts";
import { claimFieldsSchema } from "@/lib/validation/guarantee.ts";
import type { FileClaimInput } from "./file-claim.ts";

// Room for the text fields and multipart framing around a file of the largest allowed size.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/** Parses the multipart claim form: text fields with zod, the file as raw bytes (its type is checked later by content). */
export async function readClaimForm(request: Request): Promise<FileClaimInput> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "The score report is larger than 5 MB.", { fieldErrors: { upload: ["The file is larger than 5 MB."] } });
  }
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError("BAD_REQUEST", "Send the claim as a form with the score report attached.");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The form could not be read.");
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const parsed = claimFieldsSchema.safeParse({ examDate: text("examDate"), score: text("score") || undefined, scoreReportId: text("scoreReportId") ?? "", statement: text("statement") ?? "" });
  if (!parsed.success) throw new AppError("BAD_REQUEST", "Some fields are not valid.", { fieldErrors: fieldErrorsOf(parsed.error) });
  const file = form.get("upload");
  const upload = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  return { ...parsed.data, upload };
}
