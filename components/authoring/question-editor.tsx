"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SelectField } from "@/components/tools/select-field.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { sendJson } from "@/lib/client/send-json.ts";
import { toSourceQuestion, type QuestionDraft } from "@/lib/domain/authoring/question-draft.ts";
import { QUESTION_TYPES } from "@/lib/domain/questions/content.ts";
import type { AuthoringExamDto, SaveQuestionResultDto } from "@/lib/server/authoring/dto.ts";
import { AnswerEntriesEditor } from "./answer-entries-editor.tsx";
import { QuestionPreview } from "./question-preview.tsx";
import { TextAreaField } from "./text-area-field.tsx";
import { TYPE_LABEL } from "./labels.ts";

type Props = {
  exams: AuthoringExamDto[];
  /** Absent when creating. */
  questionId?: string;
  examCode: string;
  baseVersion?: number;
  initial: QuestionDraft;
};


/** Create or edit a question beside a live preview; the server checks it with the bank's rules. */
export function QuestionEditor({ exams, questionId, examCode: initialExam, baseVersion, initial }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [examCode, setExamCode] = useState(initialExam);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const exam = exams.find((e) => e.code === examCode);
  const errors = (key: string) => fieldErrors[key];
  const update = (patch: Partial<QuestionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const unplaced = Object.entries(fieldErrors).filter(([key]) => !isShownInline(key));

  async function save(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const body = { ...(questionId ? {} : { examCode }), ...(baseVersion ? { baseVersion } : {}), question: toSourceQuestion(draft, questionId ?? "new") };
    const result = questionId
      ? await sendJson<SaveQuestionResultDto>(`/api/author/questions/${questionId}`, "PUT", body)
      : await sendJson<SaveQuestionResultDto>("/api/author/questions", "POST", body);
    setPending(false);
    if (!result.ok) {
      setFieldErrors(result.fieldErrors);
      setMessage(result.message);
      return;
    }
    setFieldErrors({});
    // The page re-reads the saved question (a new version remounts this form) and shows the outcome from the URL.
    const to = `/author/questions/${result.data.id}?saved=${result.data.outcome}`;
    if (questionId) router.replace(to, { scroll: false });
    else router.push(to);
  }

  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <form onSubmit={save} noValidate className="space-y-5 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900 sm:p-6" aria-label="Question">
        {message && (
          <Alert tone="error">
            {message}
            {unplaced.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {unplaced.map(([key, list]) => (
                  <li key={key}>{key === "_" ? list.join(" ") : `${key}: ${list.join(" ")}`}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          {questionId ? (
            <div className="space-y-1.5">
              <p className="text-sm font-medium text-slate-800 dark:text-slate-200">Exam</p>
              <p className="py-2 text-sm">{exam ? `${exam.code} · ${exam.title}` : examCode}</p>
            </div>
          ) : (
            <SelectField
              label="Exam"
              name="examCode"
              value={examCode}
              errors={errors("examCode")}
              onChange={(e) => {
                setExamCode(e.target.value);
                update({ skillArea: exams.find((x) => x.code === e.target.value)?.skillAreas[0]?.key ?? "" });
              }}
              options={exams.map((e) => ({ value: e.code, label: `${e.code} · ${e.title}` }))}
            />
          )}
          <SelectField label="Skill area" name="skillArea" value={draft.skillArea} errors={errors("skillArea")} onChange={(e) => update({ skillArea: e.target.value })} options={(exam?.skillAreas ?? []).map((a) => ({ value: a.key, label: a.name }))} />
          <SelectField label="Type" name="type" value={draft.type} errors={errors("type")} onChange={(e) => update({ type: e.target.value as QuestionDraft["type"] })} options={QUESTION_TYPES.map((t) => ({ value: t, label: TYPE_LABEL[t] }))} />
          <SelectField
            label="Status"
            name="status"
            value={draft.status}
            errors={errors("status")}
            onChange={(e) => update({ status: e.target.value as QuestionDraft["status"] })}
            options={[
              { value: "draft", label: "Draft" },
              { value: "published", label: "Published" },
              { value: "retired", label: "Retired" },
            ]}
          />
          <Field label="Topic" name="topic" value={draft.topic} errors={errors("topic")} onChange={(e) => update({ topic: e.target.value })} hint="A short label authors search by, e.g. durable functions." />
          <SelectField label="Difficulty" name="difficulty" value={String(draft.difficulty)} errors={errors("difficulty")} onChange={(e) => update({ difficulty: Number(e.target.value) })} options={[1, 2, 3, 4, 5].map((d) => ({ value: String(d), label: `${d} of 5` }))} />
        </div>

        <TextAreaField label="Stem (Markdown)" name="stem" rows={6} value={draft.stem} errors={errors("stem")} onChange={(e) => update({ stem: e.target.value })} />

        <AnswerEntriesEditor draft={draft} errors={errors} onOptions={(options) => update({ options })} onStatements={(statements) => update({ statements })} />

        {draft.type === "multiple" && (
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={draft.partialCredit} onChange={(e) => update({ partialCredit: e.target.checked })} className="h-4 w-4 accent-brand-600" />
            Partial credit (a point per correct choice; a wrong one takes one away)
          </label>
        )}

        <TextAreaField label="Explanation (Markdown)" name="explanation" rows={5} value={draft.explanation} errors={errors("explanation")} onChange={(e) => update({ explanation: e.target.value })} />
        <TextAreaField
          label="References (one https:// link a line)"
          name="references"
          rows={3}
          value={draft.references.join("\n")}
          errors={referenceErrors(fieldErrors)}
          hint="At least one link to learn.microsoft.com or docs.github.com."
          onChange={(e) => update({ references: e.target.value.split("\n") })}
        />

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : questionId ? "Save changes" : "Create question"}
          </Button>
          <p className="text-xs text-slate-500 dark:text-slate-400">Changed content becomes a new version; attempts keep the version they saw.</p>
        </div>
      </form>
      <div className="lg:sticky lg:top-4">
        <QuestionPreview draft={draft} />
      </div>
    </div>
  );
}

const INLINE = /^(examCode|skillArea|type|status|topic|difficulty|stem|explanation|partialCredit|references(\.\d+)?|options(\.\d+\.(text|why|position))?|statements(\.\d+\.(text|why|answer))?)$/;

function isShownInline(key: string): boolean {
  return INLINE.test(key);
}

/** Reference errors point at the non-blank lines the server received; say which line. */
function referenceErrors(fieldErrors: Record<string, string[]>): string[] | undefined {
  const list = Object.entries(fieldErrors)
    .filter(([key]) => key === "references" || key.startsWith("references."))
    .flatMap(([key, messages]) => (key === "references" ? messages : messages.map((m) => `Link ${Number(key.split(".")[1]) + 1} ${m}.`)));
  return list.length ? list : undefined;
}
