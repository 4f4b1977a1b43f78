/**
 * Counts the words of prose in a lesson's MDX source, the measure behind the
 * course's 3,000-word limit per lesson. Code is not prose: frontmatter, fenced
 * code blocks, MDX import/export lines, comments and the component tags
 * themselves are left out, while the text inside a component (a Callout's
 * body) counts. Inline `code` counts, since it is read as part of a sentence.
 * Pure: takes the source text, so it is unit-tested without files.
 */

/** The most words of prose one lesson may have. */
export const LESSON_WORD_LIMIT = 3000;

const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[^\S\r\n]*(?:\r?\n|$)/;
const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;

/** The source with frontmatter, fenced code, ESM lines, comments and tags removed. */
export function proseText(source: string): string {
  const lines = source.replace(FRONTMATTER, '').split(/\r?\n/);
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    if (fence !== undefined) {
      // A fence closes on a line of the same character, at least as long.
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open) {
      fence = open[1]!;
      continue;
    }
    if (/^(import|export)\s/.test(line)) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][\w.-]*(?:\s[^<>]*)?\/?>/g, ' ');
}

/** Words of prose: whitespace-separated runs holding at least one letter or digit. */
export function countProseWords(source: string): number {
  return proseText(source)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
