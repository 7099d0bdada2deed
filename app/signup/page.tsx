import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/account/auth-shell.tsx";
import { OAuthButtons } from "@/components/account/oauth-buttons.tsx";
import { SignUpForm } from "@/components/account/sign-up-form.tsx";
import { enabledOAuthProviders } from "@/lib/server/auth/auth-options.ts";
import { getCurrentUser } from "@/lib/server/auth/session.ts";
import { safeCallbackUrl } from "@/lib/safe-callback-url.ts";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined, "/exams");
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <AuthShell
      title="Create your account"
      intro="Free to start. Your answers and progress are saved to your account."
      footer={
        <>
          Already have an account?{" "}
          <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthShell>
  );
}
