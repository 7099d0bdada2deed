import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isAppError } from "@/lib/errors.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import type { AttemptDto } from "@/lib/server/attempts/dto.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { attemptIdParam } from "@/lib/validation/attempts.ts";

/** The signed-in learner's attempt, or the 404 page — for someone else's attempt exactly as for a missing one. Cached per request. */
export const loadOwnAttempt = cache(async (userId: string, id: string): Promise<AttemptDto> => {
  if (!attemptIdParam.safeParse(id).success) notFound();
  try {
    return await getAttempt(await getPrisma(), userId, id);
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
});
