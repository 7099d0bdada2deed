"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

type Exam = { code: string; title: string };

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/** Enrolls a learner (found by e-mail) in an exam's guarantee without payment. */
export function GrantEnrollmentForm({ exams }: { exams: Exam[] }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const price = text(form, "price");
    const priceCents = price === "" ? undefined : Math.round(Number(price.replace(",", ".")) * 100);
    if (priceCents !== undefined && !Number.isFinite(priceCents)) {
      setFieldErrors({ priceCents: ["Enter a price such as 0 or 99.00."] });
      return;
    }
    const currency = text(form, "currency").toUpperCase();
    const body = {
      email: text(form, "email"),
      examCode: text(form, "examCode"),
      plan: text(form, "plan") || "standard",
      priceCents,
      currency: currency || undefined,
      targetDate: text(form, "targetDate") || undefined,
    };
    setPending(true);
    setError(null);
    setNotice(null);
    const result = await sendJson<{ created: boolean }>("/api/admin/enrollments", "POST", body);
    setPending(false);
    if (!result.ok) {
      setFieldErrors(result.fieldErrors);
      setError(Object.keys(result.fieldErrors).length ? "Please check the fields marked below." : result.message);
      return;
    }
    setFieldErrors({});
    setNotice(result.data.created ? `${body.email} is now enrolled in ${body.examCode}.` : `${body.email} was already enrolled in ${body.examCode}; nothing changed.`);
    formElement.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Grant an enrollment">
      {error && <Alert tone="error">{error}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="grant-email" label="Learner's e-mail" name="email" type="email" autoComplete="off" required errors={fieldErrors.email} />
        <div className="space-y-1.5">
          <label htmlFor="grant-examCode" className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            Exam
          </label>
          <select
            id="grant-examCode"
            name="examCode"
            className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-950"
          >
            {exams.map((exam) => (
              <option key={exam.code} value={exam.code}>
                {exam.code} · {exam.title}
              </option>
            ))}
          </select>
        </div>
        <Field id="grant-plan" label="Plan" name="plan" defaultValue="standard" errors={fieldErrors.plan} />
        <Field id="grant-targetDate" label="Target exam date (optional)" name="targetDate" type="date" errors={fieldErrors.targetDate} />
        <Field id="grant-price" label="Price (optional)" name="price" inputMode="decimal" placeholder="0.00" hint="Kept for the record; nothing is charged." errors={fieldErrors.priceCents} />
        <Field id="grant-currency" label="Currency (optional)" name="currency" maxLength={3} placeholder="EUR" errors={fieldErrors.currency} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Granting…" : "Grant enrollment"}
      </Button>
    </form>
  );
}
