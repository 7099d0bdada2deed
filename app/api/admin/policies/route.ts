import { NextResponse } from "next/server";
import { requireRole } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { editPolicy } from "@/lib/server/guarantee/edit-policy.ts";
import { listPolicies } from "@/lib/server/guarantee/list-policies.ts";
import { handle, readJson } from "@/lib/server/http/respond.ts";
import { newPolicySchema } from "@/lib/validation/guarantee.ts";

/** Every exam's guarantee policy versions, newest first. */
export function GET(request: Request) {
  return handle(request, async () => {
    const admin = await requireRole("ADMIN");
    return NextResponse.json(await listPolicies(await getPrisma(), admin.id), { headers: { "Cache-Control": "no-store" } });
  });
}

/** Saves new rules as the exam's next policy version: 201 with it. */
export function POST(request: Request) {
  return handle(request, async () => {
    const admin = await requireRole("ADMIN");
    const input = await readJson(request, newPolicySchema);
    return NextResponse.json(await editPolicy(await getPrisma(), admin.id, input.examCode, input.rules), { status: 201 });
  });
}
