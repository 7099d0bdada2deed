import { NextResponse } from "next/server";
import { retireQuestion } from "@/lib/server/authoring/retire-question.ts";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { handle } from "@/lib/server/http/respond.ts";
import { questionIdSchema } from "@/lib/validation/authoring.ts";

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async () => {
    const user = await requireRole("AUTHOR");
    const id = parseParam(questionIdSchema, (await params).id);
    return NextResponse.json(await retireQuestion(await getPrisma(), user, id));
  });
}
