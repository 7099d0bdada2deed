import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { listClaims } from "@/lib/server/guarantee/list-claims.ts";
import { handle } from "@/lib/server/http/respond.ts";

const statusFilter = z.enum(["SUBMITTED", "APPROVED", "REJECTED"]).optional().catch(undefined);

/** The claim queue for admins; `?status=SUBMITTED` for open claims only. */
export function GET(request: Request) {
  return handle(request, async () => {
    const admin = await requireRole("ADMIN");
    const status = statusFilter.parse(new URL(request.url).searchParams.get("status") ?? undefined);
    return NextResponse.json(await listClaims(await getPrisma(), admin.id, { status }), { headers: { "Cache-Control": "no-store" } });
  });
}
