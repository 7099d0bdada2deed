import { NextResponse } from "next/server";
import { exportAccount } from "@/lib/server/accounts/export-account.ts";
import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle } from "@/lib/server/http/respond.ts";

export function GET(request: Request) {
  return handle(request, async () => {
    const user = await requireUser();
    const data = await exportAccount(await getPrisma(), user.id);
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="passpath-export-${new Date().toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
