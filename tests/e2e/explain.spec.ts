/**
 * "Explain this command" in real Chromium (issue 3): `?cmd=` pre-fills and
 * explains, the URL follows edits, each part is highlighted and explained by
 * role, aliases and global options are understood, and the mistakes learners
 * make are pointed out in plain words. Garbage and 100 KB pastes leave the page
 * working.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';

const box = (page: Page) => page.getByRole('textbox', { name: 'Command to explain' });
const parts = (page: Page) => page.getByRole('list', { name: 'Part by part' });
const problems = (page: Page) => page.getByRole('list', { name: 'Problems found' });
const explainUrl = (cmd: string) => `/explain/?cmd=${encodeURIComponent(cmd)}`;

/** The part-by-part list as `text kind` lines. */
async function partLines(page: Page): Promise<string[]> {
  return parts(page)
    .locator('.explain-part-head')
    .allTextContents()
    .then((t) => t.map((s) => s.replace(/\s+/g, ' ').trim()));
}

test.describe('explain', () => {
  test('a ?cmd= link shows the one-line answer above the fold, with deep links to each option', async ({ sharedPage: page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(explainUrl('docker run -d --name web -p 127.0.0.1:8080:80 -v ./site:/usr/share/nginx/html:ro nginx:1.27'));
    const summary = page.locator('[data-explain-summary]');
    await expect(summary).toHaveText(
      'Starts a container from nginx:1.27 in the background as web, publishing host port 8080 (on 127.0.0.1 only) to container port 80 and with ./site mounted read-only at /usr/share/nginx/html.',
    );
    const top = (await summary.boundingBox())!.y;
    expect(top).toBeLessThan(720);
    await expect(parts(page).getByRole('link', { name: /This option on its command page: --publish/ })).toHaveAttribute(
      'href',
      '/commands/container-run/#option-publish',
    );
    await expect(parts(page)).toContainText('1.27 is the tag');
  });

  test('quotes what Docker prints, and reads --help and hidden aliases as Docker does', async ({ sharedPage: page }) => {
    await page.goto(explainUrl('docker run -p'));
    await expect(problems(page)).toContainText("Docker prints: flag needs an argument: 'p' in -p");
    await page.goto(explainUrl('docker run --help'));
    await expect(page.locator('[data-explain-summary]')).toContainText('Prints the help of docker container run');
    await expect(problems(page)).toBeHidden();
    await page.goto(explainUrl('docker run --net=host nginx'));
    await expect(parts(page)).toContainText('--net is an older spelling of --network');
  });

  test('?cmd= pre-fills the box and explains each part by role', { tag: '@nginx' }, async ({ page }) => {
    await page.goto(explainUrl('docker run --rm -it -p 8080:80 -e MODE=dev nginx:alpine sh'));
    await expect(box(page)).toHaveValue('docker run --rm -it -p 8080:80 -e MODE=dev nginx:alpine sh');
    expect(await partLines(page)).toEqual([
      'docker program',
      'run command docker container run',
      '--rm option',
      '-i option --interactive (-i)',
      't option --tty (-t)',
      '-p option --publish (-p)',
      '8080:80 value value of --publish',
      '-e option --env (-e)',
      'MODE=dev value value of --env',
      'nginx:alpine argument IMAGE',
      'sh argument COMMAND',
    ]);
    await expect(parts(page)).toContainText('Publishes container port 80 as port 8080');
    // The command itself, each part in its own highlighted span.
    const line = page.locator('.explain-line');
    await expect(line).toHaveText('docker run --rm -it -p 8080:80 -e MODE=dev nginx:alpine sh');
    await expect(line.locator('.tok-flag')).toHaveCount(5);
    await expect(line.locator('.tok-argument')).toHaveText(['nginx:alpine', 'sh']);
    await expect(problems(page)).toBeHidden();
    await expect(page.getByRole('status')).toHaveText('Explained docker container run: 11 parts, 0 problems.');
  });

  test('explains as you type, and the URL follows', async ({ sharedPage: page }) => {
    await page.goto('/explain/');
    await box(page).fill('docker ps -a');
    await expect(parts(page)).toContainText('`docker ps` is short for'.replace(/`/g, ''));
    await expect(parts(page)).toContainText('docker container ls');
    await expect(page).toHaveURL(explainUrl('docker ps -a').replace(/%20/g, '+'));
    await box(page).fill('');
    await expect(page.locator('[data-explain-output]')).toBeHidden();
    await expect(page).toHaveURL('/explain/');
  });

  test('reads global options before the subcommand', async ({ sharedPage: page }) => {
    await page.goto(explainUrl('docker -H ssh://me@server ps'));
    expect(await partLines(page)).toEqual([
      'docker program',
      '-H option --host (-H)',
      'ssh://me@server value value of --host',
      'ps command docker container ls',
    ]);
    await page.goto(explainUrl('docker compose -f a.yml up -d'));
    expect(await partLines(page)).toEqual([
      'docker program',
      'compose command docker compose',
      '-f option --file (-f)',
      'a.yml value value of --file',
      'up command docker compose up',
      '-d option --detach (-d)',
    ]);
  });

  test('falls back to the facts for a flag we have not described, linking to the command page', async ({ sharedPage: page }) => {
    await page.goto(explainUrl('docker history --platform linux/arm64 nginx'));
    const item = parts(page).locator('.part-flag');
    await expect(item).toContainText('takes a value. This site has no description of it yet.');
    await item.getByRole('link', { name: /More on its command page/ }).click();
    await expect(page).toHaveURL('/commands/image-history/');
  });

  const mistakes: [string, RegExp, string | undefined][] = [
    ['docker exec web -it bash', /Mistake: `?-it`? comes after the container `?web`?/, 'docker exec -it web bash'],
    ['docker run -p 4567:4567 backend-flask FRONTEND_URL', /Did you mean -e\?/, 'docker run -p 4567:4567 -e FRONTEND_URL backend-flask'],
    ['docker rmi container_name_or_id', /docker rmi removes images, and container_name_or_id looks like a container/, undefined],
    ['docker run--rm -p 4567:4567 -d backend-flask', /Put a space between run and --rm/, 'docker run --rm -p 4567:4567 -d backend-flask'],
    ['docker run -d consul -P', /`?-P`? comes after the image `?consul`?/, 'docker run -d -P consul'],
    ['docker build backend-flask -t', /-t \(--tag\) needs a value right after it/, undefined],
    ['docker run --detatch nginx', /Did you mean --detach\?/, 'docker run --detach nginx'],
    ['docker image', /on its own runs nothing/, undefined],
  ];
  for (const [cmd, text, fix] of mistakes) {
    test(`points out the mistake in ${JSON.stringify(cmd)}`, async ({ sharedPage: page }) => {
      await page.goto(explainUrl(cmd));
      await expect(problems(page)).toContainText(text);
      await expect(page.locator('.explain-line .has-error, .explain-line .has-warning, .explain-line .tok-unknown').first()).toBeVisible();
      if (fix) {
        const link = problems(page).getByRole('link', { name: fix, exact: true });
        await link.click();
        await expect(box(page)).toHaveValue(fix);
        await expect(problems(page)).toBeHidden();
      }
    });
  }

  test('garbage explains without breaking the page', async ({ sharedPage: page }) => {
    await page.goto('/explain/');
    await box(page).fill('"\'$(`{[|&;<> -- -x --=  \\');
    await expect(page.locator('[data-explain-output]')).toBeVisible();
    await box(page).fill('docker version');
    await expect(parts(page)).toContainText('docker version');
  });

  test('100 KB pasted at once keeps the page working', async ({ sharedPage: page }) => {
    await page.goto('/explain/');
    const big = 'docker run --rm -p 8080:80 -e A=b -it nginx:alpine sh -c "echo hi" | x && '.repeat(1_400);
    expect(big.length).toBeGreaterThan(100_000);
    await box(page).fill(big);
    await expect(problems(page)).toContainText('only its first 20,000 characters are explained');
    await expect(parts(page)).toContainText('more parts, not listed');
    // Too long for the address bar: the URL drops ?cmd= rather than carry 100 KB.
    await expect(page).toHaveURL('/explain/');
    await box(page).fill('docker ps');
    await expect(parts(page).getByRole('listitem')).toHaveCount(2);
  });

  test('the example links explain their command', async ({ sharedPage: page }) => {
    await page.goto('/explain/');
    await page.getByRole('link', { name: 'docker-compose up -d' }).click();
    await expect(box(page)).toHaveValue('docker-compose up -d');
    await expect(problems(page)).toContainText('Compose v1');
  });
});

test.describe('explain: accessibility of a rendered explanation', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every kind of part and problem passes axe in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      // Prompt, sudo, program, global flag and value, subcommand, flags, argument,
      // a shell operator, another program, an error and a warning.
      await page.goto(
        explainUrl('$ sudo docker -D run --rm -p 80:80 nginx FRONTEND_URL | grep x\ndocker exec web -it bash\ndocker run --nope x'),
      );
      await expect(problems(page)).toBeVisible();
      expect(await axeViolations(page, 'main')).toEqual([]);
    });
  }
});

test.describe('explain without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('says that the tool needs JavaScript and points to the cheat sheet', async ({ page }) => {
    await page.goto('/explain/');
    await expect(page.getByText('The explainer runs in your browser and needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'cheat sheet' })).toHaveAttribute('href', '/commands/');
  });
});
