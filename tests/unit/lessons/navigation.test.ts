import { describe, expect, it } from 'vitest';
import { courseOrder, lessonSlug, neighbours, showToc, tableOfContents } from '../../../src/lib/lessons/navigation';

const l = (id: string, order: number) => ({ id, data: { order } });

describe('courseOrder and neighbours', () => {
  const ordered = courseOrder([l('c', 3), l('a', 1), l('b', 2)]);
  it('sorts by order', () => expect(ordered.map((x) => x.id)).toEqual(['a', 'b', 'c']));
  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
    ['zzz', undefined, undefined],
  ])('%s → prev %s, next %s', (id, prev, next) => {
    const n = neighbours(ordered, id);
    expect(n.prev?.id).toBe(prev);
    expect(n.next?.id).toBe(next);
  });
});

describe('tableOfContents', () => {
  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = tableOfContents([
      { depth: 3, slug: 'orphan', text: 'Orphan' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
      { depth: 1, slug: 'title', text: 'Title' },
    ]);
    expect(toc).toEqual([
      { depth: 3, slug: 'orphan', text: 'Orphan', children: [] },
      { depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a1', text: 'A1', children: [] }] },
      { depth: 2, slug: 'b', text: 'B', children: [] },
    ]);
  });
});

describe('showToc', () => {
  const h2 = (n: number) => Array.from({ length: n }, (_, i) => ({ depth: 2, slug: `s${i}`, text: `S${i}` }));
  it.each([
    [2, undefined, false],
    [3, undefined, true],
    [5, false, false],
    [1, true, true],
  ])('%i sections, forced %s → %s', (n, forced, expected) => expect(showToc(h2(n), forced)).toBe(expected));
});

describe('lessonSlug', () => {
  it.each([
    ['03-run-flask.mdx', 'run-flask'],
    ['12_managed-services.mdx', 'managed-services'],
    ['cors.md', 'cors'],
    ['2024-notes.mdx', 'notes'],
  ])('%s → %s', (entry, slug) => expect(lessonSlug(entry)).toBe(slug));
});
