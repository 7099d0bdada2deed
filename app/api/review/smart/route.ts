import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { clockFrom } from "@/lib/server/review/request-clock.ts";
import { startSmartPractice } from "@/lib/server/review/start-smart-practice.ts";
import { smartPracticeSchema } from "@/lib/validation/review.ts";

/** Starts a smart-practice session: 201 with the attempt's id. */
export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, smartPracticeSchema);
    const started = await startSmartPractice(await getPrisma(), user.id, input, clockFrom(request.headers));
    return NextResponse.json(started, { status: 201 });
  });
}
