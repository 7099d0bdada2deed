// Every route handler under app/api, fed randomized malformed params, query strings, bodies and
// sessions (fast-check): the answer is never a 5xx, a refusal (4xx) writes nothing, and oversized
// bodies are refused with 413. FUZZ_RUNS sets the runs per route and method (default 40).
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { bodyFor, paramsFor, queryFor, type FuzzBody } from "../fuzz/arbitraries.ts";
import { routeHarnessForFile } from "../fuzz/harness.ts";
import { METHOD_ENTRIES, ROUTE_SPECS, type Identity, type MethodSpec } from "../fuzz/route-specs.ts";
import { callRoute, changedTables, databaseFingerprint, dynamicSegments, listRouteFiles, loadHandlers, ORIGIN } from "../fuzz/routes.ts";

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: (await import("../fuzz/session.ts")).getTestSession }));
vi.mock("next/headers", async () => (await import("../fuzz/session.ts")).nextHeadersStub);

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const OVERSIZED_JSON = 64 * 1024 + 1;

const harness = routeHarnessForFile();
const entries = METHOD_ENTRIES;

function sampleBody(spec: MethodSpec): unknown {
  if (!spec.body) return undefined;
  return "json" in spec.body ? spec.body.json(harness().world) : spec.body.multipart(harness().world);
}

async function expectNothingWritten(before: Record<string, string>, label: string) {
  expect(changedTables(before, await databaseFingerprint(harness().db.prisma)), `${label} wrote to the database`).toEqual([]);
}

describe(`route fuzzing on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("has a fuzz entry for every route file and every method it exports", async () => {
    const files = listRouteFiles();
    expect(Object.keys(ROUTE_SPECS).sort()).toEqual(files);
    for (const file of files) {
      const spec = ROUTE_SPECS[file]!;
      if ("outOfProcess" in spec) continue;
      expect(Object.keys(spec).sort(), file).toEqual(Object.keys(await loadHandlers(file)).sort());
    }
  });

  it.each(entries)("$method $file: malformed input gets a 4xx at worst, and a refusal writes nothing", async ({ file, method, spec }) => {
    const { world } = harness();
    const identity = fc.oneof({ weight: 3, arbitrary: fc.constant<Identity>(spec.as) }, { weight: 1, arbitrary: fc.constantFrom<Identity>("anonymous", "learner", "author", "admin") });
    const origin = fc.oneof({ weight: 6, arbitrary: fc.constant<string | undefined>(undefined) }, fc.constant(ORIGIN), fc.constantFrom("https://evil.example", "null", "not a url"));
    const params = paramsFor(dynamicSegments(file), spec.params?.(world) ?? {});
    const query = queryFor(spec.query?.(world) ?? {});
    const body: fc.Arbitrary<FuzzBody> = bodyFor(spec.body, sampleBody(spec));

    await fc.assert(
      fc.asyncProperty(identity, origin, params, query, body, async (who, from, p, q, b) => {
        await harness().signIn(who);
        const headers: Record<string, string> = {};
        if (from) headers.origin = from;
        if (b.contentType) headers["content-type"] = b.contentType;
        const before = await databaseFingerprint(harness().db.prisma);
        const response = await callRoute(file, method, { params: p, query: q, body: b.body, headers });
        const text = await response.text();
        expect(response.status, `${method} ${file} answered ${response.status}: ${text.slice(0, 300)}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(() => JSON.parse(text) as unknown, "a refusal answers JSON").not.toThrow();
          await expectNothingWritten(before, `a ${response.status} from ${method} ${file}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  const withBodies = entries.filter((e) => e.spec.body);
  it.each(withBodies)("$method $file refuses an oversized body with 413 and writes nothing", async ({ file, method, spec }) => {
    const { world } = harness();
    await harness().signIn(spec.as);
    const params = spec.params?.(world) ?? {};
    const oversized: { body: BodyInit; headers: Record<string, string> }[] =
      "json" in spec.body!
        ? [
            // Declared too large: refused before the body is read.
            { body: "{}", headers: { "content-type": "application/json", "content-length": String(OVERSIZED_JSON) } },
            // Undeclared (chunked) and too large: refused once read.
            { body: JSON.stringify({ ...(sampleBody(spec) as object), pad: "x".repeat(OVERSIZED_JSON) }), headers: { "content-type": "application/json" } },
          ]
        : [{ body: multipartWithFile(sampleBody(spec) as Record<string, string | Blob>, 13 * 1024 * 1024), headers: {} }];
    for (const call of oversized) {
      const before = await databaseFingerprint(harness().db.prisma);
      const response = await callRoute(file, method, { params, body: call.body, headers: call.headers });
      expect(response.status, await response.clone().text()).toBe(413);
      await expectNothingWritten(before, `an oversized ${method} ${file}`);
    }
  });
});

/** The sample form with every file replaced by one of `size` bytes (larger than any upload limit). */
function multipartWithFile(fields: Record<string, string | Blob>, size: number): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, typeof value === "string" ? value : new Blob([new Uint8Array(size)]));
  return form;
}
