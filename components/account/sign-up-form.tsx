"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { sendJson } from "@/lib/client/send-json.ts";
import { signInWithPassword } from "@/lib/client/sign-in-with-password.ts";
import { signUpSchema } from "@/lib/validation/account.ts";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const checked = signUpSchema.safeParse(form);
    if (!checked.success) {
      setFieldErrors(Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), [issue.message]])));
      return;
    }
    setPending(true);
    setError(null);
    setFieldErrors({});
    const result = await sendJson("/api/auth/signup", "POST", form);
    if (!result.ok) {
      setFieldErrors(result.fieldErrors);
      if (!Object.keys(result.fieldErrors).length) setError(result.message);
      setPending(false);
      return;
    }
    const signedIn = await signInWithPassword(checked.data.email, checked.data.password, callbackUrl);
    if (!signedIn.ok) {
      router.replace(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <Field label="Your name" name="name" autoComplete="name" required errors={fieldErrors.name} />
      <Field label="E-mail" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A short sentence is easy to remember."
        errors={fieldErrors.password}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
