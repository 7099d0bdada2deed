import { describe, expect, it } from "vitest";
import { decodeInput, MAX_IMPORT_BYTES } from "./decode-input.ts";

describe("decodeInput", () => {
  it("returns UTF-8 text without its byte-order mark", () => {
    expect(decodeInput(Buffer.from("\uFEFFCafé ✓", "utf8"), "a.txt")).toEqual({ text: "Café ✓" });
    expect(decodeInput("\uFEFFplain", "a.txt")).toEqual({ text: "plain" });
  });

  it("recognises a UTF-16 file by its byte-order mark", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("::Q::Text{T}", "utf16le")]);
    const result = decodeInput(utf16, "q.gift");
    expect(result).toMatchObject({ problem: { kind: "invalid", file: "q.gift", line: 1, message: expect.stringContaining("UTF-16") } });
  });

  it("reports bytes that are not UTF-8 with the line they are on", () => {
    const latin1 = Buffer.concat([Buffer.from("line one\nline two\ncaf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    expect(decodeInput(latin1, "q.csv")).toMatchObject({ problem: { line: 3, message: expect.stringContaining("not UTF-8") } });
  });

  it("recognises text that was already decoded with the wrong encoding", () => {
    expect(decodeInput("ok\ncaf\uFFFD", "q.md")).toMatchObject({ problem: { line: 2, message: expect.stringContaining("U+FFFD") } });
    expect(decodeInput("Q\u0000u\u0000", "q.md")).toMatchObject({ problem: { line: 1, message: expect.stringContaining("UTF-16") } });
  });

  it("refuses a file over the size limit before reading it", () => {
    const result = decodeInput(new Uint8Array(MAX_IMPORT_BYTES + 1), "big.xml");
    expect(result).toMatchObject({ problem: { file: "big.xml", message: expect.stringContaining("limited to 5.0 MB") } });
  });
});
