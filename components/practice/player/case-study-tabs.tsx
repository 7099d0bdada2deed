"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { CaseStudyDto } from "@/lib/server/attempts/dto.ts";
import { cn } from "@/components/ui/cn.ts";
import { Markdown } from "@/components/ui/markdown.tsx";

/** A case study's scenario as tabs (Overview, Existing environment, …), following the WAI-ARIA tabs pattern. */
export function CaseStudyTabs({ caseStudy }: { caseStudy: CaseStudyDto }) {
  const [selected, setSelected] = useState(0);
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = caseStudy.tabs.length - 1;
    const next =
      event.key === "ArrowRight" ? (selected === last ? 0 : selected + 1)
      : event.key === "ArrowLeft" ? (selected === 0 ? last : selected - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (next === null) return;
    // The player's own ←/→ (previous/next question) must not fire while moving between tabs.
    event.preventDefault();
    event.stopPropagation();
    setSelected(next);
    tabs.current[next]?.focus();
  }

  const tab = caseStudy.tabs[selected];
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-2xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="border-b border-slate-200 px-4 pt-4 dark:border-slate-800 sm:px-5">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Case study</p>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {caseStudy.title}
        </h2>
        <div role="tablist" aria-label={`${caseStudy.title} scenario`} onKeyDown={onKeyDown} className="-mb-px mt-3 flex gap-1 overflow-x-auto">
          {caseStudy.tabs.map((t, index) => (
            <button
              key={t.title}
              ref={(el) => void (tabs.current[index] = el)}
              type="button"
              role="tab"
              id={`${id}-tab-${index}`}
              aria-selected={index === selected}
              aria-controls={`${id}-panel`}
              tabIndex={index === selected ? 0 : -1}
              onClick={() => setSelected(index)}
              className={cn(
                "shrink-0 whitespace-nowrap rounded-t-lg border-b-2 px-3 py-2 text-sm font-medium",
                index === selected
                  ? "border-brand-600 text-brand-700 dark:border-brand-400 dark:text-brand-300"
                  : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100",
              )}
            >
              {t.title}
            </button>
          ))}
        </div>
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${selected}`}
        tabIndex={0}
        className="max-h-[28rem] overflow-y-auto px-4 py-4 text-[15px] sm:px-5"
      >
        {tab && <Markdown>{tab.body}</Markdown>}
      </div>
    </section>
  );
}
