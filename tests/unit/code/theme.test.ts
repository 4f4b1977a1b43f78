import { describe, expect, it } from 'vitest';
import { normalizeTheme } from '../../../src/lib/theme';

describe('normalizeTheme', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['auto', 'auto'],
    [null, 'auto'],
    [undefined, 'auto'],
    ['DARK', 'auto'],
    ['', 'auto'],
  ])('%j → %s', (value, expected) => expect(normalizeTheme(value)).toBe(expected));
});
