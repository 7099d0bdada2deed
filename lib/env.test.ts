import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env.ts";

const valid = { NEXTAUTH_SECRET: "x".repeat(40) };

describe("parseEnv", () => {
  it("accepts a minimal environment and fills the defaults", () => {
    const env = parseEnv(valid);
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ ...valid, DATABASE_URL: "", GITHUB_ID: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names each bad variable", () => {
    const attempt = () => parseEnv({ NEXTAUTH_SECRET: "short", DATABASE_URL: "mysql://db", SMTP_URL: "mail.example.com" });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(attempt).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
  });

  it("requires OAuth and admin variables in pairs", () => {
    expect(() => parseEnv({ ...valid, GITHUB_ID: "id" })).toThrow(/GITHUB_SECRET: must be set together with GITHUB_ID/);
    expect(() => parseEnv({ ...valid, ADMIN_PASSWORD: "long enough password" })).toThrow(/ADMIN_EMAIL: must be set together with ADMIN_PASSWORD/);
    expect(parseEnv({ ...valid, GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "secret" }).GOOGLE_CLIENT_ID).toBe("id");
  });
});
