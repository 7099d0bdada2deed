import Link from "next/link";
import { cn } from "@/components/ui/cn.ts";

const LINKS = [
  { href: "/author/questions", label: "Questions" },
  { href: "/author/questions/new", label: "New question" },
  { href: "/author/import", label: "Import" },
  { href: "/author/reports", label: "Reports" },
  { href: "/author/statistics", label: "Item statistics" },
] as const;

/** The authoring workspace's own navigation, above each of its pages. */
export function AuthorNav({ current }: { current: (typeof LINKS)[number]["href"] | null }) {
  return (
    <nav aria-label="Authoring" className="-mx-1 flex flex-wrap gap-1 text-sm font-medium">
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={current === link.href ? "page" : undefined}
          className={cn(
            "rounded-lg px-3 py-1.5",
            current === link.href ? "bg-brand-100 text-brand-900 dark:bg-brand-950 dark:text-brand-100" : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
          )}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
