/**
 * text/tabwriter as the docker CLI configures it (minwidth 10, tabwidth 1,
 * padding 3, padchar ' '): every column but the last is padded to its widest
 * cell plus 3, at least 10. Widths count runes, like Go.
 */
export function tabwrite(rows: string[][], minWidth = 10, padding = 3): string {
  if (rows.length === 0) return '';
  const cols = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < cols - 1; c++) {
    let w = minWidth;
    for (const r of rows) if (c < r.length - 1) w = Math.max(w, [...(r[c] as string)].length + padding);
    widths.push(w);
  }
  return (
    rows
      .map((r) => r.map((cell, c) => (c < r.length - 1 ? cell + ' '.repeat((widths[c] as number) - [...cell].length) : cell)).join(''))
      .join('\n') + '\n'
  );
}

/** formatter.Ellipsis: cut to `max` runes, the last one an ellipsis. */
export function ellipsis(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  if (max <= 0) return '';
  return chars.slice(0, max - 1).join('') + '…';
}

/** Go's strconv.Quote for the plain ASCII/UTF-8 text a command holds. */
export function goQuote(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';
}
