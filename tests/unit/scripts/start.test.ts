/**
 * `npm start` builds only when it must: when there is no build, or when any
 * source (a file deep in src/ or content/, public/, the Astro config, the
 * lockfile) is newer than dist/index.html. Played over a temp project folder
 * with set modification times.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNeeded, newest, SOURCES } from '../../../scripts/lib/freshness.mjs';

const T0 = new Date('2026-01-01T00:00:00Z');
const later = (s: number) => new Date(T0.getTime() + s * 1000);
let root: string;

function file(path: string, time = T0) {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, 'x');
  utimesSync(full, time, time);
  // A new file touches its folders; keep them at T0 so only the file counts.
  for (let dir = dirname(full); dir.startsWith(root) && dir !== root; dir = dirname(dir)) utimesSync(dir, T0, T0);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cn-start-'));
  for (const s of ['src/pages/index.astro', 'content/lessons/01-a.mdx', 'public/favicon.svg', 'astro.config.mjs', 'package-lock.json'])
    file(s);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildNeeded', () => {
  it('builds when there is no build', () => {
    expect(buildNeeded(root)).toBe('missing');
  });

  it('serves a build newer than every source as it is', () => {
    file('dist/index.html', later(10));
    expect(buildNeeded(root)).toBeUndefined();
  });

  it.each(['src/lib/deep/nested/module.ts', 'content/lessons/02-b.mdx', 'public/robots.txt', 'astro.config.mjs', 'package-lock.json'])(
    'rebuilds when %s changed after the build',
    (path) => {
      file('dist/index.html', later(10));
      file(path, later(20));
      expect(buildNeeded(root)).toBe('stale');
    },
  );

  it('ignores changes outside the sources (tests, docs)', () => {
    file('dist/index.html', later(10));
    file('tests/unit/x.test.ts', later(20));
    file('README.md', later(20));
    expect(buildNeeded(root)).toBeUndefined();
  });

  it('rebuilds when a file was deleted (its folder changed)', () => {
    file('dist/index.html', later(10));
    utimesSync(join(root, 'content/lessons'), later(20), later(20));
    expect(buildNeeded(root)).toBe('stale');
  });
});

describe('newest', () => {
  it('is 0 for a missing path and the newest time inside a folder', () => {
    expect(newest(join(root, 'nope'))).toBe(0);
    file('src/a/b.ts', later(5));
    expect(newest(join(root, 'src'))).toBe(later(5).getTime());
  });

  it('watches what the build reads', () => {
    expect(SOURCES).toEqual(expect.arrayContaining(['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json']));
  });
});
