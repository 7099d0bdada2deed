// Access control through every route handler: another learner's attempt, review card, notebook
// entry, claim and upload are unreachable (404); learners cannot reach author or admin routes;
// cross-origin writes are refused; no learner-facing answer carries the key of an unfinished exam.
// Password change ending sessions and sign-in rate limiting: tests/e2e/accounts.spec.ts and
// tests/integration/accounts.integration.test.ts. Security headers: tests/system/headers.system.test.ts.
import { describe, expect, it, vi } from "vitest";
import { KEY_MARKER, WHY_MARKER } from "../factories/bank.ts";
import { routeHarnessForFile } from "../fuzz/harness.ts";
import { METHOD_ENTRIES, ROUTE_SPECS, type MethodSpec } from "../fuzz/route-specs.ts";
import { callRoute, changedTables, databaseFingerprint, listRouteFiles, loadHandlers, type Method } from "../fuzz/routes.ts";

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: (await import("../fuzz/session.ts")).getTestSession }));
vi.mock("next/headers", async () => (await import("../fuzz/session.ts")).nextHeadersStub);

const harness = routeHarnessForFile();
const entries = METHOD_ENTRIES;

function bodyOf(spec: MethodSpec, override?: unknown): BodyInit | undefined {
  if (override !== undefined) return JSON.stringify(override);
  if (!spec.body) return undefined;
  if ("json" in spec.body) return JSON.stringify(spec.body.json(harness().world));
  const form = new FormData();
  for (const [name, value] of Object.entries(spec.body.multipart(harness().world))) form.append(name, value);
  return form;
}

async function expectRefused(run: () => Promise<Response>, status: number, label: string) {
  const before = await databaseFingerprint(harness().db.prisma);
  const response = await run();
  expect(response.status, `${label}: ${await response.clone().text()}`).toBe(status);
  expect(changedTables(before, await databaseFingerprint(harness().db.prisma)), `${label} wrote`).toEqual([]);
}

