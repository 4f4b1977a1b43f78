import { describe, expect, it } from 'vitest';
import { checkAnswer, checkPageCount, indexedPageCount, PAGEFIND_CONFIG } from '../../../src/lib/search/index-build';

describe('PAGEFIND_CONFIG', () => {
  it('keeps dashes inside words so flags are searchable as written', () => {
    expect(PAGEFIND_CONFIG.includeCharacters).toContain('-');
  });
});

describe('checkAnswer', () => {
  it.each([[{ errors: [] }], [{ errors: [], page_count: 3 }], [{}]])('passes %j through', (answer) =>
    expect(checkAnswer('step', answer)).toBe(answer),
  );

  it.each([
    [{ errors: ['bad glob'] }, /indexing dist failed:\n {2}- bad glob/],
    [{ errors: ['a', 'b'] }, /- a\n {2}- b/],
    [{ errors: 'oops' }, /unexpected errors field: "oops"/],
    [null, /gave no answer \(got null\)/],
    [undefined, /gave no answer \(got undefined\)/],
  ])('rejects %j', (answer, message) => {
    expect(() => checkAnswer('indexing dist', answer as never)).toThrow(message);
  });
});

describe('checkPageCount', () => {
  it.each([[1], [16]])('accepts %i', (n) => expect(checkPageCount(n, 'dist')).toBe(n));
  it.each([
    [0, /no page was indexed in dist/],
    [-1, /no page count/],
    [1.5, /no page count/],
    ['3', /no page count/],
    [undefined, /no page count/],
  ])('rejects %j', (n, message) => expect(() => checkPageCount(n, 'dist')).toThrow(message));
});

describe('indexedPageCount', () => {
  it.each([
    [{ languages: { en: { page_count: 12 } } }, 12],
    [{ languages: { en: { page_count: 2 }, de: { page_count: 3 } } }, 5],
    [{ languages: {} }, 0],
  ])('%j → %i', (entry, expected) => expect(indexedPageCount(entry)).toBe(expected));

  it.each([
    [null, /no "languages" object/],
    [{}, /no "languages" object/],
    [{ languages: { en: {} } }, /no page count for language "en"/],
    [{ languages: { en: { page_count: '1' } } }, /no page count for language "en"/],
  ])('rejects %j', (entry, message) => expect(() => indexedPageCount(entry)).toThrow(message));
});
