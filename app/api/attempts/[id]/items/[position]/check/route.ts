import { NextResponse } from "next/server";
import { checkItem } from "@/lib/server/attempts/check-item.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { attemptIdParam, positionParam } from "@/lib/validation/attempts.ts";

type Context = { params: Promise<{ id: string; position: string }> };

/** Immediate feedback: makes the saved answer final and returns the item with its key and explanation. */
export function POST(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const params = await context.params;
    const id = parseParam(attemptIdParam, params.id);
    const position = parseParam(positionParam, params.position);
    const prisma = await getPrisma();
    await checkItem(prisma, user.id, id, position);
    const attempt = await getAttempt(prisma, user.id, id);
    return NextResponse.json(attempt.items[position]);
  });
}
