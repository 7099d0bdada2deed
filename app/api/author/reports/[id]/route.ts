import { NextResponse } from "next/server";
import { resolveReport } from "@/lib/server/reports/resolve-report.ts";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { reportIdParam, resolveReportSchema } from "@/lib/validation/reports.ts";

export function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async () => {
    const user = await requireRole("AUTHOR");
    const id = parseParam(reportIdParam, (await params).id);
    const input = await readJson(request, resolveReportSchema);
    return NextResponse.json(await resolveReport(await getPrisma(), user, id, input, new Date()));
  });
}
