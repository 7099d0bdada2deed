import type { Metadata } from "next";
import { ExamCard } from "@/components/catalog/exam-card.tsx";
import { listExams } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";

export const metadata: Metadata = { title: "Exam catalog" };

export default async function ExamCatalogPage() {
  const exams = await listExams(await getPrisma());
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Exam catalog</h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-300">
        Every exam with its official skills outline, length and pass mark. Pick one to see how it is weighted and what it requires.
      </p>
      <div className="mt-8 grid gap-6 sm:grid-cols-2">
        {exams.map((exam) => (
          <ExamCard key={exam.code} exam={exam} />
        ))}
      </div>
    </div>
  );
}
