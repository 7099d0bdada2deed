import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn.ts";

type Props = ComponentProps<"textarea"> & { label: string; name: string; errors?: string[]; hint?: string; labelClassName?: string };

/** A labelled textarea styled like Field, its errors announced and tied to it. */
export function TextAreaField({ label, name, errors, hint, className, labelClassName, id, ...textarea }: Props) {
  const inputId = id ?? `field-${name}`;
  const describedBy = [errors?.length ? `${inputId}-error` : null, hint ? `${inputId}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={inputId} className={cn("block text-sm font-medium text-slate-800 dark:text-slate-200", labelClassName)}>
        {label}
      </label>
      <textarea
        id={inputId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={cn(
          "block w-full rounded-lg border bg-white px-3 py-2 font-mono text-[13px] leading-relaxed shadow-sm placeholder:text-slate-400 dark:bg-slate-950",
          errors?.length ? "border-red-500 dark:border-red-500" : "border-slate-300 dark:border-slate-700",
        )}
        {...textarea}
      />
      {hint && (
        <p id={`${inputId}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${inputId}-error`} className="text-sm text-red-600 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
