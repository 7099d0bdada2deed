// PostgreSQL stops under the running production server: requests fail fast with a clear 503, and
// the app recovers on its own (no restart) when the database is back. The database is a throwaway
// cluster of the test's own (pg_ctl stop -m fast: open connections are terminated, new ones refused).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appEnv, PORTS, seedDatabase, startAppServer, waitFor, type AppServer } from "./app-server.ts";
import { answerQuestions, missingAnswers, type Acknowledged } from "./exam-traffic.ts";
import { LearnerClient } from "./learner-client.ts";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.ts";

/** Well under a browser's patience and far from a hung request; a refused connection takes milliseconds. */
const FAST_MS = 6_000;

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "passpath-outage-"));
let postgres: ThrowawayPostgres;
let server: AppServer | undefined;

beforeAll(async () => {
  postgres = startThrowawayPostgres(PORTS.postgres);
  const env = appEnv(PORTS.app, { DATABASE_URL: postgres.createDatabase("passpath_outage") }, path.join(workDir, "uploads"));
  seedDatabase(env);
  server = await startAppServer(PORTS.app, env);
});
afterAll(async () => {
  await server?.crash();
  postgres?.destroy();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe("PostgreSQL stops while the app serves", () => {
  it("answers 503 quickly while it is down and recovers by itself when it returns", async () => {
    const learner = await LearnerClient.signUp(server!.url, "outage");
    const attempt = await learner.attempt(await learner.startExam());
    const acknowledged: Acknowledged = new Map();
    await answerQuestions(learner, attempt, acknowledged, { count: 3 });
    expect(acknowledged.size).toBe(3);

    postgres.stop();
    const during = [
      ["GET", "/api/health", undefined],
      ["GET", `/api/attempts/${attempt.id}`, undefined],
      ["PUT", `/api/attempts/${attempt.id}/items/3`, { flagged: true }],
      ["POST", `/api/attempts/${attempt.id}/submit`, undefined],
      ["POST", "/api/attempts", { mode: "EXAM", examCode: "AZ-204", acceptNearest: true }],
    ] as const;
    for (let round = 0; round < 2; round++) {
      for (const [method, pathname, body] of during) {
        const started = Date.now();
        const answer = await learner.request<{ error: string; message: string }>(method, pathname, body);
        const took = Date.now() - started;
        expect(answer.status, `${method} ${pathname} while the database is down: ${JSON.stringify(answer.body)}\n${server!.output().slice(-2000)}`).toBe(503);
        expect(answer.body.error).toBe("UNAVAILABLE");
        expect(answer.body.message).toMatch(/database/i);
        expect(took, `${method} ${pathname} took ${took} ms`).toBeLessThan(FAST_MS);
      }
    }
    const page = await fetch(`${server!.url}/exams`, { signal: AbortSignal.timeout(FAST_MS * 2) });
    expect(page.status, "a page answers (with an error page) rather than hanging").toBeGreaterThanOrEqual(200);

    postgres.start();
    await waitFor(async () => (await fetch(`${server!.url}/api/health`)).status === 200, 30_000);
    const resumed = await learner.attempt(attempt.id);
    expect(missingAnswers(resumed, acknowledged)).toEqual([]);
    await answerQuestions(learner, resumed, acknowledged, { from: 3, count: 3 });
    expect(acknowledged.size).toBe(6);
    const submitted = await learner.request<{ status: string }>("POST", `/api/attempts/${attempt.id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe("SUBMITTED");
    expect(server!.output()).not.toMatch(/uncaught|unhandled/i);
  });
});
