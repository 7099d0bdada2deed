"use client";

import { Button } from "@/components/ui/button.tsx";
import { cn } from "@/components/ui/cn.ts";
import type { DraftOption, DraftStatement, QuestionDraft } from "@/lib/domain/authoring/question-draft.ts";

type Props = {
  draft: QuestionDraft;
  errors: (key: string) => string[] | undefined;
  onOptions: (options: DraftOption[]) => void;
  onStatements: (statements: DraftStatement[]) => void;
};

const input = "block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm dark:bg-slate-950";
const border = (bad: boolean) => (bad ? "border-red-500 dark:border-red-500" : "border-slate-300 dark:border-slate-700");
const MAX_ENTRIES = 10;

/** Options (single, multiple, ordering) or statements (yes/no), each with its key and its why. */
export function AnswerEntriesEditor({ draft, errors, onOptions, onStatements }: Props) {
  if (draft.type === "yesno") {
    const set = (i: number, patch: Partial<DraftStatement>) => onStatements(draft.statements.map((s, j) => (j === i ? { ...s, ...patch } : s)));
    return (
      <EntryList
        label="Statements"
        error={errors("statements")}
        count={draft.statements.length}
        onAdd={() => onStatements([...draft.statements, { text: "", answer: "yes", why: "" }])}
        onRemove={(i) => onStatements(draft.statements.filter((_, j) => j !== i))}
        render={(i) => {
          const s = draft.statements[i]!;
          return (
            <>
              <EntryText label={`Statement ${i + 1}`} value={s.text} errors={errors(`statements.${i}.text`)} onChange={(text) => set(i, { text })} />
              <label className="flex items-center gap-2 text-sm">
                <span className="font-medium">Answer</span>
                <select value={s.answer} onChange={(e) => set(i, { answer: e.target.value as "yes" | "no" })} className={cn(input, border(false), "w-auto py-1")} aria-label={`Answer to statement ${i + 1}`}>
                  <option value="yes">Yes</option>
                  <option value="no">No</option>
                </select>
              </label>
              <EntryText label={`Why (statement ${i + 1})`} value={s.why} errors={errors(`statements.${i}.why`)} onChange={(why) => set(i, { why })} />
            </>
          );
        }}
      />
    );
  }

  const set = (i: number, patch: Partial<DraftOption>) => onOptions(draft.options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const choose = (i: number, correct: boolean) => onOptions(draft.options.map((o, j) => (j === i ? { ...o, correct } : draft.type === "single" && correct ? { ...o, correct: false } : o)));
  return (
    <EntryList
      label={draft.type === "ordering" ? "Steps (give the placed ones a position; leave distractors blank)" : "Options"}
      error={errors("options")}
      count={draft.options.length}
      onAdd={() => onOptions([...draft.options, { text: "", correct: false, position: null, why: "" }])}
      onRemove={(i) => onOptions(draft.options.filter((_, j) => j !== i))}
      render={(i) => {
        const o = draft.options[i]!;
        const letter = String.fromCharCode(65 + i);
        return (
          <>
            <EntryText label={`Option ${letter}`} value={o.text} errors={errors(`options.${i}.text`)} onChange={(text) => set(i, { text })} />
            {draft.type === "ordering" ? (
              <label className="flex items-center gap-2 text-sm">
                <span className="font-medium">Position</span>
                <input
                  type="number"
                  min={1}
                  max={10}
                  value={o.position ?? ""}
                  aria-label={`Position of option ${letter}`}
                  onChange={(e) => set(i, { position: e.target.value === "" ? null : Number(e.target.value) })}
                  className={cn(input, border(Boolean(errors(`options.${i}.position`))), "w-20 py-1")}
                />
                <span className="text-xs text-slate-500 dark:text-slate-400">{o.position === null ? "distractor" : `step ${o.position}`}</span>
              </label>
            ) : (
              <label className="flex items-center gap-2 text-sm font-medium">
                <input
                  type={draft.type === "single" ? "radio" : "checkbox"}
                  name="correct-option"
                  checked={o.correct}
                  onChange={(e) => choose(i, e.target.checked)}
                  className="h-4 w-4 accent-brand-600"
                />
                Correct answer
              </label>
            )}
            {errors(`options.${i}.position`) && <p className="text-sm text-red-600 dark:text-red-400">{errors(`options.${i}.position`)!.join(" ")}</p>}
            <EntryText label={`Why (option ${letter})`} value={o.why} errors={errors(`options.${i}.why`)} onChange={(why) => set(i, { why })} />
          </>
        );
      }}
    />
  );
}

function EntryList({ label, error, count, onAdd, onRemove, render }: { label: string; error?: string[]; count: number; onAdd: () => void; onRemove: (i: number) => void; render: (i: number) => React.ReactNode }) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{label}</legend>
      {error && <p className="text-sm text-red-600 dark:text-red-400">{error.join(" ")}</p>}
      <ol className="space-y-3">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="space-y-2 rounded-xl border border-slate-200 bg-slate-50 p-3 dark:border-slate-800 dark:bg-slate-950/50">
            {render(i)}
            <div className="flex justify-end">
              <button type="button" onClick={() => onRemove(i)} className="text-xs font-semibold text-slate-500 hover:text-red-600 dark:text-slate-400 dark:hover:text-red-400">
                Remove {String.fromCharCode(65 + i)}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {count < MAX_ENTRIES && (
        <Button type="button" variant="secondary" onClick={onAdd} className="py-1.5">
          Add one
        </Button>
      )}
    </fieldset>
  );
}

function EntryText({ label, value, errors, onChange }: { label: string; value: string; errors?: string[]; onChange: (value: string) => void }) {
  return (
    <label className="block space-y-1 text-sm">
      <span className="font-medium text-slate-700 dark:text-slate-300">{label}</span>
      <textarea rows={1} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={errors ? true : undefined} className={cn(input, border(Boolean(errors)), "min-h-[2.4rem] resize-y [field-sizing:content]")} />
      {errors && <span className="block text-sm text-red-600 dark:text-red-400">{errors.join(" ")}</span>}
    </label>
  );
}
