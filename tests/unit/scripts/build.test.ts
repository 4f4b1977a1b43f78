/**
 * `npm run build` never writes into the folder a server is reading: it
 * builds into a fresh folder and swaps it in when complete, and a failed
 * build leaves the served one as it was. And it refuses to publish files
 * nginx would refuse to serve.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORBIDDEN_NAME, forbiddenFiles } from '../../../scripts/lib/forbidden-names.mjs';
import { buildAndSwap } from '../../../scripts/lib/swap-build.mjs';

let root: string;
let dist: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cn-build-'));
  dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'old build');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildAndSwap', () => {
  it('leaves the served folder whole while building, then swaps the new build in', async () => {
    const seenDuringBuild: string[] = [];
    await buildAndSwap(dist, (dir) => {
      expect(dir).not.toBe(dist);
      mkdirSync(dir);
      writeFileSync(join(dir, 'index.html'), 'new build');
      seenDuringBuild.push(readFileSync(join(dist, 'index.html'), 'utf8'));
    });
    expect(seenDuringBuild).toEqual(['old build']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new build');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('keeps the served folder untouched when the build fails, and cleans up', async () => {
    await expect(
      buildAndSwap(dist, (dir) => {
        mkdirSync(dir);
        writeFileSync(join(dir, 'half.html'), 'half');
        throw new Error('astro build failed');
      }),
    ).rejects.toThrow('astro build failed');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old build');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('builds when there is no previous build, and clears leftovers of an interrupted one', async () => {
    rmSync(dist, { recursive: true });
    mkdirSync(`${dist}.next`);
    writeFileSync(join(`${dist}.next`, 'stale.html'), 'stale');
    await buildAndSwap(dist, (dir) => {
      mkdirSync(dir);
      writeFileSync(join(dir, 'index.html'), 'first');
    });
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(existsSync(`${dist}.next`)).toBe(false);
  });
});

describe('forbidden names', () => {
  it.each([
    'notes.bak',
    'index.html~',
    'site.conf',
    'deploy.sh',
    'dump.sql',
    'error.log',
    'a.orig',
    '.x.swp',
    '.x.swo',
    '#draft#',
    'php.ini',
    'BACKUP.BAK',
  ])('refuses %s', (name) => expect(FORBIDDEN_NAME.test(name)).toBe(true));

  it.each([
    'index.html',
    'app.B1x2.js',
    'list-images.cast',
    'pagefind-entry.json',
    'wasm.en.pagefind',
    'style.css',
    'bash.svg',
    'shell.html',
  ])('allows %s', (name) => expect(FORBIDDEN_NAME.test(name)).toBe(false));

  it('lists every refused file below a folder, nested ones included', () => {
    mkdirSync(join(dist, 'lessons', 'cors'), { recursive: true });
    writeFileSync(join(dist, 'lessons', 'cors', 'index.html.orig'), 'x');
    writeFileSync(join(dist, 'deploy.sh'), 'x');
    expect(forbiddenFiles(dist)).toEqual(['deploy.sh', 'lessons/cors/index.html.orig']);
  });

  it('matches the pattern nginx refuses (conf.d/site.conf)', () => {
    const site = readFileSync('nginx/conf.d/site.conf', 'utf8');
    expect(site).toContain(`location ~* ${FORBIDDEN_NAME.source} {`);
  });
});
