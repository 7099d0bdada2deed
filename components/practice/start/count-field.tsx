import { Field } from "@/components/ui/field.tsx";

/** How many questions: 1–100, capped by what the bank holds. */
export function CountField({ defaultValue, max, errors }: { defaultValue: number; max: number; errors?: string[] }) {
  const limit = Math.max(1, Math.min(100, max));
  return (
    <Field
      label="Number of questions"
      name="count"
      type="number"
      inputMode="numeric"
      min={1}
      max={limit}
      defaultValue={Math.min(defaultValue, limit)}
      required
      hint={`Between 1 and ${limit}.`}
      errors={errors}
      className="max-w-48"
    />
  );
}

export function readCount(form: FormData): number {
  return Number.parseInt(String(form.get("count") ?? ""), 10);
}
