import { NextResponse } from "next/server";
import { createReport } from "@/lib/server/reports/create-report.ts";
import { listMyReports } from "@/lib/server/reports/list-my-reports.ts";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { createReportSchema } from "@/lib/validation/reports.ts";

export function GET(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    return NextResponse.json({ reports: await listMyReports(await getPrisma(), user.id) });
  });
}

export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, createReportSchema);
    return NextResponse.json(await createReport(await getPrisma(), user, input), { status: 201 });
  });
}
