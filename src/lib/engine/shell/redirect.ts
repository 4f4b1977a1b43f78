/** Applies a command's redirections to what it wrote (after it ran, which is enough for one-shot commands). */
import { type Io, errTo } from '../context.ts';
import type { Redirect } from './parse.ts';

/**
 * `expand` turns a raw target word into a path; `writeFile` stores text
 * (append or replace) and returns an error message or undefined.
 */
export function applyRedirects(
  io: Io,
  redirects: Redirect[],
  expand: (raw: string) => string,
  writeFile: (path: string, text: string, append: boolean) => string | undefined,
): void {
  if (redirects.length === 0) return;
  const merge = redirects.some((r) => r.fd === 2 && r.target === '&1');
  if (merge) {
    io.chunks = io.chunks.map(([, t]) => [0, t]);
    io.stdout = io.chunks.map((c) => c[1]).join('');
    io.stderr = '';
  }
  for (const r of redirects) {
    if (r.target.startsWith('&')) continue;
    const path = expand(r.target);
    const stream = r.fd === 1 ? 0 : 1;
    const text = io.chunks
      .filter((c) => c[0] === stream)
      .map((c) => c[1])
      .join('');
    io.chunks = io.chunks.filter((c) => c[0] !== stream);
    if (r.fd === 1) io.stdout = '';
    else io.stderr = '';
    const err = writeFile(path, text, r.append);
    if (err) errTo(io, err);
  }
}
