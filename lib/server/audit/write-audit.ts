import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client.ts";

type AuditClient = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

/** Appends to the audit log; pass the transaction client so the entry commits with the change it records. */
export async function writeAudit(client: AuditClient, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({ data: entry });
}
