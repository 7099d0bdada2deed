import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { PathSegment } from "./problem.ts";

export type Location = { line: number; column: number };

/**
 * Where a field path points in a parsed YAML document: a scalar value itself, the key of a field
 * that is unknown (`atKey`) or holds a collection, or the nearest enclosing node that exists (for a
 * missing field).
 */
export function locatePath(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[], atKey = false): Location {
  let node: unknown = doc.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      // An unknown field, or a problem with a whole list or mapping, reads best at its key (`options:`).
      if (last && (atKey || isMap(pair.value) || isSeq(pair.value)) && isNode(pair.key)) {
        found = pair.key;
        break;
      }
      node = pair.value;
      // `why:` with nothing after it still has a (null) value node; a pair without one points at its key.
      found = isNode(node) ? node : isNode(pair.key) ? pair.key : found;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      if (!isNode(node)) break;
      found = node;
    } else {
      break;
    }
  }
  const offset = found?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && "range" in value && Array.isArray((value as Node).range);
}
