import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { signInBlockedFor } from "@/lib/server/accounts/sign-in-limiter.ts";
import { authOptions } from "@/lib/server/auth/auth-options.ts";
import { clientIp } from "@/lib/server/auth/client-ip.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { errorResponse } from "@/lib/server/http/respond.ts";

type Context = { params: Promise<{ nextauth: string[] }> };

const nextAuth = (request: Request, context: Context) => NextAuth(request as never, context as never, authOptions()) as Promise<Response>;

const CREDENTIALS_CALLBACK = "/callback/credentials";

export function GET(request: Request, context: Context) {
  // next-auth answers a GET of the credentials callback with a 500 ("not supported"); it is a 405.
  if (new URL(request.url).pathname.endsWith(CREDENTIALS_CALLBACK)) {
    return Promise.resolve(NextResponse.json({ error: "METHOD_NOT_ALLOWED", message: "Sign in with the form (POST)." }, { status: 405, headers: { Allow: "POST" } }));
  }
  return nextAuth(request, context);
}

// Credentials sign-in is refused with a real 429 while the account or the address is throttled;
// next-auth itself could only answer 401.
export async function POST(request: Request, context: Context) {
  if (new URL(request.url).pathname.endsWith(CREDENTIALS_CALLBACK)) {
    try {
      const form = new URLSearchParams(await request.clone().text());
      const wait = await signInBlockedFor(await getPrisma(), form.get("email") ?? "", clientIp(request.headers));
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60);
        return NextResponse.json(
          { error: "RATE_LIMITED", message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, retryAfterSeconds: wait },
          { status: 429, headers: { "Retry-After": String(wait) } },
        );
      }
    } catch (error) {
      return errorResponse(error);
    }
  }
  return nextAuth(request, context);
}
