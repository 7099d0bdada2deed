import type { Response } from "@/lib/domain/questions/content.ts";
import type { AnswerReveal, QuestionView } from "@/lib/domain/questions/view.ts";
import { sequenceOf } from "@/lib/client/attempt-response.ts";
import { cn } from "@/components/ui/cn.ts";
import { Markdown } from "@/components/ui/markdown.tsx";

type Props = {
  view: Extract<QuestionView, { type: "ordering" }>;
  response: Response | null;
  reveal: Extract<AnswerReveal, { type: "ordering" }>;
};

/** The learner's sequence step by step against the key, then why each action belongs where it does (or nowhere). */
export function OrderingReveal({ view, response, reveal }: Props) {
  const textOf = new Map(view.options.map((o) => [o.id, o.text]));
  const whyOf = new Map(reveal.options.map((o) => [o.id, o.why]));
  const given = sequenceOf(response);
  const distractors = reveal.options.filter((o) => o.position === null);

  return (
    <div className="grid items-start gap-4 md:grid-cols-2">
      <section aria-label="Your sequence" className="rounded-xl border border-slate-200 p-3 dark:border-slate-800">
        <h3 className="px-1 text-sm font-semibold text-slate-700 dark:text-slate-300">Your sequence</h3>
        {given.length === 0 ? (
          <p className="px-1 py-2 text-sm text-slate-500 dark:text-slate-400">Not answered.</p>
        ) : (
          <ol className="mt-2 space-y-2">
            {given.map((id, index) => {
              const inPlace = reveal.sequence[index] === id;
              return (
                <li
                  key={id}
                  className={cn(
                    "flex items-start gap-3 rounded-lg border px-3 py-2 text-sm",
                    inPlace ? "border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950/40" : "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40",
                  )}
                >
                  <span className="font-bold">{index + 1}.</span>
                  <span className="min-w-0 flex-1">
                    <Markdown inline>{textOf.get(id) ?? ""}</Markdown>
                  </span>
                  <span className={cn("shrink-0 text-xs font-semibold", inPlace ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300")}>
                    {inPlace ? "In place" : "Not here"}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-label="Correct sequence" className="rounded-xl border border-emerald-300 p-3 dark:border-emerald-800">
        <h3 className="px-1 text-sm font-semibold text-emerald-800 dark:text-emerald-300">Correct sequence</h3>
        <ol className="mt-2 space-y-2">
          {reveal.sequence.map((id, index) => (
            <li key={id} className="rounded-lg bg-emerald-50 px-3 py-2 text-sm dark:bg-emerald-950/40">
              <span className="font-bold">{index + 1}. </span>
              <Markdown inline>{textOf.get(id) ?? ""}</Markdown>
              <span className="mt-1 block text-slate-600 dark:text-slate-300">{whyOf.get(id)}</span>
            </li>
          ))}
        </ol>
        {distractors.length > 0 && (
          <>
            <h4 className="mt-3 px-1 text-sm font-semibold text-slate-700 dark:text-slate-300">Not part of the sequence</h4>
            <ul className="mt-2 space-y-2">
              {distractors.map((o) => (
                <li key={o.id} className="rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60">
                  <Markdown inline>{textOf.get(o.id) ?? ""}</Markdown>
                  <span className="mt-1 block text-slate-600 dark:text-slate-300">{o.why}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
