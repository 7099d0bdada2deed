import { NextResponse } from "next/server";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { adminGrantEnrollment } from "@/lib/server/guarantee/admin-grant-enrollment.ts";
import { listEnrollments } from "@/lib/server/guarantee/list-enrollments.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { grantEnrollmentSchema } from "@/lib/validation/guarantee.ts";

/** The most recent enrollments, newest first. */
export function GET(request: Request) {
  return handle(request, async () => {
    const admin = await requireRole("ADMIN");
    return NextResponse.json(await listEnrollments(await getPrisma(), admin.id), { headers: { "Cache-Control": "no-store" } });
  });
}

/** Grants a learner an enrollment: 201 when new, 200 with the existing one when they already hold it. */
export function POST(request: Request) {
  return handle(request, async () => {
    const admin = await requireRole("ADMIN");
    const input = await readJson(request, grantEnrollmentSchema);
    const result = await adminGrantEnrollment(await getPrisma(), admin.id, input);
    return NextResponse.json(result, { status: result.created ? 201 : 200 });
  });
}
