import { Button } from "@/components/ui/button.tsx";
import { QUESTIONS, type Choice } from "@/lib/domain/planning/advisor-rules.ts";

type Errors = Partial<Record<"experience" | "role" | "pipelines" | "held", string[]>>;

function ChoiceGroup<T extends string>({ name, label, choices, value, errors }: { name: string; label: string; choices: readonly Choice<T>[]; value?: string; errors?: string[] }) {
  return (
    <fieldset aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="text-sm font-semibold text-slate-900 dark:text-slate-100">{label}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex cursor-pointer items-start gap-3 rounded-xl border border-slate-200 bg-white p-3 text-sm hover:border-brand-300 has-checked:border-brand-500 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-500 dark:border-slate-700 dark:bg-slate-950 dark:hover:border-brand-700 dark:has-checked:border-brand-400 dark:has-checked:bg-brand-950/60"
          >
            <input type="radio" name={name} value={choice.value} defaultChecked={value === choice.value} required className="mt-0.5 accent-brand-600" />
            <span>
              <span className="font-medium text-slate-900 dark:text-slate-100">{choice.label}</span>
              {choice.hint && <span className="mt-0.5 block text-xs text-slate-500 dark:text-slate-400">{choice.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${name}-error`} className="mt-2 text-sm text-red-600 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The advisor's questions as a GET form: the answers land in the address, so a path can be shared. */
export function AdvisorForm({ exams, answers, errors }: { exams: { code: string; title: string }[]; answers: { experience?: string; role?: string; pipelines?: string; held?: readonly string[] }; errors: Errors }) {
  return (
    <form action="/advisor#advice" method="get" className="space-y-6">
      <ChoiceGroup name="experience" label={QUESTIONS.experience.label} choices={QUESTIONS.experience.choices} value={answers.experience} errors={errors.experience} />
      <ChoiceGroup name="role" label={QUESTIONS.role.label} choices={QUESTIONS.role.choices} value={answers.role} errors={errors.role} />
      <ChoiceGroup name="pipelines" label={QUESTIONS.pipelines.label} choices={QUESTIONS.pipelines.choices} value={answers.pipelines} errors={errors.pipelines} />
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900 dark:text-slate-100">Which of these have you already passed?</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {exams.map((exam) => (
            <label key={exam.code} className="flex cursor-pointer items-start gap-3 rounded-xl border border-slate-200 bg-white p-3 text-sm has-checked:border-brand-500 dark:border-slate-700 dark:bg-slate-950 dark:has-checked:border-brand-400">
              <input type="checkbox" name="held" value={exam.code} defaultChecked={answers.held?.includes(exam.code)} className="mt-0.5 accent-brand-600" />
              <span>
                <span className="font-mono font-semibold">{exam.code}</span>
                <span className="block text-xs text-slate-500 dark:text-slate-400">{exam.title}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.held?.length ? <p className="mt-2 text-sm text-red-600 dark:text-red-400">{errors.held.join(" ")}</p> : null}
      </fieldset>
      <Button type="submit" className="w-full sm:w-auto">
        Show my path
      </Button>
    </form>
  );
}