describe(`route access control on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  const idor = entries.filter((e) => e.spec.owned);
  it.each(idor)("$method $file: another learner's things are a 404", async ({ file, method, spec }) => {
    await harness().signIn("learner");
    const target = spec.owned!(harness().world, harness().world.other);
    await expectRefused(() => callRoute(file, method, { params: { ...spec.params?.(harness().world), ...target.params }, body: bodyOf(spec, target.body) }), 404, `${method} ${file} on the other learner's`);
  });

  it("covers attempts, review cards, claims and uploads with IDOR cases", () => {
    const covered = idor.map((e) => e.file);
    for (const route of ["app/api/attempts/[id]/route.ts", "app/api/review/cards/[id]/route.ts", "app/api/review/retry/route.ts", "app/api/claims/[id]/upload/route.ts"]) expect(covered).toContain(route);
  });

  it("keeps the other learner's note when the learner saves or deletes a note on the same question", async () => {
    const { other } = harness().world;
    const questionId = other.holdings.notedQuestionId;
    const noteOf = () => harness().db.prisma.questionNote.findMany({ where: { userId: other.id, questionId } });
    const before = await noteOf();
    expect(before).toHaveLength(1);
    await harness().signIn("learner");
    await callRoute("app/api/notebook/notes/[questionId]/route.ts", "DELETE", { params: { questionId } });
    await callRoute("app/api/notebook/notes/[questionId]/route.ts", "PUT", { params: { questionId }, body: JSON.stringify({ text: "Overwritten?" }) });
    expect(await noteOf()).toEqual(before);
  });

  it("shows a learner none of the other learner's ids in any answer", async () => {
    const secrets = Object.values(harness().world.other.holdings).filter((id) => id !== harness().world.other.holdings.notedQuestionId);
    await harness().signIn("learner");
    for (const { file, method, spec } of entries.filter((e) => e.method === "GET" && e.spec.as !== "author" && e.spec.as !== "admin")) {
      const text = await (await callRoute(file, method, { params: spec.params?.(harness().world), query: new URLSearchParams(spec.query?.(harness().world)).toString() })).text();
      for (const id of secrets) expect(text, `${file} shows ${id}`).not.toContain(id);
    }
  });

  const privileged = listRouteFiles().filter((f) => f.startsWith("app/api/author/") || f.startsWith("app/api/admin/"));
  it.each(privileged)("%s: anonymous 401, learner 403, and admin routes 403 for authors", async (file) => {
    const methods = Object.keys(await loadHandlers(file)) as Method[];
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) {
      const spec = (ROUTE_SPECS[file] as Partial<Record<Method, MethodSpec>>)[method]!;
      const call = () => callRoute(file, method, { params: spec.params?.(harness().world), body: bodyOf(spec) });
      await harness().signIn("anonymous");
      await expectRefused(call, 401, `anonymous ${method} ${file}`);
      await harness().signIn("learner");
      await expectRefused(call, 403, `learner ${method} ${file}`);
      if (file.startsWith("app/api/admin/")) {
        await harness().signIn("author");
        await expectRefused(call, 403, `author ${method} ${file}`);
      }
    }
  });

  const writes = entries.filter((e) => e.method !== "GET");
  it.each(writes)("$method $file refuses a cross-origin request with 403", async ({ file, method, spec }) => {
    await harness().signIn(spec.as);
    for (const origin of ["https://evil.example", "null", "http://localhost:3000.evil.example"]) {
      await expectRefused(() => callRoute(file, method, { params: spec.params?.(harness().world), body: bodyOf(spec), headers: { origin } }), 403, `${method} ${file} from ${origin}`);
    }
  });

  it("never shows the key, explanation or grading of an unfinished exam in any learner-facing answer", async () => {
    const { learner } = harness().world;
    const examItems = await harness().db.prisma.attemptItem.findMany({ where: { attemptId: learner.holdings.examAttemptId }, select: { questionId: true } });
    const finished = await harness().db.prisma.attemptItem.findMany({
      where: { attempt: { userId: learner.id }, OR: [{ revealed: true }, { attempt: { status: { not: "IN_PROGRESS" } } }] },
      select: { questionId: true },
    });
    const secret = new Set(examItems.map((i) => i.questionId).filter((id) => !finished.some((f) => f.questionId === id)));
    expect(secret.size).toBeGreaterThan(10);

    await harness().signIn("learner");
    await callRoute("app/api/attempts/[id]/items/[position]/route.ts", "PUT", { params: { id: learner.holdings.examAttemptId, position: "1" }, body: JSON.stringify({ response: { type: "single", choice: "a" } }) });
    const learnerFacing = entries.filter((e) => !e.spec.reveals && e.spec.as !== "author" && e.spec.as !== "admin" && !e.file.startsWith("app/api/account/") && !e.file.startsWith("app/api/auth/"));
    expect(learnerFacing.length).toBeGreaterThan(15);
    for (const { file, method, spec } of [...learnerFacing, ...entries.filter((e) => e.file === "app/api/account/export/route.ts")]) {
      const response = await callRoute(file, method, { params: spec.params?.(harness().world), query: new URLSearchParams(spec.query?.(harness().world)).toString(), body: bodyOf(spec) });
      const text = await response.text();
      for (const id of secret) {
        expect(text, `${method} ${file} shows the explanation of ${id}`).not.toContain(`${KEY_MARKER} explanation of ${id}`);
        expect(text, `${method} ${file} shows a rationale of ${id}`).not.toMatch(new RegExp(`${WHY_MARKER} [a-z] ${id}\\b`));
      }
      if (text.startsWith("{") || text.startsWith("[")) expect(gradedSecrets(JSON.parse(text), secret), `${method} ${file} grades an unfinished exam`).toEqual([]);
    }
  });
});

const GRADING_FIELDS = ["isCorrect", "pointsEarned", "correct", "correctIds", "answer", "why", "explanation", "reveal"];

/** Objects about a secret question that carry grading or key fields with a value. */
function gradedSecrets(value: unknown, secret: Set<string>, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => gradedSecrets(v, secret, found));
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.questionId === "string" && secret.has(record.questionId)) {
      for (const field of GRADING_FIELDS) if (record[field] !== undefined && record[field] !== null) found.push(`${record.questionId}.${field}`);
    }
    Object.values(record).forEach((v) => gradedSecrets(v, secret, found));
  }
  return found;
}
