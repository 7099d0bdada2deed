import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/account/auth-shell.tsx";
import { ResetPasswordForm } from "@/components/account/reset-password-form.tsx";
import { Alert } from "@/components/ui/alert.tsx";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <AuthShell title="Choose a new password" intro="Every session of your account will be signed out when you save it.">
      {typeof token === "string" && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Alert tone="error" title="This link is incomplete.">
          Open the link from the e-mail again, or{" "}
          <Link href="/forgot-password" className="underline">
            ask for a new one
          </Link>
          .
        </Alert>
      )}
    </AuthShell>
  );
}
