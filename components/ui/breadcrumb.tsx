import Link from "next/link";
import { Fragment } from "react";

export type Crumb = { href: string; label: string };

/** "Exams / AZ-204 / Result": the links above a page, ending with the page itself. */
export function Breadcrumb({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-500 dark:text-slate-400">
      {trail.map((crumb) => (
        <Fragment key={crumb.href}>
          <Link href={crumb.href} className="hover:underline">
            {crumb.label}
          </Link>{" "}
          /{" "}
        </Fragment>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
