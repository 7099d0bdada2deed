import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { clockFrom } from "@/lib/server/review/request-clock.ts";
import { startRetryOfAttempt } from "@/lib/server/review/start-retry-quiz.ts";
import { retryAttemptSchema } from "@/lib/validation/review.ts";

/** "Retry missed": a quiz of the questions a past attempt did not get right; 201 with its id. */
export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const { attemptId } = await readJson(request, retryAttemptSchema);
    const started = await startRetryOfAttempt(await getPrisma(), user.id, attemptId, clockFrom(request.headers));
    return NextResponse.json(started, { status: 201 });
  });
}
