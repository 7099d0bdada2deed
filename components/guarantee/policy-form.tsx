"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import type { PolicyRules } from "@/lib/domain/guarantee/policy-rules.ts";
import { sendJson } from "@/lib/client/send-json.ts";

const num = (form: FormData, name: string) => Number(form.get(name));

/** Creates the exam's next policy version from the current one's values. */
export function PolicyForm({ examCode, current, passMark }: { examCode: string; current: PolicyRules; passMark: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const id = (name: string) => `${examCode}-${name}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const minScaled = String(form.get("minScaled") ?? "").trim();
    const rules: PolicyRules = {
      schemaVersion: 1,
      minQuestionCoverage: num(form, "coverage") / 100,
      finalSimulations: { count: num(form, "simCount"), minScaled: minScaled === "" ? "pass-mark" : Number(minScaled), lastWithinDaysBeforeExam: num(form, "simDays") },
      minReadiness: num(form, "readiness") / 100,
      examWithinDaysOfEnrolling: num(form, "examDays"),
      claimWithinDaysOfExam: num(form, "claimDays"),
      requireFailedExam: form.get("requireFailedExam") === "on",
      requireScoreReportId: form.get("requireScoreReportId") === "on",
    };
    setPending(true);
    setError(null);
    const result = await sendJson<{ version: number }>("/api/admin/policies", "POST", { examCode, rules });
    setPending(false);
    if (!result.ok) {
      setFieldErrors(result.fieldErrors);
      setError(result.message);
      return;
    }
    setFieldErrors({});
    setSaved(result.data.version);
    router.refresh();
  }

  const err = (key: string) => fieldErrors[`rules.${key}`];
  const sims = current.finalSimulations;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={`New ${examCode} policy version`}>
      {error && <Alert tone="error">{error}</Alert>}
      {saved !== null && <Alert tone="success">Saved as version {saved}. New claims use it; earlier claims keep theirs.</Alert>}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={id("coverage")} label="Questions answered (%)" name="coverage" type="number" step="0.1" defaultValue={current.minQuestionCoverage * 100} errors={err("minQuestionCoverage")} />
        <Field id={id("simCount")} label="Final simulations" name="simCount" type="number" defaultValue={sims.count} errors={err("finalSimulations.count")} />
        <Field
          id={id("minScaled")}
          label="Simulation score at least"
          name="minScaled"
          type="number"
          placeholder={`pass mark (${passMark})`}
          defaultValue={sims.minScaled === "pass-mark" ? "" : sims.minScaled}
          hint="Empty: the exam's pass mark."
          errors={err("finalSimulations.minScaled")}
        />
        <Field id={id("simDays")} label="Last simulation within (days before exam)" name="simDays" type="number" defaultValue={sims.lastWithinDaysBeforeExam} errors={err("finalSimulations.lastWithinDaysBeforeExam")} />
        <Field id={id("readiness")} label="Readiness at least (%)" name="readiness" type="number" step="0.1" defaultValue={current.minReadiness * 100} errors={err("minReadiness")} />
        <Field id={id("examDays")} label="Exam within (days of enrolling)" name="examDays" type="number" defaultValue={current.examWithinDaysOfEnrolling} errors={err("examWithinDaysOfEnrolling")} />
        <Field id={id("claimDays")} label="Claim within (days of exam)" name="claimDays" type="number" defaultValue={current.claimWithinDaysOfExam} errors={err("claimWithinDaysOfExam")} />
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="requireFailedExam" defaultChecked={current.requireFailedExam} /> Real exam must be failed
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="requireScoreReportId" defaultChecked={current.requireScoreReportId} /> Score report id required
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save as a new version"}
      </Button>
    </form>
  );
}
