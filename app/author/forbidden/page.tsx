import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";

export const metadata: Metadata = { title: "Authors only" };

export default function ForbiddenPage() {
  return (
    <Card className="mx-auto max-w-lg text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">403 · Forbidden</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">The authoring workspace is for authors</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">Your account cannot write or edit questions. If you spotted a problem with a question, use “Report a problem” beside it.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <ButtonLink href="/exams">Back to the exams</ButtonLink>
        <ButtonLink href="/reports" variant="secondary">
          Your reports
        </ButtonLink>
      </div>
    </Card>
  );
}
