import { describe, expect, it } from "vitest";
import { detectUploadType } from "./detect-upload-type.ts";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("detectUploadType", () => {
  it("recognises PDF, PNG and JPEG by their magic bytes", () => {
    expect(detectUploadType(new TextEncoder().encode("%PDF-1.7\n…"))).toBe("application/pdf");
    expect(detectUploadType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(detectUploadType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
  });

  it("refuses anything else, including HTML and truncated signatures", () => {
    expect(detectUploadType(new TextEncoder().encode("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectUploadType(bytes(0x89, 0x50, 0x4e))).toBeNull();
    expect(detectUploadType(bytes())).toBeNull();
    expect(detectUploadType(new TextEncoder().encode("GIF89a"))).toBeNull();
  });
});
