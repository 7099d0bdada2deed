import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/account/auth-shell.tsx";
import { OAuthButtons } from "@/components/account/oauth-buttons.tsx";
import { SignInForm } from "@/components/account/sign-in-form.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { enabledOAuthProviders } from "@/lib/server/auth/auth-options.ts";
import { getCurrentUser } from "@/lib/server/auth/session.ts";
import { safeCallbackUrl } from "@/lib/safe-callback-url.ts";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "password-changed": "Your password is changed and every session was signed out. Sign in with the new password.",
  "password-reset": "Your password is reset. Sign in with the new one.",
  "account-deleted": "Your account and its data are deleted.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getCurrentUser()) redirect(callbackUrl);
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : undefined;
  const oauthError = typeof params.error === "string" && params.error !== "CredentialsSignin";
  const needsAccount = callbackUrl !== "/" && !notice;

  return (
    <AuthShell
      title="Sign in"
      intro={needsAccount ? "Sign in to continue — that page belongs to your account." : "Welcome back. Pick up where you left off."}
      footer={
        <>
          New to PassPath?{" "}
          <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Create an account
          </Link>
        </>
      }
    >
      {oauthError && (
        <Alert tone="error" className="mb-4">
          That sign-in did not work. Try again, or use your e-mail and password.
        </Alert>
      )}
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthShell>
  );
}
