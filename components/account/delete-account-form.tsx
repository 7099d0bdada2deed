"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

export function DeleteAccountForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await sendJson("/api/account", "DELETE", {
      confirmEmail: form.get("confirmEmail"),
      ...(hasPassword ? { password: form.get("password") } : {}),
    });
    if (result.ok) {
      await signOut({ callbackUrl: "/signin?notice=account-deleted" });
      return;
    }
    setPending(false);
    setFieldErrors(result.fieldErrors);
    setError(Object.keys(result.fieldErrors).length ? null : result.message);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <Field label={`Type ${email} to confirm`} name="confirmEmail" type="email" autoComplete="off" required errors={fieldErrors.confirmEmail} />
      {hasPassword && <Field label="Your password" name="password" type="password" autoComplete="current-password" required errors={fieldErrors.password} />}
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete my account and data"}
      </Button>
    </form>
  );
}
