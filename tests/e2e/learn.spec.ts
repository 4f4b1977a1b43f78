/**
 * Knowledge checks and progress in real Chromium: answer a quiz one question at
 * a time, see the score, review what was missed, reload and find the score
 * kept; mark lessons, export, clear storage, import and see the same progress;
 * damaged storage and bad files give a message and change nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, watchLayoutShifts } from './fixtures';

interface ChoiceView {
  kind: 'choice';
  id: string;
  choices: { correct: boolean }[];
}
interface OrderView {
  kind: 'order';
  id: string;
  shown: string[];
  answer: string[];
}
type View = ChoiceView | OrderView;

async function quizData(page: Page): Promise<View[]> {
  return JSON.parse((await page.locator('[data-quiz] script[data-quiz-data]').textContent()) ?? '[]') as View[];
}

/** Answers the shown question: rightly, or with the first wrong choice / the order as shown. */
async function answerShown(page: Page, q: View, right: boolean): Promise<void> {
  const item = page.locator(`[data-question="${q.id}"]`);
  await expect(item).toBeVisible();
  await expect(item.locator('fieldset legend')).toBeVisible();
  if (q.kind === 'choice') {
    const index = q.choices.findIndex((c) => c.correct === right);
    await item.getByRole('radio').nth(index).check();
  } else if (right) {
    // Arrange the lines with the move buttons, as a keyboard user would.
    for (let target = 0; target < q.answer.length; target++) {
      const lines = await item.locator('.quiz-order li code').allTextContents();
      let at = lines.indexOf(q.answer[target]!);
      while (at > target) {
        await item.locator('.quiz-order li').nth(at).getByRole('button', { name: /up$/ }).click();
        at -= 1;
      }
    }
  }
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.quiz-verdict')).toHaveText(right ? 'Right.' : 'Not quite.');
}

test.describe('quiz', () => {
  test('one question at a time, a score, review of the missed, and the score kept after a reload', async ({ page }) => {
    await page.goto('/lessons/dockerfile/');
    const quiz = page.locator('[data-quiz]');
    await quiz.scrollIntoViewIfNeeded();
    const views = await quizData(page);
    expect(views.length).toBeGreaterThanOrEqual(5);
    expect(views.some((v) => v.kind === 'order')).toBe(true);
    // Only the first question shows, and the answers are not given away.
    await expect(quiz.locator('[data-question]:visible')).toHaveCount(1);
    await expect(quiz.locator('details.quiz-answer:visible')).toHaveCount(0);
    // Checking with no choice asks for one.
    if (views[0]!.kind === 'choice') {
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.locator('.quiz-feedback')).toHaveText('Choose an answer first.');
    }
    const wrong = views.find((v) => v.kind === 'choice')!;
    for (const [i, q] of views.entries()) {
      await answerShown(page, q, q !== wrong);
      await page.getByRole('button', { name: i === views.length - 1 ? 'See your score' : 'Next question' }).click();
    }
    await expect(page.locator('.quiz-score')).toHaveText(`You scored ${views.length - 1} of ${views.length}.`);
    await expect(page.locator('.quiz-score')).toBeFocused();
    await page.getByRole('button', { name: 'Review what you missed' }).click();
    await answerShown(page, wrong, true);
    await page.getByRole('button', { name: 'See your score' }).click();
    await expect(page.locator('.quiz-score')).toHaveText(`You scored ${views.length} of ${views.length}.`);

    await page.reload();
    await expect(page.locator('[data-quiz-status]')).toHaveText(`Last time you scored ${views.length} of ${views.length}.`);
    await page.goto('/progress/');
    await expect(page.locator('[data-progress-lesson="dockerfile"] [data-cell="quiz"]')).toHaveText(`${views.length} of ${views.length}`);
  });

  test('without JavaScript every question is a fieldset with a legend and its answer in a <details>', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/lessons/cors/');
    const questions = page.locator('[data-quiz] fieldset');
    const n = await questions.count();
    expect(n).toBeGreaterThanOrEqual(5);
    await expect(page.locator('[data-quiz] fieldset > legend')).toHaveCount(n);
    await expect(page.locator('[data-quiz] [data-question]:visible')).toHaveCount(n);
    const answer = page.locator('[data-quiz] details.quiz-answer').first();
    await answer.locator('summary').click();
    await expect(answer.locator('a[href^="#"]')).toBeVisible();
    await context.close();
  });
});

