import { NextResponse, type NextRequest } from "next/server";
import { saveItemForSession } from "@/lib/server/attempts/save-item.ts";
import { requireSessionClaims } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { attemptIdParam, positionParam, saveItemSchema } from "@/lib/validation/attempts.ts";

type Context = { params: Promise<{ id: string; position: string }> };

/** Saves one question's answer and/or flag; answers are saved as they are given. The session is checked inside the save. */
export function PUT(request: NextRequest, context: Context) {
  return handle(request, async () => {
    const claims = await requireSessionClaims(request.cookies.getAll());
    const params = await context.params;
    const id = parseParam(attemptIdParam, params.id);
    const position = parseParam(positionParam, params.position);
    const input = await readJson(request, saveItemSchema);
    return NextResponse.json(await saveItemForSession(await getPrisma(), claims, id, position, input));
  });
}
