import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { deleteNote, saveNote } from "@/lib/server/notebook/question-notes.ts";
import { noteSchema, questionIdParam } from "@/lib/validation/review.ts";

type Context = { params: Promise<{ questionId: string }> };

/** Creates or replaces the learner's note on a question they have met. */
export function PUT(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const questionId = parseParam(questionIdParam, (await context.params).questionId);
    const { text } = await readJson(request, noteSchema);
    return NextResponse.json(await saveNote(await getPrisma(), user.id, questionId, text));
  });
}

export function DELETE(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const questionId = parseParam(questionIdParam, (await context.params).questionId);
    await deleteNote(await getPrisma(), user.id, questionId);
    return new Response(null, { status: 204 });
  });
}
