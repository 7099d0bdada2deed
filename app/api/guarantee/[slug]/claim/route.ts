import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { examCodeForSlug } from "@/lib/server/guarantee/exam-code-for-slug.ts";
import { fileClaim } from "@/lib/server/guarantee/file-claim.ts";
import { readClaimForm } from "@/lib/server/guarantee/read-claim-form.ts";
import { handle } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { examSlugParam } from "@/lib/validation/guarantee.ts";

type Context = { params: Promise<{ slug: string }> };

/** Files the learner's claim (multipart: examDate, score, scoreReportId, statement, upload): 201 with the claim and its snapshot. */
export function POST(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const prisma = await getPrisma();
    const examCode = await examCodeForSlug(prisma, parseParam(examSlugParam, (await context.params).slug));
    const input = await readClaimForm(request);
    return NextResponse.json(await fileClaim(prisma, user.id, examCode, input), { status: 201 });
  });
}
