/**
 * Redrawing the line being edited when it may wrap over several rows: the
 * sequence goes back to the row where the prompt starts, clears to the end of
 * the screen, writes prompt and text, and puts the cursor where the editor's
 * cursor is. Pure: returns the escape sequence and where the cursor ends up.
 */

export interface LineLayout {
  /** Row of the terminal cursor, counted from the prompt's first row. */
  cursorRow: number;
}

export const START: LineLayout = { cursorRow: 0 };

/**
 * @param prompt the prompt as written (it may hold colour codes)
 * @param promptWidth how many columns the prompt takes on screen
 */
export function redrawLine(
  previous: LineLayout,
  prompt: string,
  promptWidth: number,
  text: string,
  cursor: number,
  cols: number,
): { sequence: string; layout: LineLayout } {
  const width = Math.max(1, cols);
  const total = promptWidth + text.length;
  let out = previous.cursorRow > 0 ? `\x1b[${previous.cursorRow}A` : '';
  out += `\r\x1b[J${prompt}${text}`;
  // At an exact multiple of the width the terminal waits to wrap; force the
  // wrap so the cursor position is the same in every terminal.
  if (total > 0 && total % width === 0) out += ' \r\x1b[K';
  const endRow = Math.floor(total / width);
  const at = promptWidth + cursor;
  const row = Math.floor(at / width);
  const col = at % width;
  if (endRow > row) out += `\x1b[${endRow - row}A`;
  out += '\r';
  if (col > 0) out += `\x1b[${col}C`;
  return { sequence: out, layout: { cursorRow: row } };
}

/** Rows the line takes, so output written after Enter starts below it. */
export function rowsBelowCursor(promptWidth: number, textLength: number, layout: LineLayout, cols: number): number {
  return Math.floor((promptWidth + textLength) / Math.max(1, cols)) - layout.cursorRow;
}
