import { NextResponse } from "next/server";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { decideClaim } from "@/lib/server/guarantee/decide-claim.ts";
import { getAdminClaim } from "@/lib/server/guarantee/get-admin-claim.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { claimIdParam, decideClaimSchema } from "@/lib/validation/guarantee.ts";

type Context = { params: Promise<{ id: string }> };

/** Approves or rejects an open claim with a reason; 409 when it was already decided. */
export function POST(request: Request, context: Context) {
  return handle(request, async () => {
    const admin = await requireRole("ADMIN");
    const id = parseParam(claimIdParam, (await context.params).id);
    const input = await readJson(request, decideClaimSchema);
    const prisma = await getPrisma();
    await decideClaim(prisma, admin.id, id, input);
    return NextResponse.json(await getAdminClaim(prisma, admin.id, id));
  });
}
