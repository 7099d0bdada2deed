// PostgreSQL text cannot hold NUL (U+0000): a query carrying one fails with "invalid byte sequence",
// so input with NUL is refused as invalid at the boundary instead of reaching the database.

export const NUL_MESSAGE = "Text must not contain NUL characters.";

export function hasNoNul(value: string): boolean {
  return !value.includes("\u0000");
}

/** True when any string or key anywhere in a parsed JSON value contains NUL. */
export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return !hasNoNul(value);
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object") return Object.entries(value).some(([key, v]) => !hasNoNul(key) || containsNul(v));
  return false;
}
