import type { ChangeEvent } from "react";
import { cn } from "@/components/ui/cn.ts";
import { Markdown } from "@/components/ui/markdown.tsx";
import { optionLetter } from "../labels.ts";

/** How a revealed option relates to the key and to the learner's choice. */
export type OptionVerdict = "right-choice" | "missed" | "wrong-choice" | "other";

const VERDICT: Record<OptionVerdict, { text: string; row: string; badge: string }> = {
  "right-choice": {
    text: "Your choice — correct",
    row: "border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950/40",
    badge: "bg-emerald-600 text-white dark:bg-emerald-500 dark:text-emerald-950",
  },
  missed: {
    text: "Correct answer",
    row: "border-emerald-400 border-dashed bg-white dark:border-emerald-700 dark:bg-slate-900",
    badge: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  },
  "wrong-choice": {
    text: "Your choice — incorrect",
    row: "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40",
    badge: "bg-red-600 text-white dark:bg-red-500 dark:text-red-950",
  },
  other: { text: "", row: "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900", badge: "" },
};

type Props = {
  type: "radio" | "checkbox";
  name: string;
  index: number;
  id: string;
  text: string;
  checked: boolean;
  disabled: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  verdict?: OptionVerdict;
  why?: string;
};

/** One option of a single or multiple choice question, with its key mark and rationale once revealed. */
export function OptionRow({ type, name, index, id, text, checked, disabled, onChange, verdict, why }: Props) {
  const look = verdict ? VERDICT[verdict] : null;
  return (
    <label
      className={cn(
        "flex items-start gap-3 rounded-xl border px-3 py-3 transition-colors sm:px-4",
        look
          ? look.row
          : checked
            ? "border-brand-500 bg-brand-50 ring-1 ring-brand-500 dark:border-brand-400 dark:bg-brand-950/50 dark:ring-brand-400"
            : "border-slate-200 bg-white hover:border-slate-300 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-slate-700",
        disabled ? "cursor-default" : "cursor-pointer",
        disabled && !look && !checked && "opacity-60",
        "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500",
      )}
    >
      <input
        type={type}
        name={name}
        value={id}
        checked={checked}
        disabled={disabled}
        onChange={onChange}
        className="mt-1 h-4 w-4 shrink-0 accent-brand-600 focus-visible:outline-none"
      />
      <span
        aria-hidden="true"
        className={cn(
          "grid h-6 w-6 shrink-0 place-items-center rounded-md text-xs font-bold",
          checked ? "bg-brand-600 text-white dark:bg-brand-400 dark:text-slate-950" : "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300",
        )}
      >
        {optionLetter(index)}
      </span>
      <span className="min-w-0 flex-1">
        <Markdown inline>{text}</Markdown>
        {look && look.text && (
          <span className={cn("mt-2 mr-2 inline-block rounded-full px-2 py-0.5 text-xs font-semibold", look.badge)}>{look.text}</span>
        )}
        {why && <span className="mt-1.5 block text-sm text-slate-600 dark:text-slate-300">{why}</span>}
      </span>
    </label>
  );
}
