import { describe, expect, it } from "vitest";
import { markdownToHtml } from "./markdown-to-html.ts";
import { markupToMarkdown } from "./markup-to-markdown.ts";
import { parseHtml } from "./parse-html.ts";

describe("markdownToHtml", () => {
  it("writes paragraphs, lists, code and inline markup as XHTML", () => {
    expect(markdownToHtml("Use **Cool** and `az`.\n\n- one\n- two\n\n```bash\necho <x> & y\n```")).toBe(
      '<p>Use <strong>Cool</strong> and <code>az</code>.</p>\n<ul><li>one</li><li>two</li></ul>\n<pre><code class="language-bash">echo &lt;x&gt; &amp; y</code></pre>',
    );
  });

  it.each([
    ["wrapped prose", "A function app must scale to zero\nwhen idle.\n\nWhich plan should you use?"],
    ["a list item that wraps", "Requirements:\n\n- A deleted secret must be recoverable.\n- Nobody may purge a secret\n  for 90 days.\n\nWhat should you do?"],
    ["a numbered list", "1. Create the key\n2. Grant access"],
    ["code with markup inside", "```csharp\nvar x = a < b && *p;\n```\n\nWhat does `x` hold?"],
    ["links, images and emphasis", "See [docs](https://learn.microsoft.com/a) and ![d](https://x.example/d.png), *not* **this**."],
    ["a table left as text", "| a | b |\n| --- | --- |\n| 1 | 2 |"],
  ])("reads back as the same Markdown: %s", (_, markdown) => {
    expect(markupToMarkdown(parseHtml(markdownToHtml(markdown)))).toBe(markdown);
  });
});
