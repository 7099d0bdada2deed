import { NextResponse } from "next/server";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { startAttemptSchema } from "@/lib/validation/attempts.ts";

/** Starts an attempt: 201 with its id, or 409 with the shortfall when the bank cannot fill an exam. */
export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, startAttemptSchema);
    const result = await startAttempt(await getPrisma(), user.id, input);
    if ("id" in result) return NextResponse.json(result, { status: 201 });
    return NextResponse.json(
      { error: "SHORTFALL", message: `The bank cannot fill a ${result.requested}-question exam yet; the nearest possible form has ${result.nearestPossibleTotal} questions.`, ...result },
      { status: 409 },
    );
  });
}
