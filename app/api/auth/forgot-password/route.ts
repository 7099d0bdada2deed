import { NextResponse } from "next/server";
import { loadEnv } from "@/lib/env.ts";
import { requestPasswordReset } from "@/lib/server/accounts/password-reset.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { resetRequestSchema } from "@/lib/validation/account.ts";

export function POST(request: Request) {
  return handle(request, async () => {
    const { email } = await readJson(request, resetRequestSchema);
    const baseUrl = loadEnv().NEXTAUTH_URL ?? new URL(request.url).origin;
    await requestPasswordReset(await getPrisma(), email, baseUrl.replace(/\/$/, ""));
    // The same answer whether or not the address has an account.
    return NextResponse.json({ message: "If an account uses that address, a reset link is on its way." }, { status: 202 });
  });
}
