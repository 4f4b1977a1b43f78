/**
 * What a code block's copy button puts on the clipboard. Shell examples in the
 * lessons show a `$ ` prompt before each command and the command's output after
 * it; a learner who copies wants only the commands, ready to paste.
 */

const PROMPT = /^\s*\$ ?/;

/**
 * Returns the text to copy for a code block.
 * - If some lines start with a `$` prompt, only those command lines are kept (the
 *   prompt removed), together with the lines that continue them after a trailing
 *   backslash. Output lines are dropped.
 * - Otherwise the code is returned as written (the file or snippet is the point).
 * A single trailing newline is never copied.
 */
export function copyText(code: string): string {
  const lines = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  if (!lines.some((line) => PROMPT.test(line) && /^\s*\$(\s|$)/.test(line))) {
    return lines.join('\n');
  }
  const out: string[] = [];
  let continuing = false;
  for (const line of lines) {
    if (continuing) {
      out.push(line);
    } else if (/^\s*\$(\s|$)/.test(line)) {
      out.push(line.replace(PROMPT, ''));
    } else {
      continue;
    }
    continuing = /\\$/.test(line);
  }
  return out.join('\n');
}
