export type ApiResult<T = Record<string, unknown>> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; fieldErrors: Record<string, string[]> };

/** Sends JSON and normalises the answer: field errors and a readable message on any failure. */
export async function sendJson<T = Record<string, unknown>>(url: string, method: "POST" | "PUT" | "PATCH" | "DELETE", body: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, message: "You appear to be offline. Check your connection and try again.", fieldErrors: {} };
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  return {
    ok: false,
    status: response.status,
    message: typeof data.message === "string" ? data.message : "Something went wrong. Please try again.",
    fieldErrors: (data.fieldErrors as Record<string, string[]> | undefined) ?? {},
  };
}
