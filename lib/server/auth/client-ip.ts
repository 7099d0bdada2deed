import "server-only";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/** The caller's address as the nearest proxy reports it; "local" when there is none (dev, tests). */
export function clientIp(headers: HeaderSource): string {
  const read = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip")?.trim() || "local";
}
