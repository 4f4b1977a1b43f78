import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  queryFromSearch,
  searchPageHref,
  searchStringFor,
  wordsFromMissingPath,
} from '../../../src/lib/search/query';

describe('normalizeQuery', () => {
  it.each([
    ['  bridge   network ', 'bridge network'],
    ['\tRUN\nvs  CMD', 'RUN vs CMD'],
    ['--rm', '--rm'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (raw, expected) => expect(normalizeQuery(raw)).toBe(expected));

  it('caps the length', () => expect(normalizeQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH));
});

describe('queryFromSearch', () => {
  it.each([
    ['?q=bridge', 'bridge'],
    ['q=bridge', 'bridge'],
    ['?q=--rm', '--rm'],
    ['?q=docker+run+-p', 'docker run -p'],
    ['?q=RUN%20vs%20CMD', 'RUN vs CMD'],
    ['?q=%E2%80%9Csame-origin%E2%80%9D', '“same-origin”'],
    ['?q=', ''],
    ['?other=1', ''],
    ['', ''],
    ['?q=a&q=b', 'a'],
  ])('%j → %j', (search, expected) => expect(queryFromSearch(search)).toBe(expected));
});

describe('searchPageHref and searchStringFor', () => {
  it.each([
    ['bridge', '/search/?q=bridge', '?q=bridge'],
    ['--rm', '/search/?q=--rm', '?q=--rm'],
    ['RUN vs CMD', '/search/?q=RUN%20vs%20CMD', '?q=RUN%20vs%20CMD'],
    ['a&b=c', '/search/?q=a%26b%3Dc', '?q=a%26b%3Dc'],
    ['  ', '/search/', ''],
    ['', '/search/', ''],
  ])('%j → %s, %s', (q, href, search) => {
    expect(searchPageHref(q)).toBe(href);
    expect(searchStringFor(q)).toBe(search);
  });

  it('round-trips through queryFromSearch', () => {
    for (const q of ['--rm', 'RUN vs CMD', 'a&b=c', '100% "quoted"', 'ünïcode']) {
      expect(queryFromSearch(searchStringFor(q))).toBe(q);
    }
  });
});

describe('wordsFromMissingPath', () => {
  it.each([
    ['/lessons/compose-netwrks/', 'compose netwrks'],
    ['/commands/docker-run-rm', 'docker run rm'],
    ['/lessons/dockerfile.html', 'dockerfile'],
    ['/playground/flask_api/', 'flask api'],
    ['/bridge%20network', 'bridge network'],
    ['/caf%C3%A9', 'café'],
    ['/100%-bad', '100 bad'],
    ['/', ''],
    ['/lessons/', ''],
    ['/a/b/c/d/e/f/g/h', 'a b c d e f'],
    ['/<script>alert(1)</script>', 'script alert 1 script'],
    ['/Docker-Run', 'docker run'],
  ])('%j → %j', (path, expected) => expect(wordsFromMissingPath(path)).toBe(expected));
});
