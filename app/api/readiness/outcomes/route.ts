import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { reportExamOutcome } from "@/lib/server/readiness/report-exam-outcome.ts";
import { reportOutcomeSchema } from "@/lib/validation/readiness.ts";

/** Records a real exam result: 201 with it (200 when it replaced the report for that day). */
export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, reportOutcomeSchema(new Date()));
    const outcome = await reportExamOutcome(await getPrisma(), user.id, input);
    return NextResponse.json({ outcome }, { status: outcome.updated ? 200 : 201 });
  });
}
