/**
 * Reading time for a lesson: its words of prose (as the word limit counts
 * them, src/lib/lessons/word-count.ts) at 200 words a minute, the pace usual
 * for technical text.
 */
import { countProseWords } from './word-count.ts';

export const WORDS_PER_MINUTE = 200;

export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countProseWords(mdx) / WORDS_PER_MINUTE));
}
