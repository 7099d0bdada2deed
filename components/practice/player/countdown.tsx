"use client";

import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn.ts";
import { formatClock } from "./use-countdown.ts";

const WARN_MS = 5 * 60_000;
const MARKS = [5 * 60_000, 60_000, 0];

function spoken(leftMs: number): string {
  if (leftMs <= 0) return "Time is up. Your answers are being submitted.";
  const minutes = Math.ceil(leftMs / 60_000);
  return minutes === 1 ? "Less than one minute left." : `${minutes} minutes left.`;
}

/** The time left, turning amber under five minutes; screen readers hear the five- and one-minute marks, not every second. */
export function Countdown({ leftMs }: { leftMs: number }) {
  const [announcement, setAnnouncement] = useState("");
  const announced = useRef(new Set<number>());

  useEffect(() => {
    // Each mark is announced once, with the time actually left (a page opened at 3 minutes says 3).
    const reached = MARKS.filter((at) => leftMs <= at);
    const last = reached[reached.length - 1];
    if (last === undefined || announced.current.has(last)) return;
    reached.forEach((at) => announced.current.add(at));
    setAnnouncement(spoken(leftMs));
  }, [leftMs]);

  const warning = leftMs <= WARN_MS;
  return (
    <>
      <span
        role="timer"
        aria-label="Time left"
        className={cn(
          "inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1 font-mono text-sm font-semibold tabular-nums",
          leftMs === 0
            ? "bg-red-600 text-white"
            : warning
              ? "bg-amber-100 text-amber-900 ring-1 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800"
              : "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="12" cy="13" r="8" />
          <path d="M12 9v4l2 2M9 2h6" />
        </svg>
        {/* The server's render and the browser's first paint are a moment apart; the next tick agrees. */}
        <span suppressHydrationWarning>{formatClock(leftMs)}</span>
      </span>
      <span aria-live="assertive" className="sr-only">
        {announcement}
      </span>
    </>
  );
}
