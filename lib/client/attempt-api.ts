import type { Response } from "@/lib/domain/questions/content.ts";
import type { AttemptDto, AttemptItemDto } from "@/lib/server/attempts/dto.ts";
import type { StartAttemptInput } from "@/lib/validation/attempts.ts";

// Typed calls to the attempt endpoints (app/api/attempts). Every call resolves, never throws:
// status 0 means the request never reached the server (offline, dropped connection).

export type ApiFailure = { ok: false; status: number; error: string; message: string; fieldErrors: Record<string, string[]>; body: Record<string, unknown> };
export type ApiOutcome<T> = { ok: true; status: number; data: T } | ApiFailure;

export type Shortfall = { skillAreaKey: string; wanted: number; available: number };
export type StartOutcome =
  | { kind: "started"; id: string }
  | { kind: "shortfall"; message: string; requested: number; nearestPossibleTotal: number; shortfall: Shortfall[] }
  | { kind: "failed"; message: string; fieldErrors: Record<string, string[]> };

export type SaveAck = { position: number; savedAt: string; flagged: boolean; answered: boolean };
export type ItemPatch = { response?: Response | null; flagged?: boolean };

const OFFLINE = "You appear to be offline. Check your connection and try again.";

async function call<T>(url: string, init: RequestInit & { method: string }): Promise<ApiOutcome<T>> {
  let response: globalThis.Response;
  try {
    response = await fetch(url, { ...init, headers: { "Content-Type": "application/json", ...init.headers }, cache: "no-store" });
  } catch {
    return { ok: false, status: 0, error: "OFFLINE", message: OFFLINE, fieldErrors: {}, body: {} };
  }
  const data = (response.status === 204 ? {} : await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  return {
    ok: false,
    status: response.status,
    error: typeof data.error === "string" ? data.error : "ERROR",
    message: typeof data.message === "string" ? data.message : "Something went wrong. Please try again.",
    fieldErrors: (data.fieldErrors as Record<string, string[]> | undefined) ?? {},
    body: data,
  };
}

export async function startAttempt(input: StartAttemptInput): Promise<StartOutcome> {
  const outcome = await call<{ id: string } & Record<string, unknown>>("/api/attempts", { method: "POST", body: JSON.stringify(input) });
  if (outcome.ok) return { kind: "started", id: outcome.data.id };
  if (outcome.status === 409 && outcome.error === "SHORTFALL") {
    const { body } = outcome;
    return {
      kind: "shortfall",
      message: outcome.message,
      requested: Number(body.requested ?? 0),
      nearestPossibleTotal: Number(body.nearestPossibleTotal ?? 0),
      shortfall: Array.isArray(body.shortfall) ? (body.shortfall as Shortfall[]) : [],
    };
  }
  return { kind: "failed", message: outcome.message, fieldErrors: outcome.fieldErrors };
}

export function getAttemptDto(id: string): Promise<ApiOutcome<AttemptDto>> {
  return call<AttemptDto>(`/api/attempts/${id}`, { method: "GET" });
}

/** `keepalive` lets the request outlive the page (pagehide); such requests must stay under 64 KB. */
export function saveItem(id: string, position: number, patch: ItemPatch, keepalive = false): Promise<ApiOutcome<SaveAck>> {
  return call<SaveAck>(`/api/attempts/${id}/items/${position}`, { method: "PUT", body: JSON.stringify(patch), keepalive });
}

export function savePosition(id: string, position: number, keepalive = false): Promise<ApiOutcome<Record<string, never>>> {
  return call(`/api/attempts/${id}/position`, { method: "PUT", body: JSON.stringify({ position }), keepalive });
}

export function checkItem(id: string, position: number): Promise<ApiOutcome<AttemptItemDto>> {
  return call<AttemptItemDto>(`/api/attempts/${id}/items/${position}/check`, { method: "POST", body: "{}" });
}

export function submitAttempt(id: string): Promise<ApiOutcome<AttemptDto>> {
  return call<AttemptDto>(`/api/attempts/${id}/submit`, { method: "POST", body: "{}" });
}
