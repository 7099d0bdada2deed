"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

export function ChangePasswordForm() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await sendJson("/api/account/password", "POST", { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    if (result.ok) {
      await signOut({ callbackUrl: "/signin?notice=password-changed" });
      return;
    }
    setPending(false);
    setFieldErrors(result.fieldErrors);
    setError(Object.keys(result.fieldErrors).length ? null : result.message);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={fieldErrors.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={fieldErrors.newPassword} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
