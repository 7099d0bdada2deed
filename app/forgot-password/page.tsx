import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/account/auth-shell.tsx";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form.tsx";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthShell
      title="Forgot your password?"
      intro="Enter your account's e-mail address and we will send you a link to choose a new password. The link works once, for an hour."
      footer={
        <Link href="/signin" className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
          Back to sign in
        </Link>
      }
    >
      <ForgotPasswordForm />
    </AuthShell>
  );
}
