import type { Response } from "@/lib/domain/questions/content.ts";
import type { AnswerReveal, QuestionView } from "@/lib/domain/questions/view.ts";
import { answerStatement } from "@/lib/client/attempt-response.ts";
import { cn } from "@/components/ui/cn.ts";
import { Markdown } from "@/components/ui/markdown.tsx";

type Props = {
  name: string;
  view: Extract<QuestionView, { type: "yesno" }>;
  response: Response | null;
  reveal: AnswerReveal | null;
  locked: boolean;
  onChange: (response: Response | null) => void;
};

/** A Yes/No pair per statement; once revealed, each statement shows the right answer and why. */
export function YesNoSeries({ name, view, response, reveal, locked, onChange }: Props) {
  const answers = response?.type === "yesno" ? response.answers : {};
  const key = reveal?.type === "yesno" ? reveal : null;

  return (
    <ol className="space-y-2.5">
      {view.statements.map((statement, index) => {
        const given = answers[statement.id];
        const truth = key?.statements.find((s) => s.id === statement.id);
        const right = truth !== undefined && given === truth.answer;
        const labelId = `${name}-${statement.id}-text`;
        return (
          <li
            key={statement.id}
            className={cn(
              "rounded-xl border px-3 py-3 sm:px-4",
              truth
                ? right
                  ? "border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950/40"
                  : "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40"
                : "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900",
            )}
          >
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div id={labelId} className="min-w-0 flex-1">
                <span className="mr-2 font-semibold text-slate-500 dark:text-slate-400">{index + 1}.</span>
                <Markdown inline>{statement.text}</Markdown>
              </div>
              <div role="radiogroup" aria-labelledby={labelId} className="flex shrink-0 gap-2">
                {([true, false] as const).map((value) => (
                  <label
                    key={String(value)}
                    className={cn(
                      "flex min-w-16 items-center justify-center gap-2 rounded-lg border px-3 py-1.5 text-sm font-semibold",
                      "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500",
                      given === value
                        ? "border-brand-600 bg-brand-600 text-white dark:border-brand-400 dark:bg-brand-400 dark:text-slate-950"
                        : "border-slate-300 bg-white text-slate-700 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200",
                      locked ? "cursor-default" : "cursor-pointer hover:border-brand-400",
                    )}
                  >
                    <input
                      type="radio"
                      name={`${name}-${statement.id}`}
                      checked={given === value}
                      disabled={locked}
                      onChange={() => onChange(answerStatement(response, statement.id, value))}
                      className="sr-only"
                    />
                    {value ? "Yes" : "No"}
                  </label>
                ))}
              </div>
            </div>
            {truth && (
              <div className="mt-2 text-sm">
                <span
                  className={cn(
                    "inline-block rounded-full px-2 py-0.5 text-xs font-semibold",
                    right ? "bg-emerald-600 text-white dark:bg-emerald-500 dark:text-emerald-950" : "bg-red-600 text-white dark:bg-red-500 dark:text-red-950",
                  )}
                >
                  {given === undefined ? "Not answered" : right ? "Correct" : "Incorrect"} — the answer is {truth.answer ? "Yes" : "No"}
                </span>
                <p className="mt-1.5 text-slate-600 dark:text-slate-300">{truth.why}</p>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
