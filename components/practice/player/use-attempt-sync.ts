"use client";

import { useEffect, useRef, useState } from "react";
import { AttemptSync, type SyncStatus } from "@/lib/client/attempt-sync.ts";

type Handlers = {
  /** Runs once the queue is open, before what it holds is re-sent: the place to lay it over the page's state. */
  onOpen: (sync: AttemptSync) => void;
  onClosed: () => void;
  onRejected: (position: number, message: string) => void;
};

/** One AttemptSync per mounted player, wired to React state. */
export function useAttemptSync(attemptId: string, serverNow: () => number, handlers: Handlers) {
  const [status, setStatus] = useState<SyncStatus>({ state: "saved" });
  const sync = useRef<AttemptSync | null>(null);
  const latest = useRef({ ...handlers, serverNow });
  useEffect(() => {
    latest.current = { ...handlers, serverNow };
  });

  useEffect(() => {
    const instance = new AttemptSync(attemptId, {
      serverNow: () => latest.current.serverNow(),
      onStatus: setStatus,
      onClosed: () => latest.current.onClosed(),
      onRejected: (position, message) => latest.current.onRejected(position, message),
    });
    sync.current = instance;
    latest.current.onOpen(instance);
    instance.resume();
    return () => {
      instance.dispose();
      sync.current = null;
    };
  }, [attemptId]);

  return { sync, status };
}
