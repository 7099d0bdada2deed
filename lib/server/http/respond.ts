import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors.ts";
import { containsNul, NUL_MESSAGE } from "@/lib/validation/text.ts";
import { isDatabaseUnavailable } from "./database-unavailable.ts";
import { assertSameOrigin } from "./same-origin.ts";

const MAX_JSON_BYTES = 64 * 1024;

/** Reads and validates a JSON body; malformed, oversized or invalid input becomes a 4xx AppError. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The request body is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The request body is too large.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body must be JSON.");
  }
  if (containsNul(body)) throw new AppError("BAD_REQUEST", NUL_MESSAGE);
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new AppError("BAD_REQUEST", "Some fields are not valid.", { fieldErrors: fieldErrorsOf(result.error) });
  }
  return result.data;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/**
 * Runs a route handler body and maps errors to JSON answers: AppError → its status, an unreachable
 * database → 503, anything else → 500 (logged). Requests that change state must be same-origin.
 */
export async function handle(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
    return await run();
  } catch (error) {
    return errorResponse(error);
  }
}

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (error.details?.retryAfterSeconds) headers["Retry-After"] = String(error.details.retryAfterSeconds);
    return NextResponse.json({ error: error.code, message: error.message, ...error.details }, { status: error.status, headers });
  }
  if (isDatabaseUnavailable(error)) {
    return NextResponse.json({ error: "UNAVAILABLE", message: "The database is busy or not reachable right now. Please try again shortly." }, { status: 503, headers: { "Retry-After": "5" } });
  }
  console.error(error);
  return NextResponse.json({ error: "INTERNAL", message: "Something went wrong on our side." }, { status: 500 });
}
