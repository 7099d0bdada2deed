import { ButtonLink } from "@/components/ui/button.tsx";

export default function AttemptNotFound() {
  return (
    <div className="mx-auto max-w-lg py-12 text-center">
      <p className="font-mono text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-2xl font-bold">We cannot find that attempt</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">It may belong to another account, or the link may be incomplete.</p>
      <ButtonLink href="/exams" className="mt-6">
        Pick an exam to practise
      </ButtonLink>
    </div>
  );
}
