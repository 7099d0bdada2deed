import "server-only";
import { AppError } from "@/lib/errors.ts";
import { hashPassword } from "@/lib/server/auth/password.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { Prisma } from "@/lib/server/db/generated/client.ts";
import type { SignUpInput } from "@/lib/validation/account.ts";

export type AccountDto = { id: string; email: string; name: string; role: "LEARNER" | "AUTHOR" | "ADMIN" };

/** Creates a learner account. A taken e-mail is a 409 with a field error; nothing is written. */
export async function signUp(prisma: PrismaClient, input: SignUpInput): Promise<AccountDto> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await writeAudit(tx, { actorId: user.id, action: "account.created", entityType: "User", entityId: user.id });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this e-mail already exists.", {
        fieldErrors: { email: ["An account with this e-mail already exists. Sign in instead?"] },
      });
    }
    throw error;
  }
}
