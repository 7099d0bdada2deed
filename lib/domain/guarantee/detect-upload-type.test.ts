import { describe, expect, it } from "vitest";
import { detectUploadType } from "./detect-upload-type.ts";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("detectUploadType", () => {
  it("recognises PDF, PNG, JPEG and WebP by their magic bytes", () => {
    expect(detectUploadType(text("%PDF-1.7\n…"))).toBe("application/pdf");
    expect(detectUploadType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(detectUploadType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(detectUploadType(text("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses anything else, including HTML, other RIFF files and truncated signatures", () => {
    expect(detectUploadType(text("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectUploadType(bytes(0x89, 0x50, 0x4e))).toBeNull();
    expect(detectUploadType(bytes())).toBeNull();
    expect(detectUploadType(text("GIF89a"))).toBeNull();
    expect(detectUploadType(text("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).toBeNull();
    expect(detectUploadType(text("RIFF\u0024\u0000\u0000\u0000WEB"))).toBeNull();
  });
});
