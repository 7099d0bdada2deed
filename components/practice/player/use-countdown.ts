"use client";

import { useEffect, useState } from "react";

/**
 * Milliseconds left until `deadline` by the server's clock: `offsetMs` is serverNow − Date.now()
 * taken when the attempt was loaded, so a device whose clock is off still counts down correctly.
 * null for an untimed attempt.
 */
export function useCountdown(deadline: string | null, offsetMs: number): number | null {
  const end = deadline ? Date.parse(deadline) : null;
  const [left, setLeft] = useState<number | null>(() => (end === null ? null : Math.max(0, end - (Date.now() + offsetMs))));

  useEffect(() => {
    if (end === null) return;
    const tick = () => setLeft(Math.max(0, end - (Date.now() + offsetMs)));
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [end, offsetMs]);

  return left;
}

/** 1:05:07 or 04:03 */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
