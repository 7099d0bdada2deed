import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { setGuessed } from "@/lib/server/review/mark-guessed.ts";
import { guessSchema } from "@/lib/validation/review.ts";

/** Marks a right answer as a guess (rated Hard) or takes the mark back; returns the mark and the card. */
export function PUT(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, guessSchema);
    return NextResponse.json(await setGuessed(await getPrisma(), user.id, input));
  });
}
