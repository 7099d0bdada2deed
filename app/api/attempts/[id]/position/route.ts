import { NextResponse } from "next/server";
import { moveTo } from "@/lib/server/attempts/save-item.ts";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { attemptIdParam, moveSchema } from "@/lib/validation/attempts.ts";

type Context = { params: Promise<{ id: string }> };

/** Remembers the question the learner is on, so the attempt resumes there. */
export function PUT(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const id = parseParam(attemptIdParam, (await context.params).id);
    const { position } = await readJson(request, moveSchema);
    await moveTo(await getPrisma(), user.id, id, position);
    return new NextResponse(null, { status: 204 });
  });
}
