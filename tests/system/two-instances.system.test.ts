// Two production app instances on different ports sharing one PostgreSQL: a session from one is
// valid on the other, an exam started on one is continued and submitted on the other, and saves
// arriving on both at once for one attempt are all kept.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appEnv, PORTS, seedDatabase, startAppServer, type AppServer } from "./app-server.ts";
import { answerQuestions, missingAnswers, type Acknowledged } from "./exam-traffic.ts";
import { SIGN_IN_LIMIT } from "@/lib/server/accounts/sign-in-limiter.ts";
import { LearnerClient } from "./learner-client.ts";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.ts";

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "passpath-two-"));
let postgres: ThrowawayPostgres;
let first: AppServer | undefined;
let second: AppServer | undefined;

beforeAll(async () => {
  postgres = startThrowawayPostgres(PORTS.postgres);
  const database = { DATABASE_URL: postgres.createDatabase("passpath_shared") };
  const uploads = path.join(workDir, "uploads");
  seedDatabase(appEnv(PORTS.app, database, uploads));
  [first, second] = await Promise.all([startAppServer(PORTS.app, appEnv(PORTS.app, database, uploads)), startAppServer(PORTS.secondApp, appEnv(PORTS.secondApp, database, uploads))]);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  postgres?.destroy();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe("two app instances on one PostgreSQL", () => {
  it("continues and submits on the second instance an exam started on the first", async () => {
    const learner = await LearnerClient.signUp(first!.url, "two-instances");
    const id = await learner.startExam();
    const onFirst = await learner.attempt(id);
    const acknowledged: Acknowledged = new Map();
    await answerQuestions(learner, onFirst, acknowledged, { count: 10 });
    expect((await learner.request("PUT", `/api/attempts/${id}/position`, { position: 10 })).status).toBe(204);

    const viaSecond = learner.onInstance(second!.url);
    const onSecond = await viaSecond.attempt(id);
    expect(onSecond.status).toBe("IN_PROGRESS");
    expect(onSecond.items.map((i) => i.questionId)).toEqual(onFirst.items.map((i) => i.questionId));
    expect(missingAnswers(onSecond, acknowledged)).toEqual([]);
    expect(onSecond.currentPosition).toBe(10);

    await answerQuestions(viaSecond, onSecond, acknowledged, { from: 10 });
    expect(acknowledged.size).toBe(onFirst.items.length);
    const submitted = await viaSecond.request<{ status: string; result: { pointsPossible: number } | null }>("POST", `/api/attempts/${id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe("SUBMITTED");

    const afterwards = await learner.attempt(id);
    expect(afterwards.status).toBe("SUBMITTED");
    expect(afterwards.result).toEqual(submitted.body.result);
    expect(missingAnswers(afterwards, acknowledged)).toEqual([]);
    // Submit is idempotent across instances too.
    expect((await learner.request<{ result: unknown }>("POST", `/api/attempts/${id}/submit`)).body.result).toEqual(submitted.body.result);
  });

  it("keeps every save when one attempt is answered through both instances at once", async () => {
    const onA = await LearnerClient.signUp(first!.url, "both-at-once");
    const attempt = await onA.attempt(await onA.startExam());
    const onB = onA.onInstance(second!.url);
    const half = Math.floor(attempt.items.length / 2);
    const acknowledged: [Acknowledged, Acknowledged] = [new Map(), new Map()];
    await Promise.all([answerQuestions(onA, attempt, acknowledged[0], { count: half }), answerQuestions(onB, attempt, acknowledged[1], { from: half })]);
    expect(acknowledged[0].size + acknowledged[1].size).toBe(attempt.items.length);
    const final = await onA.attempt(attempt.id);
    expect(missingAnswers(final, new Map([...acknowledged[0], ...acknowledged[1]]))).toEqual([]);
  });

  // Last in the file: it also throttles this machine's address.
  it("holds the sign-in rate limit across instances (its counters are in the database)", async () => {
    const learner = await LearnerClient.signUp(first!.url, "throttled");
    const wrong = (via: AppServer) => new LearnerClient(via.url, learner.email, "not the right password");
    for (let i = 0; i < SIGN_IN_LIMIT.points; i++) await expect(wrong(i % 2 === 0 ? first! : second!).signIn()).rejects.toThrow(/sign-in failed: (?!429)/);
    for (const via of [first!, second!]) await expect(new LearnerClient(via.url, learner.email, learner.password).signIn()).rejects.toThrow(/sign-in failed: 429/);
  });
});
