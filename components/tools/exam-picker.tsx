import { Button } from "@/components/ui/button.tsx";
import { SelectField } from "./select-field.tsx";

type Option = { slug: string; code: string; title: string };

/** Two exams to put side by side; a plain GET form, so it works before any script loads. */
export function ExamPicker({ exams, a, b, errors }: { exams: Option[]; a?: string; b?: string; errors?: { a?: string[]; b?: string[] } }) {
  const options = exams.map((exam) => ({ value: exam.slug, label: `${exam.code} — ${exam.title}` }));
  return (
    <div className="@container">
      <form action="/compare" method="get" className="grid items-end gap-3 @xl:grid-cols-[1fr_auto_1fr_auto]">
        <SelectField label="First exam" name="a" id="compare-a" options={options} defaultValue={a} errors={errors?.a} />
        <span aria-hidden="true" className="hidden pb-2 text-sm font-semibold text-slate-500 @xl:block dark:text-slate-400">
          vs
        </span>
        <SelectField label="Second exam" name="b" id="compare-b" options={options} defaultValue={b} errors={errors?.b} />
        <Button type="submit" variant="secondary">
          Compare
        </Button>
      </form>
    </div>
  );
}
