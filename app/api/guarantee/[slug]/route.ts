import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { examCodeForSlug } from "@/lib/server/guarantee/exam-code-for-slug.ts";
import { getEligibility } from "@/lib/server/guarantee/get-eligibility.ts";
import { handle } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { examSlugParam } from "@/lib/validation/guarantee.ts";

type Context = { params: Promise<{ slug: string }> };

/** The signed-in learner's live eligibility report, enrollment and claim for one exam. */
export function GET(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const prisma = await getPrisma();
    const examCode = await examCodeForSlug(prisma, parseParam(examSlugParam, (await context.params).slug));
    return NextResponse.json(await getEligibility(prisma, user.id, examCode), { headers: { "Cache-Control": "no-store" } });
  });
}
