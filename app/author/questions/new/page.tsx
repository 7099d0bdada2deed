import type { Metadata } from "next";
import { AuthorNav } from "@/components/authoring/author-nav.tsx";
import { QuestionEditor } from "@/components/authoring/question-editor.tsx";
import { emptyDraft } from "@/lib/domain/authoring/question-draft.ts";
import { listAuthoringExams } from "@/lib/server/authoring/list-authoring-exams.ts";
import { requireAuthorForPage } from "@/lib/server/authoring/require-author-page.ts";
import { getPrisma } from "@/lib/server/db/client.ts";

export const metadata: Metadata = { title: "New question · Authoring" };

export default async function NewQuestionPage() {
  const user = await requireAuthorForPage("/author/questions/new");
  const exams = await listAuthoringExams(await getPrisma(), user);
  const exam = exams[0];
  return (
    <div className="space-y-6">
      <AuthorNav current="/author/questions/new" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">New question</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">Checked on save with the same rules as the bank files. Start it as a draft; publish when it is ready.</p>
      </header>
      {exam ? (
        <QuestionEditor exams={exams} examCode={exam.code} initial={emptyDraft(exam.skillAreas[0]?.key ?? "")} />
      ) : (
        <p>There are no exams in the catalog yet.</p>
      )}
    </div>
  );
}
