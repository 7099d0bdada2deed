/**
 * next-auth's redirect callback: same-site paths and URLs stay, anything else goes to the start
 * page. next-auth's default calls `new URL()` on the raw callbackUrl and answers a 500 when that
 * throws (`?callbackUrl=junk`); this one never throws.
 */
export function safeRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
  try {
    if (new URL(url).origin === new URL(baseUrl).origin) return url;
  } catch {
    // not a URL
  }
  return baseUrl;
}
