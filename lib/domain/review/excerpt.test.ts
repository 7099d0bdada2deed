import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt.ts";

describe("excerpt", () => {
  it("turns Markdown into one line of plain text", () => {
    expect(excerpt("## Heading\n\nUse **Azure Functions** with a [queue](https://x.y) and `host.json`.\n\n- one\n- two")).toBe(
      "Heading Use Azure Functions with a queue and host.json. one two",
    );
  });

  it("drops code blocks and HTML", () => {
    expect(excerpt("Before\n```json\n{ \"a\": 1 }\n```\n<b>after</b>")).toBe("Before after");
  });

  it("cuts long text at a word boundary", () => {
    const text = "word ".repeat(100);
    const short = excerpt(text, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short.endsWith("word…")).toBe(true);
  });

  it("leaves short text alone", () => {
    expect(excerpt("Short stem?")).toBe("Short stem?");
  });
});
