import type { AttemptMode } from "@/lib/server/attempts/dto.ts";

/** "A", "B", … — how options are named on screen and reached from the keyboard. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export const MODE_LABEL: Record<AttemptMode, string> = {
  EXAM: "Exam simulation",
  PRACTICE: "Practice",
  DRILL: "Skill-area drill",
  CUSTOM: "Custom quiz",
  REVIEW: "Review quiz",
  SMART: "Smart review",
};

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "two" for 2, as the real exam writes "Choose two." */
export function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** 1 h 05 min 07 s / 4 min 03 s — for durations on the result page. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (h > 0) return `${h} h ${pad(m)} min`;
  if (m > 0) return `${m} min ${pad(s)} s`;
  return `${s} s`;
}
