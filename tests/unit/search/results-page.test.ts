import { describe, expect, it } from 'vitest';
import {
  filterOptions,
  moreLabel,
  nextBatchEnd,
  RESULT_BATCH,
  resultKeyMove,
  searchingText,
  summaryText,
  toggleFilter,
  type FilterCounts,
} from '../../../src/lib/search/results-page';

describe('summaryText: Pagefind’s own wording', () => {
  it.each([
    ['volume', 29, '29 results for volume'],
    ['--rm', 1, '1 result for --rm'],
    ['qzxjvwk', 0, 'No results for qzxjvwk'],
    ['', 12, ''],
  ])('%j, %i → %j', (term, count, expected) => expect(summaryText(term, count)).toBe(expected));
});

describe('searchingText', () => {
  it.each([
    ['bridge', 'Searching for bridge…'],
    ['', ''],
  ])('%j → %j', (term, expected) => expect(searchingText(term)).toBe(expected));
});

describe('batches of results', () => {
  it.each([
    [0, 29, RESULT_BATCH, 10],
    [10, 29, RESULT_BATCH, 20],
    [20, 29, RESULT_BATCH, 29],
    [29, 29, RESULT_BATCH, 29],
    [0, 3, RESULT_BATCH, 3],
    [0, 0, RESULT_BATCH, 0],
    [-5, 8, 5, 5],
    [0, 8, 0, 1],
  ])('shown %i of %i, batch %i → up to %i', (shown, total, batch, expected) => expect(nextBatchEnd(shown, total, batch)).toBe(expected));

  it.each([
    [10, 29, 'Show 10 more results (19 left)'],
    [20, 29, 'Show 9 more results (9 left)'],
    [28, 29, 'Show 1 more result (1 left)'],
    [29, 29, ''],
    [0, 0, ''],
  ])('shown %i of %i → %j', (shown, total, expected) => expect(moreLabel(shown, total)).toBe(expected));
});

describe('filterOptions: the kind filter as Pagefind’s pane shows it', () => {
  const order = ['Lesson', 'Command', 'Session', 'Glossary'];
  const available: FilterCounts = { type: { Command: 19, Glossary: 0, Lesson: 7, Session: 2 } };

  it('lists the given order first, with what ticking each would find, marking the ones that find nothing', () => {
    expect(filterOptions('type', order, available, available, {})).toEqual([
      { value: 'Lesson', count: 7, checked: false, empty: false },
      { value: 'Command', count: 19, checked: false, empty: false },
      { value: 'Session', count: 2, checked: false, empty: false },
      { value: 'Glossary', count: 0, checked: false, empty: true },
    ]);
  });

  it('a ticked value shows its count on its own and is never empty; the others, what they add', () => {
    const narrowed: FilterCounts = { type: { Command: 0, Glossary: 0, Lesson: 7, Session: 0 } };
    expect(filterOptions('type', order, narrowed, available, { type: ['Lesson'] })).toEqual([
      { value: 'Lesson', count: 7, checked: true, empty: false },
      { value: 'Command', count: 0, checked: false, empty: true },
      { value: 'Session', count: 0, checked: false, empty: true },
      { value: 'Glossary', count: 0, checked: false, empty: true },
    ]);
    const none: FilterCounts = { type: { Lesson: 0 } };
    expect(filterOptions('type', ['Lesson'], none, none, { type: ['Lesson'] })).toEqual([
      { value: 'Lesson', count: 0, checked: true, empty: false },
    ]);
  });

  it('adds values the index holds that the page was not drawn with, after the given order', () => {
    const counts: FilterCounts = { type: { Lesson: 1, Recipe: 3 } };
    expect(filterOptions('type', ['Lesson'], counts, counts, {}).map((o) => o.value)).toEqual(['Lesson', 'Recipe']);
  });

  it('with no counts yet (or another filter only), every value is empty at 0', () => {
    expect(filterOptions('type', ['Lesson'], null, null, {})).toEqual([{ value: 'Lesson', count: 0, checked: false, empty: true }]);
    expect(filterOptions('type', ['Lesson'], { topic: { x: 1 } }, null, {})).toEqual([
      { value: 'Lesson', count: 0, checked: false, empty: true },
    ]);
  });
});

describe('toggleFilter', () => {
  it.each([
    [{}, 'Lesson', true, { type: ['Lesson'] }],
    [{ type: ['Lesson'] }, 'Command', true, { type: ['Lesson', 'Command'] }],
    [{ type: ['Lesson'] }, 'Lesson', true, { type: ['Lesson'] }],
    [{ type: ['Lesson', 'Command'] }, 'Lesson', false, { type: ['Command'] }],
    [{ type: ['Lesson'] }, 'Lesson', false, {}],
    [{ topic: ['x'], type: ['Lesson'] }, 'Lesson', false, { topic: ['x'] }],
    [{ topic: [], type: [] }, 'Lesson', false, {}],
  ])('%j, %s ticked %s → %j', (selection, value, on, expected) => expect(toggleFilter(selection, 'type', value, on)).toEqual(expected));

  it('leaves the selection it was given as it was', () => {
    const before = { type: ['Lesson'] };
    toggleFilter(before, 'type', 'Command', true);
    expect(before).toEqual({ type: ['Lesson'] });
  });
});

describe('resultKeyMove: arrows between the box (-1) and the results', () => {
  it.each([
    ['ArrowDown', -1, 5, { to: 'item', index: 0 }],
    ['ArrowDown', 0, 5, { to: 'item', index: 1 }],
    ['ArrowDown', 4, 5, { to: 'none' }],
    ['ArrowDown', -1, 0, { to: 'none' }],
    ['ArrowUp', 3, 5, { to: 'item', index: 2 }],
    ['ArrowUp', 0, 5, { to: 'input' }],
    ['ArrowUp', -1, 5, { to: 'none' }],
    ['Enter', 2, 5, { to: 'none' }],
    ['a', 2, 5, { to: 'none' }],
  ])('%s at %i of %i → %j', (key, index, count, expected) => expect(resultKeyMove(key, index, count)).toEqual(expected));
});
