import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { GrantEnrollmentForm } from "@/components/admin/enrollments/grant-enrollment-form.tsx";
import { EnrollmentTable } from "@/components/admin/enrollments/enrollment-table.tsx";
import { Card } from "@/components/ui/card.tsx";
import { listExams } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { listEnrollments } from "@/lib/server/guarantee/list-enrollments.ts";
import { requireAdminForPage } from "@/lib/server/guarantee/require-admin-page.ts";

export const metadata: Metadata = { title: "Enrollments" };

export default async function EnrollmentsPage() {
  const admin = await requireAdminForPage("/admin/enrollments");
  const prisma = await getPrisma();
  const [exams, enrollments] = await Promise.all([listExams(prisma), listEnrollments(prisma, admin.id)]);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <AdminNav current="/admin/enrollments" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Enrollments</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">Each enrollment carries one exam&apos;s money-back guarantee. Learners enroll themselves; you can grant one here.</p>
      </header>
      <Card aria-labelledby="grant-heading" className="space-y-4">
        <h2 id="grant-heading" className="text-xl font-semibold">
          Grant an enrollment
        </h2>
        <GrantEnrollmentForm exams={exams.map((exam) => ({ code: exam.code, title: exam.title }))} />
      </Card>
      <Card aria-labelledby="recent-heading" className="space-y-4">
        <h2 id="recent-heading" className="text-xl font-semibold">
          Most recent ({enrollments.length})
        </h2>
        <EnrollmentTable enrollments={enrollments} />
      </Card>
    </div>
  );
}
