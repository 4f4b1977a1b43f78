/**
 * The only player code a page ships up front (about 1 KB). Each player shows
 * its first screen, drawn at build time in the recording's colours, and its
 * transcript; the player's code (xterm.js, its CSS, the replay engine) loads
 * when the reader reaches for a player: a pointer over it, a tap, focus
 * inside it, or a player coming into view once the reader scrolls. On a page
 * that opens with a player in view, nothing heavy runs until then (compiling
 * xterm.js was most of a phone's blocked main thread on a session page).
 * What the reader asks of a player while its code loads (Play, a step, a
 * seek, a key on the screen) is carried out once it is live.
 */
import { WAKE_EVENT, wanted, type EarlyRequest } from './cast-wake.ts';
import { eachNearViewport } from './near-viewport.ts';

const players = [...document.querySelectorAll<HTMLElement>('cn-cast-player[data-src]')];
let code: Promise<unknown> | undefined;

function loadCode(): void {
  code ??= import('./cast-player').catch(() => {
    for (const player of players) {
      const box = player.querySelector<HTMLElement>('[data-error]');
      if (!box) continue;
      box.textContent = 'The player could not load (are you offline?). The transcript below still has every command and its output.';
      box.hidden = false;
      player.dataset.state = 'error';
    }
  });
}

function wake(player: HTMLElement): void {
  if (wanted.has(player)) return;
  wanted.set(player, []);
  loadCode();
  player.dispatchEvent(new Event(WAKE_EVENT));
}

function remember(player: HTMLElement, request: EarlyRequest): void {
  if (player.classList.contains('is-live')) return;
  wake(player);
  wanted.get(player)!.push(request);
}

for (const player of players) {
  const reach = () => wake(player);
  for (const type of ['pointerover', 'pointerdown', 'focusin']) player.addEventListener(type, reach, { passive: true });
  player.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>('button');
    const action = button?.dataset.action;
    // Full screen needs the click itself (a user gesture), not a later replay.
    if (action === 'fullscreen') {
      if (!player.classList.contains('is-live')) void player.requestFullscreen?.().catch(() => {});
    } else if (action) remember(player, { action });
    else if (button?.dataset.marker !== undefined) remember(player, { marker: Number(button.dataset.marker) });
    else if (!button && target.closest('.cast-screen')) remember(player, { action: 'toggle' });
  });
  player.addEventListener('keydown', (e) => {
    if (!(e.target as HTMLElement).matches('.cast-screen') || player.classList.contains('is-live')) return;
    const { key, ctrlKey, metaKey, altKey } = e;
    if (key === 'f' && !ctrlKey && !metaKey && !altKey) void player.requestFullscreen?.().catch(() => {});
    else remember(player, { key: { key, ctrlKey, metaKey, altKey } });
    if (key === ' ') e.preventDefault();
  });
  player.querySelector('[data-seek]')?.addEventListener('input', (e) => {
    remember(player, { seek: Number((e.target as HTMLInputElement).value) });
  });
}

// A player the reader scrolls to starts as it comes into view; one in view from the start waits to be reached for.
if (players.length > 0 && 'IntersectionObserver' in window) {
  addEventListener('scroll', () => eachNearViewport(players, wake), { once: true, passive: true });
}
