import { NextResponse } from "next/server";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { catchUpReviews } from "@/lib/server/review/record-graded-answers.ts";
import { clockFrom, learnerTimeZone } from "@/lib/server/review/request-clock.ts";
import { startReviewQuiz } from "@/lib/server/review/start-review-quiz.ts";
import { startReviewQuizSchema } from "@/lib/validation/review.ts";

/** Starts a review quiz of the cards of one exam due today: 201 with the attempt's id. */
export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, startReviewQuizSchema);
    const prisma = await getPrisma();
    await catchUpReviews(prisma, user.id);
    const started = await startReviewQuiz(prisma, user.id, input, clockFrom(request.headers), await learnerTimeZone());
    return NextResponse.json(started, { status: 201 });
  });
}
