/**
 * Reading time for a lesson: words of prose in the MDX source (frontmatter,
 * code blocks, import lines and tags left out) at 200 words a minute, the pace
 * usual for technical text.
 */
export function proseWords(mdx: string): number {
  const text = mdx
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\s*\n/, '')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/`[^`\n]*`/g, ' code ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

export const WORDS_PER_MINUTE = 200;

export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(proseWords(mdx) / WORDS_PER_MINUTE));
}
