import { isDeepStrictEqual } from "node:util";
import type { Response as AnswerResponse } from "@/lib/domain/questions/content.ts";
import type { AttemptDto } from "@/lib/server/attempts/dto.ts";
import { someAnswer, type LearnerClient } from "./learner-client.ts";

/** What the server acknowledged (200) for one attempt: position → answer and flag. */
export type Acknowledged = Map<number, { response: AnswerResponse; flagged: boolean }>;

/**
 * Answers the attempt's questions in order from `from`, recording every acknowledged save, until
 * `count` are saved or a request fails (a crashed server ends the run without throwing).
 */
export async function answerQuestions(client: LearnerClient, attempt: AttemptDto, acknowledged: Acknowledged, options: { from?: number; count?: number } = {}): Promise<void> {
  const from = options.from ?? 0;
  const to = Math.min(attempt.items.length, from + (options.count ?? attempt.items.length));
  for (let position = from; position < to; position++) {
    const item = attempt.items[position]!;
    const save = { response: someAnswer(item.view, position), flagged: position % 4 === 0 };
    let status: number;
    try {
      status = (await client.request("PUT", `/api/attempts/${attempt.id}/items/${position}`, save)).status;
    } catch {
      return;
    }
    if (status !== 200) return;
    acknowledged.set(position, save);
  }
}

/** Every acknowledged answer and flag, as the server reports the attempt now; [] when all are there. */
export function missingAnswers(attempt: AttemptDto, acknowledged: Acknowledged): string[] {
  const missing: string[] = [];
  for (const [position, save] of acknowledged) {
    const item = attempt.items[position];
    if (!isDeepStrictEqual(item?.response, save.response) || item?.flagged !== save.flagged) {
      missing.push(`${attempt.id}#${position}: saved ${JSON.stringify(save)}, found ${JSON.stringify({ response: item?.response, flagged: item?.flagged })}`);
    }
  }
  return missing;
}
