import { buttonClass } from "@/components/ui/button.tsx";
import { QUESTION_TYPES } from "@/lib/domain/questions/content.ts";
import type { AuthoringExamDto } from "@/lib/server/authoring/dto.ts";
import type { QuestionListQuery } from "@/lib/validation/authoring.ts";
import { STATUS_LABEL, TYPE_LABEL } from "./labels.ts";

const control = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-950";
const label = "space-y-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400";

/** A GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function QuestionFilters({ exams, query }: { exams: AuthoringExamDto[]; query: QuestionListQuery }) {
  return (
    <form method="get" action="/author/questions" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1.4fr_1fr_1fr_1.6fr_auto] lg:items-end" role="search" aria-label="Filter questions">
      <label className={label}>
        <span>Exam</span>
        <select name="exam" defaultValue={query.exam ?? ""} className={control}>
          <option value="">All exams</option>
          {exams.map((e) => (
            <option key={e.code} value={e.code}>
              {e.code}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        <span>Skill area</span>
        <select name="area" defaultValue={query.area ?? ""} className={control}>
          <option value="">All skill areas</option>
          {exams
            .filter((e) => !query.exam || e.code === query.exam)
            .map((e) => (
              <optgroup key={e.code} label={e.code}>
                {e.skillAreas.map((a) => (
                  <option key={`${e.code}-${a.key}`} value={a.key}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </label>
      <label className={label}>
        <span>Type</span>
        <select name="type" defaultValue={query.type ?? ""} className={control}>
          <option value="">All types</option>
          {QUESTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        <span>Status</span>
        <select name="status" defaultValue={query.status ?? ""} className={control}>
          <option value="">Any status</option>
          {(["DRAFT", "PUBLISHED", "RETIRED"] as const).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        <span>Text in stem</span>
        <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="e.g. private endpoint" className={control} />
      </label>
      <button type="submit" className={buttonClass("primary")}>
        Filter
      </button>
    </form>
  );
}
