import { requireUser } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { getClaimUpload } from "@/lib/server/guarantee/get-claim-upload.ts";
import { handle } from "@/lib/server/http/respond.ts";
import { parseParam } from "@/lib/server/http/parse-param.ts";
import { claimIdParam } from "@/lib/validation/guarantee.ts";

type Context = { params: Promise<{ id: string }> };

/** The claim's score report, for the claimant or an admin only; always a download, never rendered inline. */
export function GET(request: Request, context: Context) {
  return handle(request, async () => {
    const user = await requireUser();
    const id = parseParam(claimIdParam, (await context.params).id);
    const upload = await getClaimUpload(await getPrisma(), user.id, id);
    return new Response(new Uint8Array(upload.bytes), {
      headers: {
        "Content-Type": upload.mime,
        "Content-Length": String(upload.bytes.length),
        "Content-Disposition": `attachment; filename="${upload.fileName}"`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  });
}
