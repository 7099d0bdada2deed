import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/** Liveness without touching the database; also the trivial baseline the benchmarks compare against. */
export function GET() {
  return NextResponse.json({ pong: true });
}
