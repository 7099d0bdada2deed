export type MappingResult = { mapping: Record<string, string>; errors: string[] };

const LINE = /^(.+?)\s*(?:=|->|:)\s*([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * The import form's mapping box: one `category = skill-area` per line (`->` and `:` work too),
 * blank lines and `#` comments ignored. Each bad line is reported with its number.
 */
export function parseMapping(text: string): MappingResult {
  const mapping: Record<string, string> = {};
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const match = LINE.exec(line);
    if (!match) {
      errors.push(`line ${index + 1}: write "category = skill-area-id" (got "${line.slice(0, 60)}")`);
      return;
    }
    const [, from, to] = match as unknown as [string, string, string];
    if (from in mapping && mapping[from] !== to) errors.push(`line ${index + 1}: "${from}" is already mapped to ${mapping[from]}`);
    else mapping[from] = to;
  });
  return { mapping, errors };
}
