/**
 * scriptJson: the only guard between command data and the HTML parser in a
 * `<script type="application/json">` block. No text may end the element or
 * open a comment, and the data must come back unchanged.
 */
import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../../src/lib/commands/docs';

/** What the HTML parser ends a script element's text at, or turns into comment state. */
const DANGERS = [/<\/script/i, /<!--/, /<script/i];

describe('scriptJson', () => {
  it.each([
    ['a closing tag', { text: 'echo </script><script>alert(1)</script>' }],
    ['a closing tag in capitals', ['</SCRIPT >']],
    ['a comment opener', { note: '<!-- hidden -->' }],
    ['an opening tag', '<script>'],
    ['nested data', { a: [{ b: 'x</script' }], c: null, d: 3 }],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
    ['plain text', { command: 'docker run --rm -p 8080:80 nginx' }],
  ])('keeps %s from the parser and round-trips it', (_, value) => {
    const json = scriptJson(value);
    for (const danger of DANGERS) expect(json).not.toMatch(danger);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('escapes every < and nothing else', () => {
    expect(scriptJson('a<b>c&d')).toBe('"a\\u003cb>c&d"');
  });
});
