import { ImageResponse } from "next/og";
import { parseComparePair } from "@/lib/validation/planning.ts";

export const alt = "Two Azure exams compared side by side on PassPath";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// The pair comes from the address alone; an unknown pair has no page, so its card is never shown.
export default async function CompareCard({ params }: { params: Promise<{ pair: string }> }) {
  const pair = parseComparePair((await params).pair);
  const [a, b] = pair ? [pair.a.toUpperCase(), pair.b.toUpperCase()] : ["Azure", "Azure"];
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#0b1437", color: "#f8fafc" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <div style={{ width: 72, height: 72, borderRadius: 16, background: "#2552eb", display: "flex", alignItems: "center", justifyContent: "center", fontSize: 32 }}>PP</div>
          <div style={{ fontSize: 40 }}>PassPath · Compare exams</div>
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: 40, fontSize: 120 }}>
          <div style={{ display: "flex" }}>{a}</div>
          <div style={{ display: "flex", fontSize: 56, color: "#93b4fd" }}>vs</div>
          <div style={{ display: "flex" }}>{b}</div>
        </div>
        <div style={{ fontSize: 30, color: "#bfd3fe" }}>Prerequisites, difficulty, skills outline with weights, length and lifecycle — side by side</div>
      </div>
    ),
    size,
  );
}
