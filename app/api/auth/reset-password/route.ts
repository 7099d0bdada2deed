import { NextResponse } from "next/server";
import { resetPassword } from "@/lib/server/accounts/password-reset.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { resetPasswordSchema } from "@/lib/validation/account.ts";

export function POST(request: Request) {
  return handle(request, async () => {
    const { token, password } = await readJson(request, resetPasswordSchema);
    await resetPassword(await getPrisma(), token, password);
    return NextResponse.json({ message: "Your password is changed. Sign in with the new one." });
  });
}
