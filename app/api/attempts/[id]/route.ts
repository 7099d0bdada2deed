import { NextResponse } from "next/server";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { attemptIdParam } from "@/lib/validation/attempts.ts";

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const id = parseParam(attemptIdParam, (await context.params).id);
    return NextResponse.json(await getAttempt(await getPrisma(), user.id, id), { headers: { "Cache-Control": "no-store" } });
  });
}
