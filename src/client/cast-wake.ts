/**
 * Which players the reader has reached for, and what they asked of each one
 * before its code had loaded (a click on Play, a key, a seek). Shared by the
 * loader (cast-player-loader.ts), which records, and the player
 * (cast-player.ts), which starts the players asked for and, once live,
 * carries out what was asked meanwhile.
 */
export type EarlyRequest =
  | { action: string }
  | { marker: number }
  | { seek: number }
  | { key: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean } };

/** Players to start, each with what was asked of it so far. */
export const wanted = new WeakMap<HTMLElement, EarlyRequest[]>();

export const WAKE_EVENT = 'cn-cast-wake';
