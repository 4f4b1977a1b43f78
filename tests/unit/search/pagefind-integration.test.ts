/**
 * The build's Pagefind step (src/integrations/pagefind.ts) when Pagefind
 * fails: each step's failure stops the build with a message naming the step,
 * and the Pagefind service is stopped every time. A scripted stand-in for
 * Pagefind's Node API plays each failure.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, type PagefindApi } from '../../../src/integrations/pagefind';

interface Script {
  create?: () => Promise<unknown>;
  add?: () => Promise<unknown>;
  write?: (outputPath: string) => Promise<unknown>;
  close?: () => Promise<void>;
}

const ENTRY = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', page_count: 7 } } });

/** A Pagefind stand-in: by default every step succeeds and writes a valid entry file. */
function fakePagefind(script: Script = {}) {
  const calls: string[] = [];
  const api = {
    createIndex: async () => {
      calls.push('createIndex');
      if (script.create) return script.create();
      return {
        errors: [],
        index: {
          addDirectory: async () => {
            calls.push('addDirectory');
            return script.add ? script.add() : { errors: [], page_count: 9 };
          },
          writeFiles: async ({ outputPath }: { outputPath: string }) => {
            calls.push('writeFiles');
            if (script.write) return script.write(outputPath);
            mkdirSync(outputPath, { recursive: true });
            writeFileSync(join(outputPath, 'pagefind-entry.json'), ENTRY);
            return { errors: [], outputPath };
          },
        },
      };
    },
    close: async () => {
      calls.push('close');
      if (script.close) await script.close();
    },
  } as unknown as PagefindApi;
  return { api, calls };
}

function logger() {
  const lines: string[] = [];
  return { lines, info: (m: string) => lines.push(`info: ${m}`), warn: (m: string) => lines.push(`warn: ${m}`) };
}

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'cn-pagefind-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('buildSearchIndex', () => {
  it('indexes, logs the count and stops the service', async () => {
    const { api, calls } = fakePagefind();
    const log = logger();
    await expect(buildSearchIndex(site, log, api)).resolves.toBe(7);
    expect(calls).toEqual(['createIndex', 'addDirectory', 'writeFiles', 'close']);
    expect(log.lines).toEqual([`info: indexed 7 searchable pages (of 9 HTML files) into ${join(site, 'pagefind')}`]);
  });

  const writeEntry = (text: string) => async (outputPath: string) => {
    mkdirSync(outputPath, { recursive: true });
    writeFileSync(join(outputPath, 'pagefind-entry.json'), text);
    return { errors: [], outputPath };
  };

  it.each<[string, Script, RegExp]>([
    [
      'createIndex rejects',
      { create: () => Promise.reject(new Error('binary missing')) },
      /^Pagefind: creating the index failed: binary missing$/,
    ],
    ['createIndex answers errors', { create: async () => ({ errors: ['bad config'] }) }, /creating the index failed:\n {2}- bad config/],
    ['createIndex gives no index', { create: async () => ({ errors: [] }) }, /creating the index returned no index and no error/],
    ['addDirectory rejects', { add: () => Promise.reject(new Error('EACCES')) }, /indexing .* failed: EACCES/],
    ['addDirectory finds no page', { add: async () => ({ errors: [], page_count: 0 }) }, /no page was indexed in /],
    ['addDirectory answers errors', { add: async () => ({ errors: ['unreadable file'] }) }, /indexing .* failed:\n {2}- unreadable file/],
    ['writeFiles answers errors', { write: async () => ({ errors: ['disk full'] }) }, /writing .*pagefind failed:\n {2}- disk full/],
    ['the entry file is missing', { write: async (o) => ({ errors: [], outputPath: o }) }, /reading .*pagefind-entry\.json failed: ENOENT/],
    ['the entry file is not JSON', { write: writeEntry('{ nope') }, /pagefind-entry\.json is not valid JSON/],
    [
      'no page is searchable',
      { write: writeEntry('{"languages":{"en":{"page_count":0}}}') },
      /none of the 9 HTML files in .* is searchable/,
    ],
  ])('fails the build when %s, and still stops the service', async (_, script, message) => {
    const { api, calls } = fakePagefind(script);
    await expect(buildSearchIndex(site, logger(), api)).rejects.toThrow(message);
    expect(calls.at(-1)).toBe('close');
  });

  it('warns, without failing, when the service does not stop cleanly', async () => {
    const { api } = fakePagefind({ close: () => Promise.reject(new Error('already gone')) });
    const log = logger();
    await expect(buildSearchIndex(site, log, api)).resolves.toBe(7);
    expect(log.lines.at(-1)).toBe('warn: could not stop the Pagefind service cleanly: already gone');
  });
});
