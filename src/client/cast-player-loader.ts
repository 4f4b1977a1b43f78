/**
 * The only player code a page ships up front (a few hundred bytes): it loads
 * the player chunk (xterm.js, its CSS, the replay engine) the first time a
 * `<cn-cast-player>` comes near the viewport. Until then each player shows its
 * server-rendered first frame and transcript.
 */
import { whenNearViewport } from './near-viewport.ts';

const players = document.querySelectorAll<HTMLElement>('cn-cast-player[data-src]');

whenNearViewport(players, () => {
  import('./cast-player').catch(() => {
    for (const player of players) {
      const box = player.querySelector<HTMLElement>('[data-error]');
      if (!box) continue;
      box.textContent = 'The player could not load (are you offline?). The transcript below still has every command and its output.';
      box.hidden = false;
      player.dataset.state = 'error';
    }
  });
});
