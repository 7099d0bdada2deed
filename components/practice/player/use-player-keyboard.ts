"use client";

import { useEffect, useRef } from "react";

export type PlayerKeys = {
  enabled: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onFlag: () => void;
  /** The option (or statement) at this index: 1–9 and A–E map to 0–8 and 0–4. */
  onOption: (index: number) => void;
  onEnter: () => void;
};

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);
const CHOICE_INPUTS = new Set(["radio", "checkbox"]);

/**
 * The player's shortcuts: 1–9 / A–E choose, ←/→ move, F flags, Enter checks or goes on. F is the
 * flag, so letters stop at E; options beyond E are reached by number. Keys are left alone where
 * they already mean something: typing in a field, arrows in a tab list, Enter on a button or link.
 */
export function usePlayerKeyboard(keys: PlayerKeys) {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const k = latest.current;
      if (!k.enabled || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      const tag = target?.tagName ?? "";
      const inputType = tag === "INPUT" ? (target as HTMLInputElement).type : "";
      if (TYPING.has(tag) && !CHOICE_INPUTS.has(inputType)) return;
      if (target?.isContentEditable || target?.closest("dialog[open]")) return;

      const key = event.key;
      if (key === "ArrowLeft" || key === "ArrowRight") {
        // On a radio button too: ↑/↓ still move between its options, and → must never change an answer by accident.
        if (target?.closest('[role="tablist"]')) return;
        event.preventDefault();
        if (key === "ArrowLeft") k.onPrevious();
        else k.onNext();
        return;
      }
      if (key === "Enter") {
        if (tag === "BUTTON" || tag === "A" || tag === "SUMMARY" || target?.getAttribute("role") === "tab") return;
        event.preventDefault();
        k.onEnter();
        return;
      }
      if (event.shiftKey) return;
      if (key === "f" || key === "F") {
        event.preventDefault();
        k.onFlag();
        return;
      }
      const index = /^[1-9]$/.test(key) ? Number(key) - 1 : /^[a-eA-E]$/.test(key) ? key.toLowerCase().charCodeAt(0) - 97 : null;
      if (index !== null) {
        event.preventDefault();
        k.onOption(index);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
