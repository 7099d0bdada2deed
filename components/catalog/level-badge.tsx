import { Badge } from "@/components/ui/badge.tsx";

const LABELS = { FUNDAMENTALS: "Fundamentals", ASSOCIATE: "Associate", EXPERT: "Expert" } as const;
const TONES = { FUNDAMENTALS: "success", ASSOCIATE: "brand", EXPERT: "warning" } as const;

export function LevelBadge({ level }: { level: keyof typeof LABELS }) {
  return <Badge tone={TONES[level]}>{LABELS[level]}</Badge>;
}
