import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors.ts";
import { changePassword } from "@/lib/server/accounts/change-password.ts";
import { deleteAccount } from "@/lib/server/accounts/delete-account.ts";
import { exportAccount } from "@/lib/server/accounts/export-account.ts";
import { requestPasswordReset, resetPassword } from "@/lib/server/accounts/password-reset.ts";
import { recordSignInFailure, recordSignInSuccess, signInBlockedFor } from "@/lib/server/accounts/sign-in-limiter.ts";
import { signUp } from "@/lib/server/accounts/sign-up.ts";
import { verifyPassword } from "@/lib/server/auth/password.ts";
import { signUpSchema } from "@/lib/validation/account.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe(`accounts on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("signs up with an argon2id hash and an audit entry", async () => {
    const input = signUpSchema.parse({ name: " Ada ", email: "ADA@Example.com", password: "long enough password" });
    const account = await signUp(db.prisma, input);
    expect(account.email).toBe("ada@example.com");
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash!, "long enough password")).toBe(true);
    expect(await db.prisma.auditLog.count({ where: { entityId: account.id, action: "account.created" } })).toBe(1);
  });

  it("refuses a taken e-mail with a 409 field error and writes nothing", async () => {
    const before = { users: await db.prisma.user.count(), audit: await db.prisma.auditLog.count() };
    const input = signUpSchema.parse({ name: "Ada again", email: "ada@example.com", password: "another long password" });
    const error = await signUp(db.prisma, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).details?.fieldErrors?.email?.[0]).toMatch(/already exists/);
    expect({ users: await db.prisma.user.count(), audit: await db.prisma.auditLog.count() }).toEqual(before);
  });

  it("changing the password bumps the session version and checks the current password", async () => {
    const user = await createUser(db.prisma);
    await expect(changePassword(db.prisma, user.id, "wrong current", "brand new password")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
    await changePassword(db.prisma, user.id, user.password, "brand new password");
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(1);
    expect(await verifyPassword(after.passwordHash!, "brand new password")).toBe(true);
  });

  it("resets a password once per mailed token, never after it expires, and ends old sessions", async () => {
    const user = await createUser(db.prisma);
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const now = new Date("2026-11-26T10:00:00Z");
    await requestPasswordReset(db.prisma, user.email, "http://localhost:3000", now);
    const token = String(info.mock.calls.at(-1)?.[0]).match(/token=([\w-]+)/)?.[1];
    info.mockRestore();
    expect(token).toHaveLength(43);
    const stored = await db.prisma.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token!); // only a hash is kept

    await expect(resetPassword(db.prisma, token!, "after the reset", new Date("2026-11-26T11:00:01Z"))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await resetPassword(db.prisma, token!, "after the reset", new Date("2026-11-26T10:30:00Z"));
    await expect(resetPassword(db.prisma, token!, "a second reset", new Date("2026-11-26T10:31:00Z"))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, "after the reset")).toBe(true);
    expect(after.sessionVersion).toBe(1);
  });

  it("does not reveal whether an address has an account", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    await expect(requestPasswordReset(db.prisma, "nobody@example.com", "http://localhost:3000")).resolves.toBeUndefined();
    expect(info).not.toHaveBeenCalled();
    info.mockRestore();
  });

  it("blocks sign-in after five failures per account, and per address across accounts", async () => {
    expect(await signInBlockedFor(db.prisma, "target@example.com", "198.51.100.1")).toBe(0);
    for (let i = 0; i < 4; i++) await recordSignInFailure(db.prisma, "target@example.com", "198.51.100.1");
    expect(await signInBlockedFor(db.prisma, "target@example.com", "198.51.100.2")).toBe(0);
    await recordSignInFailure(db.prisma, "target@example.com", "198.51.100.1");
    const wait = await signInBlockedFor(db.prisma, "Target@Example.com", "198.51.100.2");
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    // The address is also blocked, for any account it tries.
    expect(await signInBlockedFor(db.prisma, "someone-else@example.com", "198.51.100.1")).toBeGreaterThan(0);

    for (let i = 0; i < 4; i++) await recordSignInFailure(db.prisma, "other@example.com", "198.51.100.3");
    await recordSignInSuccess(db.prisma, "other@example.com");
    await recordSignInFailure(db.prisma, "other@example.com", "198.51.100.4");
    expect(await signInBlockedFor(db.prisma, "other@example.com", "198.51.100.4")).toBe(0);
  });

  it("exports the learner's data without secrets", async () => {
    const user = await createUser(db.prisma);
    const exported = await exportAccount(db.prisma, user.id);
    expect(exported.account.email).toBe(user.email);
    const text = JSON.stringify(exported);
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("$argon2id$");
  });

  it("deletes an account and everything it owns after confirmation", async () => {
    const user = await createUser(db.prisma);
    await db.prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: `hash-${user.id}`, expiresAt: new Date() } });
    const uploadDir = path.resolve(process.env.UPLOAD_DIR ?? ".data/test-uploads");
    fs.mkdirSync(uploadDir, { recursive: true });

    await expect(deleteAccount(db.prisma, user.id, { confirmEmail: "wrong@example.com", password: user.password })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(deleteAccount(db.prisma, user.id, { confirmEmail: user.email, password: "not it" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.prisma.user.count({ where: { id: user.id } })).toBe(1);

    await deleteAccount(db.prisma, user.id, { confirmEmail: user.email, password: user.password });
    expect(await db.prisma.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.prisma.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { entityId: user.id, action: "account.deleted" } })).toBe(1);
  });
});
