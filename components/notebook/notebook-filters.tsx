import Link from "next/link";
import { buttonClass } from "@/components/ui/button.tsx";
import type { NotebookFacetsDto } from "@/lib/server/notebook/dto.ts";
import type { NotebookQuery } from "@/lib/validation/review.ts";
import { AutoSubmitSelect } from "./auto-submit-select.tsx";

const fieldClass = "block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm disabled:opacity-60 dark:border-slate-700 dark:bg-slate-950";

/** Search and filters as a plain GET form: the URL holds them, so results can be bookmarked and paged. */
export function NotebookFilters({ query, facets }: { query: NotebookQuery; facets: NotebookFacetsDto }) {
  const exam = facets.find((f) => f.code === query.exam);
  return (
    <form method="get" action="/notebook" role="search" className="grid gap-3 sm:grid-cols-[2fr_1.2fr_1.5fr_auto] sm:items-end">
      <div className="space-y-1.5">
        <label htmlFor="notebook-q" className="block text-sm font-medium">
          Search questions
        </label>
        <input id="notebook-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} placeholder="Words from the question" className={fieldClass} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="notebook-exam" className="block text-sm font-medium">
          Exam
        </label>
        <AutoSubmitSelect id="notebook-exam" name="exam" defaultValue={query.exam ?? ""} className={fieldClass}>
          <option value="">All exams</option>
          {facets.map((f) => (
            <option key={f.code} value={f.code}>
              {f.code} ({f.count})
            </option>
          ))}
        </AutoSubmitSelect>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="notebook-area" className="block text-sm font-medium">
          Skill area
        </label>
        <AutoSubmitSelect id="notebook-area" name="area" defaultValue={exam ? (query.area ?? "") : ""} disabled={!exam} className={fieldClass}>
          <option value="">{exam ? "All areas" : "Choose an exam first"}</option>
          {exam?.areas.map((a) => (
            <option key={a.key} value={a.key}>
              {a.name} ({a.count})
            </option>
          ))}
        </AutoSubmitSelect>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary", "h-10")}>
          Apply
        </button>
        {(query.q || query.exam || query.area) && (
          <Link href="/notebook" className={buttonClass("ghost", "h-10")}>
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
