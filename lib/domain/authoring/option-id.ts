/** Option ids are letters in display order (a, b, c …), as the bank loader assigns them. */
export function optionIdAt(index: number): string {
  return String.fromCharCode(97 + index);
}
