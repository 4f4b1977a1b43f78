import type { Engine } from '../lib/replay/engine';
import { describePosition, formatTime } from '../lib/replay/format';
import { keyAction, type PlayerAction } from '../lib/replay/keys';
import type { EarlyRequest } from './cast-wake';

/**
 * Small pieces of the player's page behaviour that do not need the engine:
 * announcements for screen readers, copying a command, full screen, and the
 * controls that are enabled once the terminal is ready.
 */

/** Says `message` through the player's live region (repeats are spoken again). */
export function announce(status: HTMLElement, message: string): void {
  status.textContent = '';
  // A fresh text node makes screen readers repeat a message said before.
  requestAnimationFrame(() => (status.textContent = message));
}

/** Copies `command`, showing the outcome on the button for two seconds. */
export async function copyCommand(button: HTMLButtonElement, command: string, status: HTMLElement): Promise<void> {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(command);
    button.textContent = 'Copied';
    announce(status, `Copied: ${command}`);
  } catch {
    button.textContent = 'Copy failed';
    announce(status, 'Could not copy: the browser refused access to the clipboard');
  }
  setTimeout(() => (button.textContent = label), 2000);
}

/** Full screen on or off for `element` (the whole player, controls included). */
export function toggleFullscreen(element: HTMLElement): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else if (element.requestFullscreen) void element.requestFullscreen().catch(() => {});
}

/** Enables every control that waits for the terminal. */
export function enableControls(root: HTMLElement): void {
  for (const control of root.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>(
    '.cast-controls [disabled], .cast-jump',
  )) {
    control.disabled = false;
  }
}

/** Shows how much of a large recording has been read; `undefined` hides the bar. */
export function showProgress(bar: HTMLProgressElement, fraction: number | undefined): void {
  bar.hidden = fraction === undefined;
  if (fraction !== undefined) bar.value = fraction;
}

/** Brings the seek bar, times, state and the play button's label up to date. */
export function renderControls(root: HTMLElement, engine: Engine, nothingToCopy: boolean): void {
  const position = engine.position();
  const seek = root.querySelector<HTMLInputElement>('[data-seek]')!;
  seek.max = String(Math.max(1, engine.duration));
  seek.value = String(position);
  seek.setAttribute('aria-valuetext', describePosition(position, engine.duration));
  root.querySelector('[data-current]')!.textContent = formatTime(position);
  root.querySelector('[data-duration]')!.textContent = formatTime(engine.duration);
  root.dataset.state = engine.state;
  const toggle = root.querySelector<HTMLButtonElement>('[data-action="toggle"]')!;
  const label = engine.state === 'playing' ? 'Pause' : engine.state === 'ended' ? 'Replay' : 'Play';
  toggle.setAttribute('aria-label', label);
  toggle.title = `${label} (Space)`;
  root.querySelector<HTMLButtonElement>('[data-action="copy"]')!.disabled = nothingToCopy;
}

/** Marks the transcript entry of the current command. */
export function markCurrentEntry(root: HTMLElement, index: number): void {
  for (const li of root.querySelectorAll<HTMLElement>('.cast-entry')) {
    if (li.dataset.index === String(index)) li.setAttribute('aria-current', 'step');
    else li.removeAttribute('aria-current');
  }
}

/** Keys a focused control handles itself; the player leaves them alone there. */
const NATIVE_KEYS: Record<string, readonly string[]> = {
  range: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'],
  button: [' ', 'Enter'],
};

/** The player's action for a key press inside it, or undefined where the focused element keeps the key. */
export function playerKey(event: KeyboardEvent): PlayerAction | undefined {
  const target = event.target as HTMLElement;
  if (target.closest('.cast-transcript, .cast-keys, select, a')) return undefined;
  const kind = target.matches('input[type="range"]') ? 'range' : target.matches('button') ? 'button' : '';
  if (NATIVE_KEYS[kind]?.includes(event.key)) return undefined;
  return keyAction(event);
}

/** Carries out, in order, what the reader asked of a player while it loaded (cast-wake.ts). */
export function carryOut(requests: readonly EarlyRequest[], engine: Engine, act: (action: PlayerAction) => void): void {
  for (const request of requests) {
    if ('marker' in request) {
      engine.seekMarker(request.marker);
      engine.play();
    } else if ('seek' in request) engine.seek(request.seek);
    else if ('key' in request) {
      const action = keyAction(request.key);
      // Full screen was asked for at the time (it needs the key press itself).
      if (action && action.type !== 'fullscreen') act(action);
    } else if (request.action === 'restart') engine.restart();
    else if (!['copy', 'theme', 'fullscreen'].includes(request.action)) act({ type: request.action } as PlayerAction);
  }
}
