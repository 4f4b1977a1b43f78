import { describe, expect, it } from 'vitest';
import { COMMAND_TITLE_WEIGHT, SEARCH_RANKING, hasRawId } from '../../../src/lib/search/ranking';

describe('hasRawId', () => {
  const id = '4b19b3e89b06645b1f0b414b5175d498cfa8a58ebec27f71350062825fd81399';
  const cases: [string, boolean][] = [
    [id, true],
    [`Container started: ${id}\n`, true],
    [`sha256:${id}`, true],
    [id.slice(0, 12), false],
    ['CONTAINER ID   IMAGE\n4b19b3e89b06   nginx', false],
    [`${id}a`, false],
    ['', false],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text.slice(0, 30))}… → ${expected}`, () => expect(hasRawId(text)).toBe(expected));
  }
});

describe('search weights', () => {
  it('stay within the ranges Pagefind accepts', () => {
    expect(SEARCH_RANKING.termSimilarity).toBeGreaterThanOrEqual(0);
    expect(SEARCH_RANKING.termSaturation).toBeGreaterThanOrEqual(0);
    expect(SEARCH_RANKING.termSaturation).toBeLessThanOrEqual(2);
    expect(SEARCH_RANKING.pageLength).toBeGreaterThanOrEqual(0);
    expect(SEARCH_RANKING.pageLength).toBeLessThanOrEqual(1);
    // Below an h2 (6), so a lesson's section outranks a command's title.
    expect(COMMAND_TITLE_WEIGHT).toBeLessThan(6);
  });
});
