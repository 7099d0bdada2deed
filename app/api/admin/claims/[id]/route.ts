import { NextResponse } from "next/server";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { getAdminClaim } from "@/lib/server/guarantee/get-admin-claim.ts";
import { handle } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { claimIdParam } from "@/lib/validation/guarantee.ts";

type Context = { params: Promise<{ id: string }> };

/** One claim with its snapshot and evidence, for admins. */
export function GET(request: Request, context: Context) {
  return handle(request, async () => {
    const admin = await requireRole("ADMIN");
    const id = parseParam(claimIdParam, (await context.params).id);
    return NextResponse.json(await getAdminClaim(await getPrisma(), admin.id, id), { headers: { "Cache-Control": "no-store" } });
  });
}
