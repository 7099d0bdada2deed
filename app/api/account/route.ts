import { NextResponse } from "next/server";
import { deleteAccount } from "@/lib/server/accounts/delete-account.ts";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { deleteAccountSchema } from "@/lib/validation/account.ts";

export function DELETE(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const input = await readJson(request, deleteAccountSchema);
    await deleteAccount(await getPrisma(), user.id, input);
    return NextResponse.json({ message: "Your account and all its data are deleted." });
  });
}
