import { describe, expect, it } from 'vitest';
import { lessonsBySession, sessionEmbeds, sessionPlaceholders } from '../../../src/lib/sessions/usage.ts';
import { checkSession } from '../../../src/lib/sessions/session-schema.ts';

describe('sessionEmbeds and sessionPlaceholders', () => {
  const mdx = 'Text\n<Session slug="run-flags" />\n{/* session: logs */}\n<Session  slug=\'logs\'/>\n<Sessions slug="x" />';
  it('finds embeds', () => expect(sessionEmbeds(mdx)).toEqual(['run-flags', 'logs']));
  it('finds placeholders', () => expect(sessionPlaceholders(mdx)).toEqual(['logs']));
});

describe('lessonsBySession', () => {
  it('lists lessons per session in course order, once each', () => {
    const map = lessonsBySession([
      { id: 'b', title: 'B', order: 2, body: '<Session slug="x" /><Session slug="x" />' },
      { id: 'a', title: 'A', order: 1, body: '<Session slug="x" /><Session slug="y" />' },
    ]);
    expect(map.get('x')!.map((l) => l.id)).toEqual(['a', 'b']);
    expect(map.get('y')!.map((l) => l.id)).toEqual(['a']);
  });
});

describe('checkSession', () => {
  const header =
    '{"version": 3, "term": {"cols": 80, "rows": 24}, "title": "T t", "description": "A description of twenty characters or more."}';
  it('accepts a session with a title, a description and markers', () => {
    const result = checkSession('a.cast', `${header}\n[0.1, "m", "docker ps"]\n[0.1, "o", "x"]`);
    expect(result).toMatchObject({ ok: true, session: { title: 'T t', commands: ['docker ps'], duration: 200 } });
  });

  it.each([
    ['a broken line', `${header}\n[0.1, "m", "ls"]\n[oops]`, /^a\.cast:3: not valid JSON/],
    ['no markers', `${header}\n[0.1, "o", "x"]`, /^a\.cast:1: the recording has no markers/],
    [
      'no title',
      '{"version": 2, "width": 80, "height": 24, "description": "A description of twenty characters."}\n[0.1, "m", "ls"]',
      /no "title"/,
    ],
    ['no description', '{"version": 2, "width": 80, "height": 24, "title": "T t"}\n[0.1, "m", "ls"]', /no "description"/],
    ['an empty marker', `${header}\n[0.1, "m", ""]`, /marker 1 has no label/],
  ])('rejects %s with file and line', (_name, text, message) => {
    const result = checkSession('a.cast', text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(message);
  });
});
