import { describe, expect, it } from "vitest";
import { markupToMarkdown } from "./markup-to-markdown.ts";
import { parseHtml } from "./parse-html.ts";

const md = (html: string) => markupToMarkdown(parseHtml(html));

describe("markupToMarkdown of HTML", () => {
  it("turns paragraphs, emphasis, code, links and images into Markdown", () => {
    const html =
      '<p>Use <strong>Cool</strong> or <em>Cold</em> with <code>az storage</code>.</p><p>See <a href="https://learn.microsoft.com/x">the docs</a>.<br>' +
      '<img src="https://example.com/a.png" alt="diagram"></p>';
    expect(md(html)).toBe("Use **Cool** or *Cold* with `az storage`.\n\nSee [the docs](https://learn.microsoft.com/x).\n![diagram](https://example.com/a.png)");
  });

  it("keeps code blocks verbatim with their language, and lists and tables as Markdown", () => {
    expect(md('<pre><code class="language-json">{\n  "a": 1 &lt; 2\n}</code></pre>')).toBe('```json\n{\n  "a": 1 < 2\n}\n```');
    expect(md("<ul><li>one</li><li>two</li></ul><ol><li>first<li>second</ol>")).toBe("- one\n- two\n\n1. first\n2. second");
    expect(md("<table><tr><th>Tier</th><th>Latency</th></tr><tr><td>Hot</td><td>ms</td></tr></table>")).toBe("| Tier | Latency |\n| --- | --- |\n| Hot | ms |");
  });

  it("drops scripts, styles and frames with their content, and links that are not http(s)", () => {
    const html = '<p>Safe<script>alert("x")</script><style>p{}</style><iframe src="https://evil"></iframe> <a href="javascript:alert(1)">click</a></p><img src="data:image/png;base64,AAA" alt="inline">';
    expect(md(html)).toBe("Safe click\n\ninline");
  });

  it("reads malformed HTML without losing text", () => {
    expect(md("<p>one<p>two <b>bold</i> still</b></div> three <br")).toBe("one\n\ntwo **bold still** three <br");
    expect(md("a < b and c > d &amp; e &unknown; &#x41;")).toBe("a < b and c > d & e &unknown; A");
  });

  it("takes linear time on hostile input", () => {
    // A quadratic reader would take minutes on this; deep nesting must not overflow the stack either.
    const hostile = '<a title="'.repeat(10_000) + "<b>x".repeat(10_000) + "<".repeat(50_000) + "<!--".repeat(20_000);
    const started = performance.now();
    markupToMarkdown(parseHtml(hostile));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
