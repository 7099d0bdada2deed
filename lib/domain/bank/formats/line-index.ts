/** Offset → 1-based line of `text`, in logarithmic time per lookup (parsers look up many offsets of one large text). */
export function lineIndex(text: string, firstLine = 1): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return firstLine + low;
  };
}
