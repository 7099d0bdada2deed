import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/server/db/client.ts";
import { handle } from "@/lib/server/http/respond.ts";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the start script. */
export function GET(request: Request) {
  return handle(request, async () => {
    const prisma = await getPrisma();
    await prisma.$queryRaw`SELECT 1`;
    return NextResponse.json({ status: "ok", time: new Date().toISOString() });
  });
}
