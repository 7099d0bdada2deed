import { ImageResponse } from "next/og";

export const alt = "PassPath — practice for Microsoft Azure certification exams";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Drawn with next/og's bundled font: no font is fetched from the network.
export default function OpenGraphImage() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#0b1437", color: "#f8fafc" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <div style={{ width: 72, height: 72, borderRadius: 16, background: "#2552eb", display: "flex", alignItems: "center", justifyContent: "center", fontSize: 32 }}>PP</div>
          <div style={{ fontSize: 40 }}>PassPath</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ fontSize: 64, lineHeight: 1.1, maxWidth: 980 }}>Walk into your Azure exam knowing you are ready.</div>
          <div style={{ fontSize: 30, color: "#bfd3fe" }}>AZ-900 · AZ-104 · AZ-204 · AZ-400 — practice exams, path advisor, study planner</div>
        </div>
      </div>
    ),
    size,
  );
}
