import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { clockFrom } from "@/lib/server/review/request-clock.ts";
import { setCardRetired } from "@/lib/server/review/retire-card.ts";
import { cardIdParam, retireCardSchema } from "@/lib/validation/review.ts";

type Context = { params: Promise<{ id: string }> };

/** Retires a review card or brings it back: `{ "retired": true | false }`. */
export function PATCH(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const id = parseParam(cardIdParam, (await context.params).id);
    const { retired } = await readJson(request, retireCardSchema);
    return NextResponse.json(await setCardRetired(await getPrisma(), user.id, id, retired, clockFrom(request.headers)));
  });
}
