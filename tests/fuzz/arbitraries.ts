import fc from "fast-check";
import type { BodySpec } from "./route-specs.ts";

/** Strings that tend to break parsers, ids, paths and SQL, plus random text of every script. */
export const junkString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.stringMatching(/^c[a-z0-9]{24}$/),
  // PostgreSQL rejects NUL in text: it must be refused as input, not fail in the database.
  fc.string({ maxLength: 12 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom(
    "",
    " ",
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "\u0000",
    "0",
    "-1",
    "1e309",
    "NaN",
    "null",
    "undefined",
    "[]",
    "{}",
    "9999-99-99",
    "2026-02-30",
    "a".repeat(5000),
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "🙂",
    "__proto__",
  ),
);

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  junkString,
  fc.constantFrom(null, true, false, -1, 0, 1, 1.5, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { __proto__: { polluted: 1 } }),
);

/** A sample value, or one with a field replaced, dropped, added or mutated further down. */
export function mutated(sample: unknown): fc.Arbitrary<unknown> {
  if (sample === null || typeof sample !== "object" || Array.isArray(sample)) return fc.oneof({ weight: 1, arbitrary: fc.constant(sample) }, { weight: 3, arbitrary: oddValue });
  const record = sample as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 0) return fc.oneof(fc.constant(sample), oddValue);
  const key = fc.constantFrom(...keys);
  return fc.oneof(
    fc.constant(sample),
    key.chain((k) => mutated(record[k]).map((v) => ({ ...record, [k]: v }))),
    key.map((k) => Object.fromEntries(Object.entries(record).filter(([name]) => name !== k))),
    fc.tuple(junkString, oddValue).map(([k, v]) => ({ ...record, [k]: v })),
    oddValue,
  );
}

export type FuzzBody = { body: BodyInit | undefined; contentType: string | undefined };

const contentType = fc.option(
  fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=zzz", "application/json; charset=utf-16", "%%%"),
  { nil: undefined },
);

function rawText(): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom("", "{", "}", "null", "[]", "\"text\"", '{"__proto__":{"x":1}}', '{"a":1,"a":2}', "\uFEFF{}"));
}

/** Bodies for a route: mostly mutations of its valid sample, sometimes raw garbage. */
export function bodyFor(spec: BodySpec | undefined, sample: unknown): fc.Arbitrary<FuzzBody> {
  const garbage = fc.record({ body: fc.oneof(rawText(), fc.uint8Array({ maxLength: 300 }).map((bytes) => new Blob([bytes]))), contentType });
  if (!spec) return fc.oneof(fc.constant<FuzzBody>({ body: undefined, contentType: undefined }), garbage);
  if ("json" in spec) {
    const json = fc.record({ body: mutated(sample).map((value) => JSON.stringify(value) as string | undefined), contentType });
    return fc.oneof({ weight: 6, arbitrary: json }, { weight: 1, arbitrary: garbage });
  }
  const fields = sample as Record<string, string | Blob>;
  const field = (value: string | Blob) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant<string | Blob | undefined>(value) },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: junkString },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => new Blob([bytes])) },
    );
  const form = fc.record(Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, field(value)]))).map((chosen) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(chosen)) if (value !== undefined) data.append(name, value);
    return { body: data as BodyInit, contentType: undefined };
  });
  return fc.oneof({ weight: 6, arbitrary: form }, { weight: 1, arbitrary: garbage });
}

/** A query string: the route's known keys with valid or junk values, and unknown keys. */
export function queryFor(sample: Record<string, string>): fc.Arbitrary<string> {
  const known = Object.keys(sample);
  const key = known.length ? fc.oneof(fc.constantFrom(...known), junkString) : junkString;
  const pair = fc.tuple(key, fc.oneof(junkString, ...(known.length ? [fc.constantFrom(...Object.values(sample))] : [])));
  return fc.oneof(fc.constant(new URLSearchParams(sample).toString()), fc.array(pair, { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString()));
}

/** Each dynamic segment: the valid value, junk, or a well-formed id of nothing. */
export function paramsFor(names: string[], sample: Record<string, string>): fc.Arbitrary<Record<string, string>> {
  return fc.record(Object.fromEntries(names.map((name) => [name, fc.oneof({ weight: 3, arbitrary: fc.constant(sample[name] ?? "x") }, { weight: 2, arbitrary: junkString })])));
}
