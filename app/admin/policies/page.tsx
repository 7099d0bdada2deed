import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { PolicyForm } from "@/components/guarantee/policy-form.tsx";
import { PolicySummary } from "@/components/guarantee/policy-summary.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { getPrisma } from "@/lib/server/db/client.ts";
import { listPolicies } from "@/lib/server/guarantee/list-policies.ts";
import { requireAdminForPage } from "@/lib/server/guarantee/require-admin-page.ts";

export const metadata: Metadata = { title: "Guarantee policies" };

export default async function PoliciesPage() {
  const admin = await requireAdminForPage("/admin/policies");
  const exams = await listPolicies(await getPrisma(), admin.id);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <AdminNav current="/admin/policies" />
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Guarantee policies</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-300">Saving makes a new version. New claims are judged by the newest; filed claims keep the version they were judged by.</p>
        </div>
      </header>
      {exams.map((exam) => {
        const [current, ...older] = exam.versions;
        if (!current) return null;
        return (
          <Card key={exam.examCode} aria-labelledby={`policy-${exam.examCode}`} className="space-y-4">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={`policy-${exam.examCode}`} className="text-xl font-semibold">
                {exam.examCode} · {exam.title}
              </h2>
              <Badge tone="brand">{`version ${current.version}`}</Badge>
            </div>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              Since {current.createdAt.slice(0, 10)}
              {current.createdBy ? ` by ${current.createdBy}` : " (default)"}
            </p>
            <PolicySummary rules={current.rules} passMark={exam.passMark} />
            <details className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300">Create a new version</summary>
              <div className="mt-4">
                <PolicyForm examCode={exam.examCode} current={current.rules} passMark={exam.passMark} />
              </div>
            </details>
            {older.length > 0 && (
              <details className="text-sm">
                <summary className="cursor-pointer text-slate-600 dark:text-slate-300">Earlier versions ({older.length})</summary>
                <ul className="mt-3 space-y-4">
                  {older.map((policy) => (
                    <li key={policy.id}>
                      <p className="font-medium">
                        Version {policy.version} · {policy.createdAt.slice(0, 10)}
                        {policy.createdBy ? ` by ${policy.createdBy}` : " (default)"}
                      </p>
                      <PolicySummary rules={policy.rules} passMark={exam.passMark} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </Card>
        );
      })}
    </div>
  );
}
