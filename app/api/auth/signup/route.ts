import { NextResponse } from "next/server";
import { signUp } from "@/lib/server/accounts/sign-up.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { signUpSchema } from "@/lib/validation/account.ts";

export function POST(request: Request) {
  return handle(request, async () => {
    const input = await readJson(request, signUpSchema);
    const account = await signUp(await getPrisma(), input);
    return NextResponse.json({ id: account.id, email: account.email }, { status: 201 });
  });
}
