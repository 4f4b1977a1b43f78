import { describe, expect, it } from 'vitest';
import { BUILD_AND_SERVE, describeError, devServerNotice, isDevServer, loadFailedNotice } from '../../../src/lib/search/availability';

describe('isDevServer', () => {
  it.each([
    [{ DEV: true, MODE: 'development' }, true],
    [{ DEV: false, MODE: 'production' }, false],
    [{ MODE: 'development' }, true],
    [{}, false],
    [undefined, false],
  ])('%j → %s', (env, expected) => expect(isDevServer(env)).toBe(expected));
});

describe('describeError', () => {
  it.each([
    [new Error('could not load /pagefind/pagefind-component-ui.js'), 'could not load /pagefind/pagefind-component-ui.js'],
    [new Error('outer', { cause: new Error('inner') }), 'outer (inner)'],
    [' offline ', 'offline'],
    ['', 'an unknown error'],
    [42, 'an unknown error'],
    [undefined, 'an unknown error'],
  ])('%j → %j', (error, expected) => expect(describeError(error)).toBe(expected));
});

describe('notices', () => {
  it('tells the dev server how to get an index', () => {
    const n = devServerNotice();
    expect(n.command).toBe(BUILD_AND_SERVE);
    expect(BUILD_AND_SERVE).toBe('npm run build && npm start');
    expect(`${n.title} ${n.detail} ${n.fix}`).toMatch(/build/i);
  });

  it('says why loading failed and how to fix it', () => {
    const n = loadFailedNotice(new Error('could not load /pagefind/x.js'));
    expect(n.detail).toContain('could not load /pagefind/x.js');
    expect(n.fix).toMatch(/reload/i);
    expect(n.command).toBe(BUILD_AND_SERVE);
  });
});
