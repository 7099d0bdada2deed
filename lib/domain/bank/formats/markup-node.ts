/** An element of an HTML fragment or an XML document, names in lower case without a namespace prefix; text is a plain string. */
export type MarkupElement = { name: string; attrs: Readonly<Record<string, string>>; children: MarkupNode[] };
export type MarkupNode = MarkupElement | string;

export function isElement(node: MarkupNode): node is MarkupElement {
  return typeof node !== "string";
}

export function childElements(element: MarkupElement, name?: string): MarkupElement[] {
  return element.children.filter((node): node is MarkupElement => isElement(node) && (name === undefined || node.name === name));
}

export function firstChild(element: MarkupElement, name: string): MarkupElement | undefined {
  return element.children.find((node): node is MarkupElement => isElement(node) && node.name === name);
}

/** Every element below `element` (not itself) in document order that `match` accepts. */
export function findElements(element: MarkupElement, match: (candidate: MarkupElement) => boolean): MarkupElement[] {
  const found: MarkupElement[] = [];
  const pending: MarkupElement[] = [element];
  // Depth-first without recursion, so a deeply nested document cannot overflow the stack.
  while (pending.length > 0) {
    const current = pending.pop()!;
    const elements = childElements(current);
    for (let i = elements.length - 1; i >= 0; i--) pending.push(elements[i]!);
    if (current !== element && match(current)) found.push(current);
  }
  return found;
}

export function textContent(node: MarkupNode): string {
  if (!isElement(node)) return node;
  return node.children.map(textContent).join("");
}
