import { AppError } from "@/lib/errors.ts";
import { planToIcs } from "@/lib/domain/planning/plan-to-ics.ts";
import { isoDayOf } from "@/lib/domain/planning/dates.ts";
import { getCurrentUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { fieldErrorsOf, handle } from "@/lib/server/http/respond.ts";
import { getStudyPlan } from "@/lib/server/planning/get-study-plan.ts";
import { siteUrl } from "@/lib/server/planning/site-url.ts";
import { plannerQuerySchema } from "@/lib/validation/planning.ts";

/** The study plan for ?exam=&date=&hours= as an iCalendar file; a signed-in learner's follows their results. */
export function GET(request: Request) {
  return handle(request, async () => {
    const params = new URL(request.url).searchParams;
    const parsed = plannerQuerySchema.safeParse({ exam: params.get("exam") ?? undefined, date: params.get("date") ?? undefined, hours: params.get("hours") ?? undefined });
    if (!parsed.success) throw new AppError("BAD_REQUEST", "Some fields are not valid.", { fieldErrors: fieldErrorsOf(parsed.error) });

    const now = new Date();
    const user = await getCurrentUser();
    const { result } = await getStudyPlan(await getPrisma(), user?.id ?? null, parsed.data, isoDayOf(now));
    if (!result.ok) throw new AppError("UNPROCESSABLE", result.message);

    const query = new URLSearchParams({ exam: parsed.data.exam, date: parsed.data.date, hours: String(parsed.data.hours) });
    const ics = planToIcs(result.plan, { url: new URL(`/planner?${query}`, siteUrl()).toString(), stamp: now });
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="passpath-${parsed.data.exam}-plan-${parsed.data.date}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
