import type { Metadata } from "next";
import { AuthorNav } from "@/components/authoring/author-nav.tsx";
import { ImportForm } from "@/components/authoring/import-form.tsx";
import { listAuthoringExams } from "@/lib/server/authoring/list-authoring-exams.ts";
import { requireAuthorForPage } from "@/lib/server/authoring/require-author-page.ts";
import { getPrisma } from "@/lib/server/db/client.ts";

export const metadata: Metadata = { title: "Import · Authoring" };

export default async function ImportPage() {
  const user = await requireAuthorForPage("/author/import");
  const exams = await listAuthoringExams(await getPrisma(), user);
  return (
    <div className="space-y-6">
      <AuthorNav current="/author/import" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Import questions</h1>
        <p className="mt-1 max-w-3xl text-slate-600 dark:text-slate-300">
          GIFT, Moodle XML, QTI 3.0, CSV, Markdown checklists or the bank&apos;s own YAML. A dry run shows what would be added, updated or rejected, with every problem&apos;s file and line;
          nothing is written until you commit.
        </p>
      </header>
      <ImportForm exams={exams} />
    </div>
  );
}
