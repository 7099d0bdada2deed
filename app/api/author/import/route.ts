import { NextResponse } from "next/server";
import { parseMapping } from "@/lib/domain/authoring/parse-mapping.ts";
import { AppError } from "@/lib/errors.ts";
import { importUpload } from "@/lib/server/authoring/import-upload.ts";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { fieldErrorsOf, handle } from "@/lib/server/http/respond.ts";
import { importFormSchema, MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from "@/lib/validation/authoring.ts";

const TOO_LARGE = `An upload is limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split the files.`;

/** Multipart: files + format, examCode, skillAreaKey, mapping, skipUnsupported, dryRun. 422 with the report while a problem blocks. */
export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireRole("AUTHOR");
    if (Number(request.headers.get("content-length") ?? "0") > MAX_IMPORT_BYTES + 64 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new AppError("BAD_REQUEST", "Send the files as a multipart form.");
    }
    const fields = importFormSchema.safeParse(Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")));
    if (!fields.success) throw new AppError("BAD_REQUEST", "Some fields are not valid.", { fieldErrors: fieldErrorsOf(fields.error) });
    const mapping = parseMapping(fields.data.mapping);
    if (mapping.errors.length) throw new AppError("BAD_REQUEST", "The mapping has lines that cannot be read.", { fieldErrors: { mapping: mapping.errors } });

    const uploads = form.getAll("files").filter((value): value is File => typeof value !== "string" && value.size > 0);
    if (uploads.length === 0) throw new AppError("BAD_REQUEST", "Choose at least one file.", { fieldErrors: { files: ["Choose at least one file."] } });
    if (uploads.length > MAX_IMPORT_FILES) throw new AppError("BAD_REQUEST", `At most ${MAX_IMPORT_FILES} files at once.`, { fieldErrors: { files: [`At most ${MAX_IMPORT_FILES} files at once.`] } });
    if (uploads.reduce((sum, file) => sum + file.size, 0) > MAX_IMPORT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
    const files = await Promise.all(uploads.map(async (file) => ({ name: file.name.slice(0, 200) || "upload", bytes: new Uint8Array(await file.arrayBuffer()) })));

    const report = await importUpload(await getPrisma(), user, { ...fields.data, mapping: mapping.mapping, files });
    return NextResponse.json(report, { status: report.ok ? (report.committed ? 201 : 200) : 422 });
  });
}
