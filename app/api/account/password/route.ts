import { NextResponse } from "next/server";
import { changePassword } from "@/lib/server/accounts/change-password.ts";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { changePasswordSchema } from "@/lib/validation/account.ts";

export function POST(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, changePasswordSchema);
    await changePassword(await getPrisma(), user.id, input.currentPassword, input.newPassword);
    return NextResponse.json({ message: "Password changed. Every session, this one included, has been signed out." });
  });
}
