import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form.tsx";
import { DeleteAccountForm } from "@/components/account/delete-account-form.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { buttonClass } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { getAccountSummary } from "@/lib/server/accounts/get-account-summary.ts";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUserForPage("/account");
  const summary = await getAccountSummary(await getPrisma(), user.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">Your sign-in, your data, and the door out.</p>
      </header>

      <Card aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Profile
        </h2>
        <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500 dark:text-slate-400">Name</dt>
            <dd className="mt-0.5 font-medium">{summary.name}</dd>
          </div>
          <div>
            <dt className="text-slate-500 dark:text-slate-400">E-mail</dt>
            <dd className="mt-0.5 break-all font-medium">{summary.email}</dd>
          </div>
          <div>
            <dt className="text-slate-500 dark:text-slate-400">Role</dt>
            <dd className="mt-1">
              <Badge tone={summary.role === "LEARNER" ? "neutral" : "brand"}>{summary.role.toLowerCase()}</Badge>
            </dd>
          </div>
          <div>
            <dt className="text-slate-500 dark:text-slate-400">Member since</dt>
            <dd className="mt-0.5 font-medium">{summary.memberSince}</dd>
          </div>
          <div>
            <dt className="text-slate-500 dark:text-slate-400">Sign-in methods</dt>
            <dd className="mt-0.5 font-medium">{summary.signInMethods.join(", ")}</dd>
          </div>
        </dl>
      </Card>

      {summary.hasPassword && (
        <Card aria-labelledby="password-heading">
          <h2 id="password-heading" className="text-lg font-semibold">
            Change password
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Changing it signs you out everywhere, including here.</p>
          <div className="mt-4">
            <ChangePasswordForm />
          </div>
        </Card>
      )}

      <Card aria-labelledby="data-heading">
        <h2 id="data-heading" className="text-lg font-semibold">
          Your data
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          Download everything we hold about you — profile, attempts and answers, reviews, notes, enrollments, claims — as one JSON file.
        </p>
        <a href="/api/account/export" download className={buttonClass("secondary", "mt-4")}>
          Download my data (JSON)
        </a>
      </Card>

      <Card aria-labelledby="delete-heading" className="border-red-200 dark:border-red-900">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-700 dark:text-red-400">
          Delete account
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          This deletes your account and all of its data at once. It cannot be undone; download your data first if you want to keep it.
        </p>
        <div className="mt-4">
          <DeleteAccountForm email={summary.email} hasPassword={summary.hasPassword} />
        </div>
      </Card>
    </div>
  );
}
