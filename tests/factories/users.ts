import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { hashPassword } from "@/lib/server/auth/password.ts";

let counter = 0;

/** A user with a known password; shared by integration tests and benchmarks. */
export async function createUser(prisma: PrismaClient, overrides: { email?: string; name?: string; password?: string; role?: "LEARNER" | "AUTHOR" | "ADMIN" } = {}) {
  counter += 1;
  const password = overrides.password ?? "correct horse battery";
  const user = await prisma.user.create({
    data: {
      email: overrides.email ?? `user${counter}-${Date.now()}@example.com`,
      name: overrides.name ?? `User ${counter}`,
      role: overrides.role ?? "LEARNER",
      passwordHash: await hashPassword(password),
    },
  });
  return { ...user, password };
}
