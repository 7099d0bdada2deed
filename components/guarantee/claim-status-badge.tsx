import { Badge } from "@/components/ui/badge.tsx";

const LABEL = { SUBMITTED: ["In review", "warning"], APPROVED: ["Approved", "success"], REJECTED: ["Rejected", "danger"] } as const;

export function ClaimStatusBadge({ status }: { status: keyof typeof LABEL }) {
  const [label, tone] = LABEL[status];
  return <Badge tone={tone}>{label}</Badge>;
}
