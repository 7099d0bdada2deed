import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { NextRequest } from "next/server";
import { sessionCookieHeader } from "./session.ts";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type Method = (typeof HTTP_METHODS)[number];
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;

/** Every route handler file under app/api, as paths relative to the repository ("app/api/…/route.ts"). */
export function listRouteFiles(root = "app/api"): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) found.push(full.split(path.sep).join("/"));
    }
  };
  visit(root);
  return found.sort();
}

/** "app/api/attempts/[id]/route.ts" → "/api/attempts/[id]" */
export function routePattern(file: string): string {
  return file.replace(/^app/, "").replace(/\/route\.(ts|tsx|js)$/, "");
}

export function dynamicSegments(file: string): string[] {
  return [...routePattern(file).matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
}

export async function loadHandlers(file: string): Promise<Partial<Record<Method, Handler>>> {
  const exports = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
  const handlers: Partial<Record<Method, Handler>> = {};
  for (const method of HTTP_METHODS) if (typeof exports[method] === "function") handlers[method] = exports[method] as Handler;
  return handlers;
}

export const ORIGIN = "http://localhost:3000";

export type Call = {
  params?: Record<string, string>;
  query?: string;
  body?: BodyInit | null;
  headers?: Record<string, string>;
};

/** Calls a route handler the way Next.js would, with a Request for the filled-in URL and the params promise. */
export async function callRoute(file: string, method: Method, call: Call = {}): Promise<Response> {
  const handler = (await loadHandlers(file))[method];
  if (!handler) throw new Error(`${file} exports no ${method}`);
  const params = call.params ?? {};
  const urlPath = routePattern(file).replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? "x"));
  const cookie = await sessionCookieHeader();
  const request = new NextRequest(`${ORIGIN}${urlPath}${call.query ? `?${call.query}` : ""}`, {
    method,
    headers: { host: new URL(ORIGIN).host, ...(cookie ? { cookie } : {}), ...call.headers },
    body: method === "GET" || method === "HEAD" ? undefined : (call.body ?? undefined),
  });
  return handler(request, { params: Promise.resolve(params) });
}

let tablesCache: string[] | null = null;

/**
 * A fingerprint of every row of every table: equal before and after a request means the request
 * wrote nothing (inserts, updates and deletes all change it).
 */
export async function databaseFingerprint(prisma: PrismaClient): Promise<Record<string, string>> {
  tablesCache ??= (
    await prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    )
  ).map((r) => r.name);
  const parts = tablesCache.map((t) => `SELECT '${t}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS print FROM "${t}" x`);
  const rows = await prisma.$queryRawUnsafe<{ name: string; print: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
