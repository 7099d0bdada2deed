import type { ReactNode } from "react";

/** The narrow, centred frame shared by sign-in, sign-up and password pages. */
export function AuthShell({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md">
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        {intro && <div className="mt-2 text-sm text-slate-600 dark:text-slate-300">{intro}</div>}
        <div className="mt-6">{children}</div>
      </div>
      {footer && <div className="mt-4 text-center text-sm text-slate-600 dark:text-slate-300">{footer}</div>}
    </div>
  );
}
