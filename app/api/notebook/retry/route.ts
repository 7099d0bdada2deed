import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { startNotebookRetry } from "@/lib/server/notebook/start-notebook-retry.ts";
import { clockFrom } from "@/lib/server/review/request-clock.ts";
import { retryNotebookSchema } from "@/lib/validation/review.ts";

/** "Retry missed" from the notebook: its questions of one exam (optionally one skill area or a search); 201 with the id. */
export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, retryNotebookSchema);
    const started = await startNotebookRetry(await getPrisma(), user.id, input, clockFrom(request.headers));
    return NextResponse.json(started, { status: 201 });
  });
}
