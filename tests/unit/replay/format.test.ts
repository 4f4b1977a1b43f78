import { describe, expect, it } from 'vitest';
import { describePosition, formatSpeed, formatTime } from '../../../src/lib/replay/format.ts';

describe('formatTime', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [65_000, '1:05'],
    [3_600_000 + 61_000, '1:01:01'],
    [-5, '0:00'],
    [Number.NaN, '0:00'],
  ])('%d ms → %s', (ms, text) => expect(formatTime(ms)).toBe(text));
});

describe('describePosition', () => {
  it.each([
    [0, 65_000, '0 seconds of 1 minute 5 seconds'],
    [1000, 120_000, '1 second of 2 minutes'],
    [3_661_000, 7_200_000, '1 hour 1 minute 1 second of 2 hours'],
  ])('%d of %d', (p, d, text) => expect(describePosition(p, d)).toBe(text));
});

describe('formatSpeed', () => {
  it.each([
    [1, '1×'],
    [0.25, '0.25×'],
    [1.5, '1.5×'],
  ])('%d', (s, text) => expect(formatSpeed(s)).toBe(text));
});
