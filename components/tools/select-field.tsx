import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn.ts";

type SelectFieldProps = ComponentProps<"select"> & { label: string; name: string; errors?: string[]; options: { value: string; label: string }[] };

/** A labelled select styled like Field, with its errors announced and tied to it. */
export function SelectField({ label, name, errors, options, className, id, ...select }: SelectFieldProps) {
  const selectId = id ?? `field-${name}`;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <select
        id={selectId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${selectId}-error` : undefined}
        className={cn(
          "block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm dark:bg-slate-950",
          errors?.length ? "border-red-500 dark:border-red-500" : "border-slate-300 dark:border-slate-700",
        )}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${selectId}-error`} className="text-sm text-red-600 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
