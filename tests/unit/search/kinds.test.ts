import { describe, expect, it } from 'vitest';
import { isSearchKind, kindFilterAttribute, kindLabel, kindLabelsOf, SEARCH_KINDS } from '../../../src/lib/search/kinds';

describe('kindLabel and kindFilterAttribute', () => {
  it.each([
    ['lesson', 'Lesson', 'type:Lesson'],
    ['command', 'Command', 'type:Command'],
    ['session', 'Session', 'type:Session'],
  ])('%s → %s, %s', (kind, label, attr) => {
    expect(kindLabel(kind)).toBe(label);
    expect(kindFilterAttribute(kind)).toBe(attr);
  });

  it.each(['', 'Lesson', 'lessons', 'page', ' lesson'])('rejects %j with the accepted kinds', (kind) => {
    expect(() => kindLabel(kind)).toThrow(/expected one of lesson, command, session/);
  });

  it('lists every kind once', () => expect(new Set(SEARCH_KINDS).size).toBe(SEARCH_KINDS.length));
});

describe('isSearchKind', () => {
  it.each([
    ['lesson', true],
    ['session', true],
    ['Session', false],
    [undefined, false],
    [3, false],
  ])('%j → %s', (value, expected) => expect(isSearchKind(value)).toBe(expected));
});

describe('kindLabelsOf', () => {
  it.each([
    [{ type: ['Lesson'] }, ['Lesson']],
    [{ type: ['Command', 'Session'] }, ['Command', 'Session']],
    [{ type: ['', ' ', 'Lesson', 4] }, ['Lesson']],
    [{ other: ['x'] }, []],
    [{ type: 'Lesson' }, []],
    [null, []],
    [undefined, []],
    ['type:Lesson', []],
  ])('%j → %j', (filters, expected) => expect(kindLabelsOf(filters)).toEqual(expected));
});
