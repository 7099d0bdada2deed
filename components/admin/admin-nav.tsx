import Link from "next/link";
import { cn } from "@/components/ui/cn.ts";

const SECTIONS = [
  { href: "/admin/claims", label: "Claims" },
  { href: "/admin/enrollments", label: "Enrollments" },
  { href: "/admin/policies", label: "Policies" },
] as const;

export type AdminSection = (typeof SECTIONS)[number]["href"];

/** The admin area's sections, shown above each admin page. */
export function AdminNav({ current }: { current: AdminSection }) {
  return (
    <nav aria-label="Admin" className="flex flex-wrap gap-1 border-b border-slate-200 pb-3 text-sm font-medium dark:border-slate-800">
      {SECTIONS.map((section) => (
        <Link
          key={section.href}
          href={section.href}
          aria-current={section.href === current ? "page" : undefined}
          className={cn(
            "rounded-lg px-3 py-1.5",
            section.href === current ? "bg-brand-50 text-brand-800 dark:bg-brand-950 dark:text-brand-200" : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
          )}
        >
          {section.label}
        </Link>
      ))}
    </nav>
  );
}
