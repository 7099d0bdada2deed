import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { enroll } from "@/lib/server/guarantee/enroll.ts";
import { examCodeForSlug } from "@/lib/server/guarantee/exam-code-for-slug.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { enrollSchema, examSlugParam } from "@/lib/validation/guarantee.ts";

type Context = { params: Promise<{ slug: string }> };

/** Enrolls the learner in the exam's guarantee: 201 the first time, 200 with the same enrollment after. */
export function POST(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, enrollSchema);
    const prisma = await getPrisma();
    const examCode = await examCodeForSlug(prisma, parseParam(examSlugParam, (await context.params).slug));
    const result = await enroll(prisma, user.id, examCode, { targetDate: input.targetDate });
    return NextResponse.json(result.enrollment, { status: result.created ? 201 : 200 });
  });
}
