export type SignInResult = { ok: true } | { ok: false; message: string };

/**
 * next-auth's credentials flow, done by hand so that a 429 (too many failures) reaches the form
 * with its wait time instead of a generic error.
 */
export async function signInWithPassword(email: string, password: string, callbackUrl: string): Promise<SignInResult> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl, json: "true" }),
    });
    const data = (await response.json().catch(() => ({}))) as { url?: string; message?: string };
    if (response.status === 429) return { ok: false, message: data.message ?? "Too many failed sign-ins. Try again later." };
    const error = data.url ? new URL(data.url, window.location.origin).searchParams.get("error") : "unknown";
    if (!response.ok || error) return { ok: false, message: "That e-mail and password do not match an account." };
    return { ok: true };
  } catch {
    return { ok: false, message: "You appear to be offline. Check your connection and try again." };
  }
}
