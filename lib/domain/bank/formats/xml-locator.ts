// Used on text the XML validator accepted, so every `<name` here is a complete tag.
const START_TAG = /<([\w:.-]+)([^>]*)>/y;

export type StartTag = { name: string; offset: number; line: number; /** The raw attribute text of the tag. */ attributes: string };

/**
 * Start tags of an XML text with their lines (comments, CDATA and processing instructions
 * skipped), so that a problem found in the parsed tree can point at the line of its element.
 */
export function startTags(text: string): StartTag[] {
  const tags: StartTag[] = [];
  let line = 1;
  let counted = 0;
  const lineOf = (offset: number) => {
    for (let i = text.indexOf("\n", counted); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
    counted = offset;
    return line;
  };
  let i = text.indexOf("<");
  while (i >= 0) {
    let next = i + 1;
    if (text.startsWith("<!--", i)) next = skipTo(text, "-->", i);
    else if (text.startsWith("<![CDATA[", i)) next = skipTo(text, "]]>", i);
    else if (text[i + 1] === "?" || text[i + 1] === "!") next = skipTo(text, ">", i);
    else if (text[i + 1] !== "/") {
      START_TAG.lastIndex = i;
      const match = START_TAG.exec(text);
      if (match) {
        const name = match[1]!;
        tags.push({ name: name.slice(name.indexOf(":") + 1).toLowerCase(), offset: i, line: lineOf(i), attributes: match[2] ?? "" });
        next = i + match[0].length;
      }
    }
    i = text.indexOf("<", next);
  }
  return tags;
}

function skipTo(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? text.length : at + end.length;
}
