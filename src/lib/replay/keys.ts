/**
 * Keyboard shortcuts of the player, as data: which key does what. The
 * player's controls (src/client/cast-player-controls.ts) only forward key
 * presses here and apply the result to the engine, so the mapping is tested
 * without a browser.
 */
import type { Engine } from './engine.ts';

export type PlayerAction =
  | { type: 'toggle' }
  | { type: 'seekBy'; delta: number }
  | { type: 'seekFraction'; fraction: number }
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'previousCommand' }
  | { type: 'nextCommand' }
  | { type: 'stepBackward' }
  | { type: 'stepForward' }
  | { type: 'slower' }
  | { type: 'faster' }
  /** Handled by the element (the engine knows no screens). */
  | { type: 'fullscreen' };

/** How far ←/→ move, in milliseconds. */
export const ARROW_STEP = 5000;

/** Shortcuts as shown in the player's help text, in display order. */
export const SHORTCUTS: readonly (readonly [keys: string, does: string])[] = [
  ['Space', 'play or pause'],
  ['← →', 'back or forward 5 seconds'],
  ['[ ]', 'previous or next command'],
  [', .', 'one frame back or forward'],
  ['0–9', 'jump to 0 %, 10 % … 90 %'],
  ['< >', 'slower or faster'],
  ['Home End', 'start or end'],
  ['f', 'full screen on or off'],
];

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The action for a key press, or undefined when the player should leave the key
 * alone (browser shortcuts with Ctrl, ⌘ or Alt are never taken over).
 */
export function keyAction(event: KeyInput): PlayerAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const { key } = event;
  if (/^[0-9]$/.test(key)) return { type: 'seekFraction', fraction: Number(key) / 10 };
  switch (key) {
    case ' ':
    case 'k':
      return { type: 'toggle' };
    case 'ArrowLeft':
      return { type: 'seekBy', delta: -ARROW_STEP };
    case 'ArrowRight':
      return { type: 'seekBy', delta: ARROW_STEP };
    case 'Home':
      return { type: 'start' };
    case 'End':
      return { type: 'end' };
    case '[':
      return { type: 'previousCommand' };
    case ']':
      return { type: 'nextCommand' };
    case ',':
      return { type: 'stepBackward' };
    case '.':
      return { type: 'stepForward' };
    case '<':
      return { type: 'slower' };
    case '>':
      return { type: 'faster' };
    case 'f':
      return { type: 'fullscreen' };
    default:
      return undefined;
  }
}

/** Carries out an action on the engine. */
export function applyAction(engine: Engine, action: PlayerAction): void {
  switch (action.type) {
    case 'toggle':
      return engine.toggle();
    case 'seekBy':
      return engine.seekBy(action.delta);
    case 'seekFraction':
      return engine.seekFraction(action.fraction);
    case 'start':
      return engine.seek(0);
    case 'end':
      return engine.end();
    case 'previousCommand':
      return engine.previousCommand();
    case 'nextCommand':
      return engine.nextCommand();
    case 'stepBackward':
      return engine.stepBackward();
    case 'stepForward':
      return engine.stepForward();
    case 'slower':
      return engine.slower();
    case 'faster':
      return engine.faster();
    case 'fullscreen':
      return;
  }
}
