import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors.ts";
import { hasNoNul } from "@/lib/validation/text.ts";

/** A malformed id in the URL is a 404 like an unknown one: nothing behind it exists. */
export function parseParam<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  if (typeof value === "string" && !hasNoNul(value)) throw new AppError("NOT_FOUND", "Not found.");
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError("NOT_FOUND", "Not found.");
  return result.data;
}
