import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthorNav } from "@/components/authoring/author-nav.tsx";
import { VersionDiff } from "@/components/authoring/version-diff.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { buttonClass } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { isAppError } from "@/lib/errors.ts";
import { getQuestionHistory } from "@/lib/server/authoring/get-question-history.ts";
import { requireAuthorForPage } from "@/lib/server/authoring/require-author-page.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { questionIdSchema, versionPairSchema } from "@/lib/validation/authoring.ts";

export const metadata: Metadata = { title: "Version history · Authoring" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950";

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireAuthorForPage(`/author/questions/${id}/history`);
  if (!questionIdSchema.safeParse(id).success) notFound();
  const pair = versionPairSchema.parse(await searchParams);
  const history = await getQuestionHistory(await getPrisma(), user, id, pair).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

  return (
    <div className="space-y-6">
      <AuthorNav current={null} />
      <header>
        <p className="text-sm text-slate-500 dark:text-slate-400">
          <Link href={`/author/questions/${id}`} className="hover:underline">
            <span className="font-mono">{id}</span>
          </Link>{" "}
          / history
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">Version history</h1>
      </header>
      <div className="grid items-start gap-6 lg:grid-cols-[16rem_1fr]">
        <Card className="p-4">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Versions</h2>
          <ol className="mt-3 space-y-2 text-sm">
            {history.versions.map((v) => (
              <li key={v.version} className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">v{v.version}</span>
                {v.current && <Badge tone="brand">current</Badge>}
                <span className="text-slate-500 dark:text-slate-400">{dateTime.format(new Date(v.createdAt))} UTC</span>
                {v.reports > 0 && <Badge tone="warning">{v.reports} reports</Badge>}
              </li>
            ))}
          </ol>
        </Card>
        <Card className="space-y-4 p-4 sm:p-6">
          {history.versions.length < 2 ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">There is only one version so far. Saving changed content makes the next one.</p>
          ) : (
            <>
              <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Compare versions">
                <label className="space-y-1">
                  <span className="block font-medium">From</span>
                  <select name="from" defaultValue={history.diff?.from} className={control}>
                    {history.versions.map((v) => (
                      <option key={v.version} value={v.version}>
                        v{v.version}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="space-y-1">
                  <span className="block font-medium">To</span>
                  <select name="to" defaultValue={history.diff?.to} className={control}>
                    {history.versions.map((v) => (
                      <option key={v.version} value={v.version}>
                        v{v.version}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className={buttonClass("secondary", "py-1.5")}>
                  Compare
                </button>
              </form>
              {history.diff && (
                <>
                  <h2 className="text-lg font-semibold">
                    v{history.diff.from} → v{history.diff.to}{" "}
                    <span className="text-sm font-normal text-slate-500 dark:text-slate-400">
                      {history.diff.added} lines added, {history.diff.removed} removed
                    </span>
                  </h2>
                  <VersionDiff lines={history.diff.lines} />
                </>
              )}
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
