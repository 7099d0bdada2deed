import type { ItemRevealDto } from "@/lib/server/attempts/dto.ts";
import { cn } from "@/components/ui/cn.ts";
import { Markdown } from "@/components/ui/markdown.tsx";

/** "learn.microsoft.com/azure/…" — a reference link readable at a glance. */
function referenceLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.pathname}`.replace(/\/$/, "");
  } catch {
    return url;
  }
}

/** The verdict, the explanation and the documentation behind a question, once its answer is final. */
export function ExplanationPanel({ reveal, answered, showVerdict = true }: { reveal: ItemRevealDto; answered: boolean; showVerdict?: boolean }) {
  const partial = !reveal.isCorrect && reveal.pointsEarned > 0;
  return (
    <section aria-label="Explanation" className="space-y-4">
      {showVerdict && (
      <p
        className={cn(
          "rounded-xl px-4 py-3 font-semibold",
          reveal.isCorrect
            ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
            : partial
              ? "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
              : "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
        )}
      >
        {reveal.isCorrect ? "Correct" : !answered ? "Not answered" : partial ? "Partly correct" : "Incorrect"}
        <span className="font-normal">
          {" "}
          — {reveal.pointsEarned} of {reveal.pointsPossible} {reveal.pointsPossible === 1 ? "point" : "points"}
        </span>
      </p>
      )}
      <div>
        <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Explanation</h3>
        <Markdown className="mt-2 text-slate-800 dark:text-slate-200">{reveal.explanation}</Markdown>
      </div>
      {reveal.references.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">References</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {reveal.references.map((url) => (
              <li key={url} className="break-words">
                <a href={url} target="_blank" rel="noreferrer" className="font-medium text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300">
                  {referenceLabel(url)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
