"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

export function ForgotPasswordForm() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await sendJson<{ message: string }>("/api/auth/forgot-password", "POST", { email: new FormData(event.currentTarget).get("email") });
    setPending(false);
    setFieldErrors(result.ok ? {} : result.fieldErrors);
    setMessage(result.ok ? { tone: "success", text: result.data.message } : Object.keys(result.fieldErrors).length ? null : { tone: "error", text: result.message });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label="E-mail" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Sending…" : "Send me a reset link"}
      </Button>
    </form>
  );
}
