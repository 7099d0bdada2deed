import Link from "next/link";
import { buttonClass } from "@/components/ui/button.tsx";

/** Previous / next links that keep the other query parameters. */
export function Pager({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={buttonClass("secondary")} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600 dark:text-slate-300">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={buttonClass("secondary")} rel="next">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
