/** Where the practice terminal's lines come from (a share link, this browser) and the share link it gives. */
import { decodeShare, encodeShare } from '../../lib/practice/session.ts';
import { readProgress } from '../../lib/practice/progress.ts';

const commands = (n: number) => `${n} command${n === 1 ? '' : 's'}`;

/** Lines to start from: a share link wins over what this browser saved. */
export function initialLines(id: string): { lines: string[]; note: string } {
  const hash = new URLSearchParams(location.hash.slice(1)).get('run');
  if (hash !== null) {
    history.replaceState(null, '', location.pathname + location.search);
    const lines = decodeShare(hash);
    if (lines) return { lines, note: `Rebuilt from a shared link: ${commands(lines.length)}.` };
    return { lines: [], note: 'That share link is broken (it could not be read), so this starts fresh.' };
  }
  const lines = readProgress(localStorage).exercises[id]?.typed ?? [];
  return { lines, note: lines.length ? `Restored ${commands(lines.length)} from your last visit.` : '' };
}

/** Shows the share link for `lines` in the page's field and copies it. */
export function share(root: HTMLElement, lines: readonly string[], announce: (message: string) => void): void {
  const url = `${location.origin}${location.pathname}#run=${encodeShare(lines)}`;
  const field = root.querySelector<HTMLInputElement>('[data-practice-share-url]');
  if (field) {
    field.value = url;
    field.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
    field.select();
  }
  navigator.clipboard?.writeText(url).then(
    () => announce('Share link copied.'),
    () => announce('Share link ready to copy.'),
  );
}
