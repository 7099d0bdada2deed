"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await sendJson("/api/auth/reset-password", "POST", { token, password: new FormData(event.currentTarget).get("password") });
    if (result.ok) {
      router.replace("/signin?notice=password-reset");
      return;
    }
    setPending(false);
    setFieldErrors(result.fieldErrors);
    setError(result.fieldErrors.token?.[0] ?? (Object.keys(result.fieldErrors).length ? null : result.message));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <Field label="New password" name="password" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={fieldErrors.password} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
