import Link from "next/link";
import { buttonClass } from "@/components/ui/button.tsx";

/** Previous / next links that keep every other URL parameter. */
export function Pager({ path, params, page, pageCount }: { path: string; params: Record<string, string | undefined>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const search = new URLSearchParams(Object.entries({ ...params, page: p > 1 ? String(p) : undefined }).filter((e): e is [string, string] => Boolean(e[1])));
    const text = search.toString();
    return text ? `${path}?${text}` : path;
  };
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClass("secondary", "py-1.5")} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600 dark:text-slate-300">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={buttonClass("secondary", "py-1.5")} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
