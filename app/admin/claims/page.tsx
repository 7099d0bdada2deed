import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { ClaimQueue } from "@/components/admin/claims/claim-queue.tsx";
import { Card } from "@/components/ui/card.tsx";
import { getPrisma } from "@/lib/server/db/client.ts";
import { listClaims } from "@/lib/server/guarantee/list-claims.ts";
import { requireAdminForPage } from "@/lib/server/guarantee/require-admin-page.ts";

export const metadata: Metadata = { title: "Guarantee claims" };

export default async function ClaimsPage() {
  const admin = await requireAdminForPage("/admin/claims");
  const claims = await listClaims(await getPrisma(), admin.id);
  const open = claims.filter((c) => c.status === "SUBMITTED");
  const decided = claims.filter((c) => c.status !== "SUBMITTED");
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <AdminNav current="/admin/claims" />
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Guarantee claims</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-300">Open claims first, oldest first. Each carries the eligibility snapshot from its exam date.</p>
        </div>
      </header>
      <Card aria-labelledby="open-heading">
        <h2 id="open-heading" className="mb-4 text-xl font-semibold">
          To decide ({open.length})
        </h2>
        <ClaimQueue claims={open} />
      </Card>
      <Card aria-labelledby="decided-heading">
        <h2 id="decided-heading" className="mb-4 text-xl font-semibold">
          Decided ({decided.length})
        </h2>
        <ClaimQueue claims={decided} />
      </Card>
    </div>
  );
}