test.describe('progress', () => {
  test('mark lessons, export, clear storage, import and see the same progress', async ({ page }) => {
    for (const slug of ['why-containers', 'cors']) {
      await page.goto(`/lessons/${slug}/`);
      const done = page.getByRole('button', { name: 'Mark lesson as done' });
      await done.click();
      await expect(page.getByRole('button', { name: '✓ Lesson done' })).toHaveAttribute('aria-pressed', 'true');
    }
    await page.goto('/');
    await expect(page.locator('[data-lesson-tick="cors"]')).toHaveText('✓ read');
    await expect(page.locator('[data-lesson-tick="setup"]')).toBeHidden();
    await expect(page.locator('[data-continue] a')).toHaveText(/^Continue where you left off: /);

    await page.goto('/progress/');
    await expect(page.locator('[data-progress-summary]')).toContainText('2 of ');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a file' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(exported.lessons).sort()).toEqual(['cors', 'why-containers']);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('[data-progress-lesson="cors"] [data-cell="read"]')).toHaveText('not yet');

    await page
      .locator('input[type=file][data-action="import"]')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 7}') });
    await expect(page.locator('[data-progress-message]')).toContainText('Import refused');
    await expect(page.locator('[data-progress-lesson="cors"] [data-cell="read"]')).toHaveText('not yet');

    await page.locator('input[type=file][data-action="import"]').setInputFiles(file);
    await expect(page.locator('[data-progress-message]')).toContainText('Imported your progress');
    await expect(page.locator('[data-progress-lesson="cors"] [data-cell="read"]')).toHaveText(/^✓ /);
    await expect(page.locator('[data-progress-lesson="why-containers"] [data-cell="read"]')).toHaveText(/^✓ /);
    await page.reload();
    await expect(page.locator('[data-progress-lesson="cors"] [data-cell="read"]')).toHaveText(/^✓ /);
  });

  test('reaching the summary marks a lesson read', async ({ page }) => {
    await page.goto('/lessons/setup/');
    await page.locator('.summary-box').scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: '✓ Lesson done' })).toBeVisible();
  });

  test('damaged saved progress is reset with a message, never a crash', async ({ page }) => {
    await page.goto('/progress/');
    await page.evaluate(() => localStorage.setItem('container-notes:v1', '{"version":1,"lessons":{"cors":{"readAt":"x"}}}'));
    await page.goto('/lessons/cors/');
    await expect(page.locator('[data-progress-note]')).toHaveText('Some saved progress was damaged and was left out: 1 lesson entry.');
    await page.evaluate(() => localStorage.setItem('container-notes:v1', 'not json'));
    await page.goto('/progress/');
    await expect(page.locator('[data-progress-message]')).toContainText('could not be read');
    await expect(page.locator('[data-progress-summary]')).toContainText('0 of ');
  });
});

test('a solved practice exercise shows on /progress/, with its command count', async ({ page }) => {
  await page.goto('/practice/check-versions/');
  await page.locator('cn-practice').scrollIntoViewIfNeeded();
  // On a first visit the terminal starts when the reader clicks into it.
  await page.locator('.practice-screen').click();
  await expect(page.locator('cn-practice.is-ready')).toBeVisible();
  await page.locator('.practice-screen .xterm').click();
  for (const line of ['docker version', 'docker run hello-world']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('log')).toContainText(`$ ${line}`);
  }
  await expect(page.locator('main[data-exercise-state]')).toHaveAttribute('data-exercise-state', 'solved');
  await page.goto('/progress/');
  await expect(page.locator('[data-progress-exercises]')).toContainText('check-versions solved in 2 commands');
  await expect(page.locator('[data-progress-summary]')).toContainText('1 exercise solved');
});

test('on a first visit /progress/ does not move as its script reads the (empty) record', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const shifts = await watchLayoutShifts(page);
  const line = /^0 of \d+ lessons read · 0 quizzes taken · 0 exercises solved\.$/;
  // The line is in the HTML, and the script writes the same words over it.
  const html = await (await page.request.get('/progress/')).text();
  expect(html.match(/data-progress-summary>([^<]*)</)?.[1]).toMatch(line);
  await page.goto('/progress/');
  await expect(page.locator('[data-progress-summary]')).toHaveText(line);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await shifts.total()).toBe(0);
});
