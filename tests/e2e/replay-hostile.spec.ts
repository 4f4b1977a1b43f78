/**
 * Hostile and huge recordings opened on /playground/ in real Chromium (issue 16).
 * Each file is generated here (never stored in the project). While it opens,
 * plays and seeks, the page's main thread must never be blocked for more than
 * 200 ms at a time (long-task timing) and its JS heap must stay under 300 MB;
 * each must end with a clear message or a playable recording.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const HEADER = '{"version": 2, "width": 80, "height": 24}';
const MB = 1024 * 1024;

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cn-hostile-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** 47.5 MB (just under the 50 MiB limit), 2.5 M events of output 10 ms apart (v3: intervals), ending with "END". */
function huge(): string {
  const lines = ['{"version": 3, "term": {"cols": 80, "rows": 24}}'];
  for (let i = 0; i < 2_500_000 - 1; i++) lines.push('[0.01,"o","a\\r\\n"]');
  lines.push('[0.01,"o","END"]');
  return lines.join('\n');
}

/**
 * Long tasks and the largest heap seen while the page works on hostile files.
 * The observer starts once the page has loaded and settled, right before the
 * first file is handed over: the site's own start-up is not what these files
 * test (quality.spec.ts covers it), and on a loaded machine its tasks are the
 * noisiest. From then on every long task counts, and the longest is reported
 * with when it started, so a failure says which step blocked.
 */
async function watchMainThread(page: Page): Promise<{ maxHeap: () => number; stop: () => void }> {
  await page.waitForLoadState('load');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { longTasks: { start: number; duration: number }[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
        }).observe({ type: 'longtask' });
        // Two frames: the observer is live before the caller goes on.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
  const cdp = await page.context().newCDPSession(page);
  let max = 0;
  let running = true;
  void (async () => {
    while (running) {
      try {
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        max = Math.max(max, usedSize);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return { maxHeap: () => max, stop: () => (running = false) };
}

/** Fails when any long task reached 200 ms (the bound), listing them all with the step each happened in. */
async function expectNoBlocking(page: Page): Promise<void> {
  const { tasks, marks } = await page.evaluate(() => ({
    tasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
    marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, start: m.startTime })),
  }));
  const step = (start: number) => marks.filter((m) => m.start <= start).pop()?.name ?? 'before the first file';
  const longest = tasks.reduce((a, t) => (t.duration > a.duration ? t : a), { start: 0, duration: 0 });
  const list = tasks.map((t) => `${t.duration} ms (${step(t.start)})`).join(', ');
  expect(longest.duration, `longest task ${longest.duration} ms (${step(longest.start)}); all long tasks: ${list}`).toBeLessThan(200);
}

async function open(page: Page, path: string): Promise<void> {
  // Marks the step, so a long task can be traced to the file being opened.
  await page.evaluate((name) => performance.mark(`open ${name}`), path.split('/').pop()!);
  await page.getByLabel('Choose a .cast file').setInputFiles(path);
}

test.describe('hostile recordings', () => {
  // Retries: long-task timing is wall-clock time, and on a shared, overloaded machine the OS stalls
  // the page's thread mid-task (a trace showed a 202 ms task holding 24 ms of CPU). A real block
  // happens on every attempt and still fails; a stall rarely strikes three times.
  test.describe.configure({ mode: 'serial', timeout: 360_000, retries: 2 });

  test('a 50 MB recording with 2.5 M events opens, seeks and plays without blocking the page', async ({ page }) => {
    const file = write('huge.cast', huge());
    await page.goto('/playground/');
    const watch = await watchMainThread(page);
    await open(page, file);
    const p = page.getByRole('region', { name: 'Terminal session' }).last();
    await expect(p).toHaveAttribute('data-state', 'idle', { timeout: 240_000 });
    const seek = p.getByRole('slider', { name: 'Seek' });
    await seek.focus();
    for (const key of ['End', 'Home', '5', '9']) {
      await page.evaluate((k) => performance.mark(`key ${k}`), key);
      await page.keyboard.press(key);
    }
    await p.getByRole('group', { name: /Keyboard shortcuts work/ }).focus();
    await page.keyboard.press('End');
    await expect(p).toHaveAttribute('data-state', 'ended');
    await expect(p.locator('.xterm-rows')).toContainText('END', { timeout: 60_000 });
    watch.stop();
    await expectNoBlocking(page);
    expect(watch.maxHeap()).toBeLessThan(300 * MB);
  });

  test('tiny crafted files: huge CSI parameters, a 10000-column header, invalid UTF-8, a 30-day gap, a cut last line', async ({ page }) => {
    const files: [string, string | Buffer, RegExp | undefined][] = [
      [
        'csi.cast',
        `${HEADER}\n[0.1, "o", "\\u001b[999999999C x\\u001b[10000000C\\u001b[2147483647b\\u001b[99999999X\\u001b[99999999;99999999H end"]`,
        undefined,
      ],
      ['wide.cast', '{"version": 2, "width": 10000, "height": 10000}\n[0.1, "o", "hello"]\n[0.2, "r", "10000x10000"]', undefined],
      [
        'utf8.cast',
        Buffer.concat([Buffer.from(`${HEADER}\n[0.1, "o", "bad `), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' bytes"]\n')]),
        undefined,
      ],
      ['gap.cast', `${HEADER}\n[0.1, "o", "before"]\n[${30 * 24 * 3600}, "o", " after"]`, undefined],
      ['cut.cast', `${HEADER}\n[0.1, "o", "kept"]\n[0.2, "o", "lo`, /damaged at line 3/],
    ];
    await page.goto('/playground/');
    const watch = await watchMainThread(page);
    const p = page.getByRole('region', { name: 'Terminal session' }).last();
    for (const [name, content, message] of files) {
      await open(page, write(name, content));
      await expect(page.getByRole('heading', { name: `Now playing: ${name}` })).toBeVisible();
      await expect(p).toHaveAttribute('data-state', 'idle');
      if (message) await expect(p.getByRole('alert')).toHaveText(message);
      await p.getByRole('group', { name: /Keyboard shortcuts work/ }).focus();
      await page.keyboard.press('End');
      await expect(p, name).toHaveAttribute('data-state', 'ended');
      // The 30-day gap plays as one minute at most.
      if (name === 'gap.cast') await expect(p.locator('[data-duration]')).toHaveText('1:00');
    }
    watch.stop();
    await expectNoBlocking(page);
    expect(watch.maxHeap()).toBeLessThan(300 * MB);
  });
});
