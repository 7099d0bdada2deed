"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn.ts";

type Item = { href: string; label: string; description?: string };

/** A disclosure menu in the header; it closes when the learner navigates or presses Escape. */
export function NavMenu({ label, items, panelClassName = "absolute left-0 w-64" }: { label: string; items: Item[]; panelClassName?: string }) {
  const details = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  return (
    <details
      ref={details}
      className="group relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && details.current?.open) {
          details.current.open = false;
          details.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-lg px-3 py-2 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        {label}
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <ul className={cn("z-30 mt-1 rounded-xl border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900", panelClassName)}>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
              <span className="block font-medium text-slate-900 dark:text-slate-100">{item.label}</span>
              {item.description && <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">{item.description}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
