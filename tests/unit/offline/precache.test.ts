import { describe, expect, it } from 'vitest';
import { planPrecache, PRECACHE_BUDGET, shortHash, urlFor, workerSource } from '../../../src/lib/offline/precache';

const f = (path: string, size = 10, hash = 'h') => ({ path, size, hash });

describe('urlFor', () => {
  it.each([
    ['index.html', '/'],
    ['lessons/cors/index.html', '/lessons/cors/'],
    ['_astro/site.abc.js', '/_astro/site.abc.js'],
    ['casts/logs.cast', '/casts/logs.cast'],
  ])('%s → %s', (path, url) => expect(urlFor(path)).toBe(url));
});

describe('planPrecache', () => {
  it('keeps what pages need and skips compressed copies, the worker, the 404 page and hidden files', () => {
    const plan = planPrecache([
      f('index.html'),
      f('index.html.gz'),
      f('sw.js'),
      f('404.html'),
      f('.well-known/x'),
      f('pagefind/pagefind.js'),
      f('robots.txt'),
    ]);
    expect(plan.urls).toEqual(['/', '/pagefind/pagefind.js']);
    expect(plan.bytes).toBe(20);
  });
  it('changes version when any kept file changes, and only then', () => {
    const a = planPrecache([f('index.html', 1, 'x'), f('a.css', 1, 'y')]);
    expect(planPrecache([f('a.css', 1, 'y'), f('index.html', 1, 'x')]).version).toBe(a.version);
    expect(planPrecache([f('index.html', 1, 'x'), f('a.css', 1, 'z')]).version).not.toBe(a.version);
    expect(planPrecache([f('index.html', 1, 'x'), f('a.css', 1, 'y'), f('a.css.gz', 1, 'q')]).version).toBe(a.version);
  });
  it('fails over the budget on the wire, naming the size and the largest files', () => {
    expect(() => planPrecache([f('big.js', PRECACHE_BUDGET, 'a'), f('index.html', 2048, 'b')])).toThrow(
      /precache would download 5\.00 MB, over the 5 MB budget\. Largest files: big\.js \(5120 KB\), index\.html \(2 KB\)/,
    );
    // Compressed as served, the same files fit.
    const plan = planPrecache([
      { ...f('big.js', PRECACHE_BUDGET, 'a'), transfer: 900_000 },
      { ...f('index.html', 2048, 'b'), transfer: 700 },
    ]);
    expect(plan).toMatchObject({ bytes: PRECACHE_BUDGET + 2048, transferBytes: 900_700 });
  });
  it('writes the plan above the worker code', () => {
    const src = workerSource({ version: 'abc', urls: ['/'], bytes: 1, transferBytes: 1 }, 'self.x = 1;');
    expect(src).toContain('const VERSION = "abc";\nconst PRECACHE = ["/"];\nself.x = 1;');
  });
  it('hashes stably', () => {
    expect(shortHash('a')).toBe(shortHash('a'));
    expect(shortHash('a')).not.toBe(shortHash('b'));
    expect(shortHash('')).toMatch(/^[0-9a-f]{8}$/);
  });
});
