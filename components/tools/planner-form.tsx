import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { MAX_HOURS, MIN_HOURS } from "@/lib/domain/planning/build-study-plan.ts";
import { SelectField } from "./select-field.tsx";

type Values = { exam?: string; date?: string; hours?: string };
type Errors = Partial<Record<"exam" | "date" | "hours", string[]>>;

/** Exam, date and weekly hours as a GET form: the plan's address holds them, so it can be shared. */
export function PlannerForm({ exams, values, errors, minDate, maxDate }: { exams: { slug: string; code: string; title: string }[]; values: Values; errors: Errors; minDate: string; maxDate: string }) {
  return (
    <form action="/planner#plan" method="get" className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]">
      <SelectField
        label="Exam"
        name="exam"
        id="planner-exam"
        defaultValue={values.exam}
        options={exams.map((exam) => ({ value: exam.slug, label: `${exam.code} — ${exam.title}` }))}
        errors={errors.exam}
        className="sm:col-span-2 lg:col-span-1"
      />
      <Field label="Exam date" name="date" id="planner-date" type="date" defaultValue={values.date} min={minDate} max={maxDate} required errors={errors.date} />
      <Field
        label="Hours a week"
        name="hours"
        id="planner-hours"
        type="number"
        inputMode="numeric"
        min={MIN_HOURS}
        max={MAX_HOURS}
        step={1}
        defaultValue={values.hours}
        required
        errors={errors.hours}
      />
      <Button type="submit" className="sm:col-span-2 lg:col-span-1 lg:mt-[1.625rem]">
        Make my plan
      </Button>
    </form>
  );
}
