import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthorNav } from "@/components/authoring/author-nav.tsx";
import { STATUS_LABEL, STATUS_TONE } from "@/components/authoring/labels.ts";
import { QuestionEditor } from "@/components/authoring/question-editor.tsx";
import { saveOutcomeMessage } from "@/components/authoring/save-outcome.ts";
import { RetireQuestionButton } from "@/components/authoring/retire-question-button.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { buttonClass } from "@/components/ui/button.tsx";
import { isAppError } from "@/lib/errors.ts";
import { getQuestionForEdit } from "@/lib/server/authoring/get-question-for-edit.ts";
import { listAuthoringExams } from "@/lib/server/authoring/list-authoring-exams.ts";
import { requireAuthorForPage } from "@/lib/server/authoring/require-author-page.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { questionIdSchema } from "@/lib/validation/authoring.ts";

export const metadata: Metadata = { title: "Edit question · Authoring" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditQuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireAuthorForPage(`/author/questions/${id}`);
  if (!questionIdSchema.safeParse(id).success) notFound();
  const prisma = await getPrisma();
  const question = await getQuestionForEdit(prisma, user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const exams = await listAuthoringExams(prisma, user);
  const savedMessage = saveOutcomeMessage((await searchParams).saved, question.currentVersion);

  return (
    <div className="space-y-6">
      <AuthorNav current={null} />
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm text-slate-500 dark:text-slate-400">
            <Link href="/author/questions" className="hover:underline">
              Questions
            </Link>{" "}
            / <span className="font-mono">{question.id}</span>
          </p>
          <h1 className="mt-1 flex flex-wrap items-center gap-3 text-3xl font-bold tracking-tight">
            Edit question <Badge tone={STATUS_TONE[question.status]}>{STATUS_LABEL[question.status]}</Badge>
          </h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            {question.examCode} · version {question.currentVersion}
            {question.caseStudy ? ` · part of the case study “${question.caseStudy.title}”` : ""}
            {question.source ? ` · from ${question.source}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <Link href={`/author/questions/${question.id}/history`} className={buttonClass("secondary", "py-1.5")}>
            Version history
          </Link>
          {question.status !== "RETIRED" && <RetireQuestionButton questionId={question.id} />}
        </div>
      </header>
      {savedMessage && <Alert tone="success">{savedMessage}</Alert>}
      {question.status === "RETIRED" && <Alert tone="warning">This question is retired: it is not drawn into any practice or exam. Set its status to published to bring it back.</Alert>}
      <QuestionEditor key={`${question.id}-${question.currentVersion}-${question.status}`} exams={exams} questionId={question.id} examCode={question.examCode} baseVersion={question.currentVersion} initial={question.draft} />
    </div>
  );
}
