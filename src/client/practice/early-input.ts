/**
 * What the reader did while the terminal's code was loading: whether they
 * clicked into the terminal (so it takes the focus once it runs) and the keys
 * they typed meanwhile, as xterm.js would have sent them. Shared by the
 * loader, which records, and the terminal, which replays.
 */
export const earlyInput = { wantsFocus: false, keys: [] as string[] };

const KEYS: Record<string, string> = { Enter: '\r', Backspace: '\x7f', Tab: '\t' };

/** Keeps a key for later; true when it was kept (the caller then stops the browser acting on it). */
export function keepEarlyKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.altKey || e.metaKey) return false;
  const key = e.key.length === 1 ? e.key : KEYS[e.key];
  if (key === undefined) return false;
  earlyInput.keys.push(key);
  return true;
}
