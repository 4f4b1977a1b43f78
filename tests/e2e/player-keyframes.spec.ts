/**
 * Seeking by keyframes in real Chromium (issue 16): a full-screen recording
 * (alternate screen, whole-screen redraws: the replay shortcuts never apply)
 * gets keyframes from the player's worker, and a seek restores one and plays
 * on to the exact frame. Generated here, never stored in the project.
 */
import { test, expect } from './fixtures';

const FRAMES = 400;

/** Redraw `f`: a title row naming the frame, then 23 rows of numbers that change with it. */
function frame(f: number): string {
  const rows = [`\x1b[H\x1b[7m frame ${f} \x1b[0m\x1b[K`];
  for (let r = 1; r < 24; r++)
    rows.push(`\x1b[${r + 1};1H\x1b[3${r % 7}mrow ${r} value ${(f * 31 + r * 17) % 9973} ${'x'.repeat(40 + ((f + r) % 30))}\x1b[0m\x1b[K`);
  return rows.join('');
}

/** About 1 MB of output: FRAMES redraws 0.1 s apart, after switching to the alternate screen. */
function fullScreen(): Buffer {
  const lines = ['{"version": 2, "width": 100, "height": 24}', JSON.stringify([0.05, 'o', '\x1b[?1049h\x1b[?25l'])];
  for (let f = 0; f < FRAMES; f++) lines.push(JSON.stringify([0.1 + f * 0.1, 'o', frame(f)]));
  return Buffer.from(lines.join('\n'));
}

test('a full-screen recording seeks from keyframes to the exact frame, backwards and forwards', async ({ page }) => {
  await page.goto('/playground/');
  await page
    .getByLabel('Choose a .cast file')
    .setInputFiles({ name: 'top.cast', mimeType: 'application/x-asciicast', buffer: fullScreen() });
  const p = page.getByRole('region', { name: 'Terminal session' }).last();
  await expect(p).toHaveAttribute('data-state', 'idle');
  // The worker has sent every keyframe (data-keyframes holds how many).
  await expect(p).toHaveAttribute('data-keyframes', /^[1-9]\d*$/, { timeout: 60_000 });
  const rows = p.locator('.xterm-rows');
  const slider = p.getByRole('slider', { name: 'Seek' });
  // Frame f is drawn at (0.1 + 0.1 f) s; seek to the middle of each frame's time.
  for (const f of [390, 35, 250, 251, 120]) {
    await slider.fill(String(Math.round((0.15 + f * 0.1) * 1000)));
    await expect(rows).toContainText(`frame ${f} `);
    await expect(rows).toContainText(`row 23 value ${(f * 31 + 23 * 17) % 9973} `);
  }
});
