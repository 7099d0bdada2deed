import { NextResponse } from "next/server";
import { saveQuestion } from "@/lib/server/authoring/save-question.ts";
import { listQuestions } from "@/lib/server/authoring/list-questions.ts";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { questionListQuerySchema, saveQuestionSchema } from "@/lib/validation/authoring.ts";

export function GET(request: Request) {
  return handle(request, async () => {
    const user = await requireRole("AUTHOR");
    const query = questionListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json(await listQuestions(await getPrisma(), user, query));
  });
}

export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireRole("AUTHOR");
    const input = await readJson(request, saveQuestionSchema);
    return NextResponse.json(await saveQuestion(await getPrisma(), user, input), { status: 201 });
  });
}
