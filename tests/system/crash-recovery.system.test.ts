// kill -9 of the production server while learners are answering exam questions, on PGlite and on
// PostgreSQL: after a restart on the same data every acknowledged answer is there and the attempts
// resume and can be submitted.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { appEnv, PORTS, seedDatabase, startAppServer, type AppServer } from "./app-server.ts";
import { answerQuestions, missingAnswers, type Acknowledged } from "./exam-traffic.ts";
import { LearnerClient } from "./learner-client.ts";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.ts";

const LEARNERS = 4;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "passpath-crash-"));
let postgres: ThrowawayPostgres | undefined;
let server: AppServer | undefined;

afterAll(async () => {
  await server?.crash();
  postgres?.destroy();
  fs.rmSync(workDir, { recursive: true, force: true });
});

const targets: [string, () => Record<string, string>][] = [
  ["PGlite", () => ({ PGLITE_DATA_DIR: path.join(workDir, "pglite") })],
  [
    "PostgreSQL",
    () => {
      postgres = startThrowawayPostgres(PORTS.postgres);
      return { DATABASE_URL: postgres.createDatabase("passpath_crash") };
    },
  ],
];

describe.each(targets)("kill -9 in the middle of exams on %s", (_label, database) => {
  it("keeps every acknowledged answer and lets each attempt resume and be submitted", async () => {
    const env = appEnv(PORTS.app, database(), path.join(workDir, "uploads"));
    seedDatabase(env);
    server = await startAppServer(PORTS.app, env);

    const learners = await Promise.all(Array.from({ length: LEARNERS }, (_, i) => LearnerClient.signUp(server!.url, `crash${i}`)));
    const attempts = await Promise.all(learners.map(async (learner) => learner.attempt(await learner.startExam())));
    const acknowledged: Acknowledged[] = learners.map(() => new Map());

    // Everyone answers as fast as the server allows; the server dies under them mid-stream.
    const traffic = Promise.all(learners.map((learner, i) => answerQuestions(learner, attempts[i]!, acknowledged[i]!)));
    while (acknowledged.reduce((sum, a) => sum + a.size, 0) < LEARNERS * 6) await new Promise((resolve) => setTimeout(resolve, 20));
    await server.crash();
    await traffic;
    const saved = acknowledged.reduce((sum, a) => sum + a.size, 0);
    expect(saved).toBeGreaterThanOrEqual(LEARNERS * 6);
    expect(acknowledged.every((a) => a.size < attempts[0]!.items.length), "the crash came mid-exam").toBe(true);

    server = await startAppServer(PORTS.app, env);
    for (const [i, learner] of learners.entries()) {
      const resumed = await learner.attempt(attempts[i]!.id);
      expect(resumed.status).toBe("IN_PROGRESS");
      expect(missingAnswers(resumed, acknowledged[i]!)).toEqual([]);

      const next = Math.max(...acknowledged[i]!.keys()) + 1;
      await answerQuestions(learner, resumed, acknowledged[i]!, { from: next, count: 3 });
      expect(acknowledged[i]!.has(next + 2), "answers are accepted again after the restart").toBe(true);
      const submitted = await learner.request<{ status: string; result: unknown }>("POST", `/api/attempts/${resumed.id}/submit`);
      expect(submitted.status).toBe(200);
      expect(submitted.body.status).toBe("SUBMITTED");
      expect(missingAnswers(await learner.attempt(resumed.id), acknowledged[i]!)).toEqual([]);
    }
    await server.stop();
    server = undefined;
  });
});
