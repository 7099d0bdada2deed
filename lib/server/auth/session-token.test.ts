import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, readSessionClaims, sessionTokenFrom } from "./session-token.ts";

const secret = "a-test-secret-that-is-long-enough-0123456789";

describe("decodeSessionToken", () => {
  it("reads the claims of a token next-auth issued", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 3, role: "LEARNER" }, secret });
    expect(await decodeSessionToken(token, secret)).toEqual({ userId: "user-1", sessionVersion: 3 });
  });

  it("refuses a token made with another secret", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 0 }, secret: `${secret}-other` });
    expect(await decodeSessionToken(token, secret)).toBeNull();
  });

  it("refuses an expired token, beyond next-auth's 15 s tolerance", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 0 }, secret, maxAge: -60 });
    expect(await decodeSessionToken(token, secret)).toBeNull();
  });

  it("refuses a tampered token and one without a session version", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 0 }, secret });
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await decodeSessionToken(tampered, secret)).toBeNull();
    expect(await decodeSessionToken(await encode({ token: { sub: "user-1" }, secret }), secret)).toBeNull();
    expect(await decodeSessionToken("not a token", secret)).toBeNull();
  });
});

describe("sessionTokenFrom", () => {
  const name = "next-auth.session-token";

  it("takes the whole cookie when there is one", () => {
    expect(sessionTokenFrom([{ name: "other", value: "x" }, { name, value: "abc" }], name)).toBe("abc");
  });

  it("joins next-auth's numbered chunks in numeric order", () => {
    const chunks = ["c", "a", "b", "d"].map((value, i) => ({ name: `${name}.${[2, 0, 1, 10][i]}`, value }));
    expect(sessionTokenFrom(chunks, name)).toBe("abcd");
  });

  it("ignores look-alike names and finds nothing when the cookie is missing", () => {
    expect(sessionTokenFrom([{ name: `${name}.x`, value: "x" }, { name: `${name}-2`, value: "y" }], name)).toBeUndefined();
    expect(sessionTokenFrom([], name)).toBeUndefined();
  });
});

describe("readSessionClaims", () => {
  const cookiesOf = (header: string) => new NextRequest("http://localhost/api/x", { headers: { cookie: header } }).cookies.getAll();

  it("reads the token from a request's Cookie header, under either of next-auth's names", async () => {
    const token = await encode({ token: { sub: "user-7", sv: 2 }, secret });
    expect(await readSessionClaims(cookiesOf(`theme=dark; next-auth.session-token=${token}`), secret)).toEqual({ userId: "user-7", sessionVersion: 2 });
    expect(await readSessionClaims(cookiesOf(`__Secure-next-auth.session-token=${token}; tz=UTC`), secret)).toEqual({ userId: "user-7", sessionVersion: 2 });
  });

  it("is null without a session cookie, or with one that does not decrypt", async () => {
    expect(await readSessionClaims(cookiesOf("theme=dark"), secret)).toBeNull();
    expect(await readSessionClaims(cookiesOf("next-auth.session-token=forged"), secret)).toBeNull();
  });
});
