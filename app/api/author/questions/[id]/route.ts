import { NextResponse } from "next/server";
import { getQuestionForEdit } from "@/lib/server/authoring/get-question-for-edit.ts";
import { saveQuestion } from "@/lib/server/authoring/save-question.ts";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { questionIdSchema, saveQuestionSchema } from "@/lib/validation/authoring.ts";

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Context) {
  return handle(request, async () => {
    const user = await requireRole("AUTHOR");
    const id = parseParam(questionIdSchema, (await params).id);
    return NextResponse.json(await getQuestionForEdit(await getPrisma(), user, id));
  });
}

export function PUT(request: Request, { params }: Context) {
  return handle(request, async () => {
    const user = await requireRole("AUTHOR");
    const id = parseParam(questionIdSchema, (await params).id);
    const input = await readJson(request, saveQuestionSchema);
    return NextResponse.json(await saveQuestion(await getPrisma(), user, input, id));
  });
}
