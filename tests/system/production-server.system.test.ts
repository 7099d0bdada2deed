// The production server as a browser meets it: security headers on pages and API answers,
// cross-origin writes refused, another learner's attempt pages and admin pages unreachable, and
// next-auth's own route (which cannot be called outside a Next.js server) fuzzed over HTTP.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { junkString } from "../fuzz/arbitraries.ts";
import { appEnv, PORTS, seedDatabase, startAppServer, type AppServer } from "./app-server.ts";
import { LearnerClient } from "./learner-client.ts";

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "passpath-prod-"));
let server: AppServer | undefined;

beforeAll(async () => {
  const env = appEnv(PORTS.app, { PGLITE_DATA_DIR: path.join(workDir, "pglite") }, path.join(workDir, "uploads"));
  seedDatabase(env);
  server = await startAppServer(PORTS.app, env);
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

const sessionCookie = (response: Response) => response.headers.getSetCookie().some((c) => /next-auth\.session-token=[^;]+/.test(c));

describe("the production server", () => {
  it.each(["/", "/signin", "/exams", "/dashboard", "/api/health", "/api/attempts/not-an-id"])("sends the security headers on %s", async (pathname) => {
    const response = await fetch(`${server!.url}${pathname}`, { redirect: "manual" });
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(Number(/max-age=(\d+)/.exec(response.headers.get("strict-transport-security") ?? "")?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("refuses a signed-in learner's write that comes from another site, and takes the same write from its own", async () => {
    const learner = await LearnerClient.signUp(server!.url, "origin");
    const post = (origin: string) => learner.request("POST", "/api/attempts", { mode: "PRACTICE", examCode: "AZ-204", count: 2 }, { origin });
    for (const origin of ["https://evil.example", "null", `${server!.url}.evil.example`]) {
      const refused = await post(origin);
      expect(refused.status, origin).toBe(403);
    }
    expect((await post(server!.url)).status).toBe(201);
  });

  it("does not sign anyone in from a cross-site form without next-auth's CSRF token", async () => {
    const response = await fetch(`${server!.url}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams({ email: "learner@passpath.dev", password: "practice-makes-pass" }),
      redirect: "manual",
    });
    expect(response.status).toBeLessThan(500);
    expect(sessionCookie(response)).toBe(false);
  });

  it("shows another learner's attempt pages as not found, and keeps learners out of author and admin pages", async () => {
    const owner = await LearnerClient.signUp(server!.url, "owner");
    const id = await owner.startExam();
    const stems = (await owner.attempt(id)).items.slice(0, 5).map((item) => item.stem.slice(0, 60));
    expect((await owner.request("POST", `/api/attempts/${id}/submit`)).status).toBe(200);
    const intruder = await LearnerClient.signUp(server!.url, "intruder");
    for (const pathname of [`/attempts/${id}`, `/attempts/${id}/result`, `/attempts/${id}/review`]) {
      // The owner gets the page (or, for a submitted exam, a redirect to its result).
      expect([200, 307], `owner ${pathname}`).toContain((await owner.request("GET", pathname)).status);
      const seen = await intruder.request<string>("GET", pathname);
      expect(seen.status, `intruder ${pathname}`).toBe(404);
      // The 404 page echoes the URL's id (Next.js's payload), but nothing of the attempt itself.
      for (const stem of stems) expect(String(seen.body)).not.toContain(stem);
    }
    for (const pathname of ["/author", "/author/questions", "/admin", "/admin/claims"]) {
      const seen = await intruder.request<string>("GET", pathname);
      expect([403, 404, 307, 302], `learner ${pathname} answered ${seen.status}`).toContain(seen.status);
      if (seen.status === 307 || seen.status === 302) expect(seen.body).not.toMatch(/question bank|claims queue/i);
    }
  });

  it("never answers a 5xx to malformed sign-in traffic, and never signs it in", async () => {
    const action = fc.constantFrom("csrf", "session", "providers", "signin", "signout", "callback/credentials", "signin/credentials", "error", "callback/github", "..%2F..%2Fapi%2Fhealth");
    const form = fc.dictionary(fc.constantFrom("email", "password", "csrfToken", "callbackUrl", "json", "redirect"), junkString, { maxKeys: 6 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("GET", "POST"), fc.oneof(action, junkString.map(encodeURIComponent)), form, fc.option(junkString.map(encodeURIComponent), { nil: undefined }), async (method, action, fields, query) => {
        const response = await fetch(`${server!.url}/api/auth/${action}${query ? `?${query}` : ""}`, {
          method,
          headers: method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {},
          body: method === "POST" ? new URLSearchParams(fields) : undefined,
          redirect: "manual",
        });
        await response.arrayBuffer();
        expect(response.status, `${method} /api/auth/${action}`).toBeLessThan(500);
        expect(sessionCookie(response)).toBe(false);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40) },
    );
  });
});
