import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable.ts";

/** Shaped like what Prisma 7 with @prisma/adapter-pg throws when PostgreSQL is down (seen in tests/system). */
function prismaUnreachable(): Error {
  const adapterError = Object.assign(new Error("DatabaseNotReachable"), { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 3224 } });
  return Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation:\nRaw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:3224`"), {
    name: "PrismaClientKnownRequestError",
    code: "P2010",
    meta: { driverAdapterError: adapterError },
  });
}

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's unreachable-database error, also when only the wrapped adapter error says so", () => {
    expect(isDatabaseUnavailable(prismaUnreachable())).toBe(true);
    const quiet = Object.assign(new Error("Raw query failed."), { code: "P2010", meta: { driverAdapterError: { name: "DriverAdapterError", message: "DatabaseNotReachable" } } });
    expect(isDatabaseUnavailable(quiet)).toBe(true);
  });

  it("recognises PostgreSQL shutting down and socket failures", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "08006" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Query failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("treats a pool too busy to start a transaction in time as unavailable", () => {
    const busy = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { name: "PrismaClientKnownRequestError", code: "P2028" });
    expect(isDatabaseUnavailable(busy)).toBe(true);
  });

  it("leaves query errors on a live database and other failures alone", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed on the fields: (`email`)"), { name: "PrismaClientKnownRequestError", code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("division by zero"), { code: "22012" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });

  it("stops on a cycle of causes", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    Object.assign(a, { cause: b });
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
