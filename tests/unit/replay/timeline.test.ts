import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  countAtOrBefore,
  eventCountAt,
  markerAt,
  nextFrame,
  posterTime,
  previousFrame,
  replayOps,
  sizeAt,
} from '../../../src/lib/replay/timeline.ts';
import { recording } from './helpers.ts';

const cast = recording([
  '{"version": 2, "width": 80, "height": 24, "idle_time_limit": 2}',
  '[0.5, "o", "$ "]',
  '[1.0, "m", "docker ps"]',
  '[1.1, "o", "docker ps"]',
  '[1.2, "o", "\\r\\n"]',
  '[10.0, "o", "CONTAINER ID\\r\\n"]',
  '[10.5, "r", "100x30"]',
  '[11.0, "o", "$ "]',
  '[12.0, "m", "docker ps -a"]',
  '[12.5, "o", "done"]',
]);

describe('buildTimeline', () => {
  it('caps each pause at the idle time limit (header value by default)', () => {
    const tl = buildTimeline(cast);
    // The 8.8 s pause before "CONTAINER ID" becomes 2 s.
    expect(Array.from(tl.times)).toEqual([500, 1000, 1100, 1200, 3200, 3700, 4200, 5200, 5700]);
    expect(tl.duration).toBe(5700);
  });

  it('lets the caller override or disable the limit', () => {
    expect(buildTimeline(cast, { idleTimeLimit: Infinity }).duration).toBe(12500);
    expect(buildTimeline(cast, { idleTimeLimit: 500 }).duration).toBe(3700);
  });

  it('collects markers with their labels', () => {
    expect(buildTimeline(cast).markers).toEqual([
      { index: 0, time: 1000, label: 'docker ps' },
      { index: 1, time: 5200, label: 'docker ps -a' },
    ]);
  });

  it('lists frames: times of output and resizes, without repeats', () => {
    expect(Array.from(buildTimeline(cast).frames)).toEqual([500, 1100, 1200, 3200, 3700, 4200, 5700]);
  });

  it('handles an empty recording', () => {
    const tl = buildTimeline(recording(['{"version": 2, "width": 80, "height": 24}']));
    expect(tl.duration).toBe(0);
    expect(posterTime(tl)).toBe(0);
  });
});

describe('timeline queries', () => {
  const tl = buildTimeline(cast);
  it.each([
    [[], 5, 0],
    [[1, 2, 2, 3], 2, 3],
    [[1, 2, 2, 3], 0, 0],
    [[1, 2, 2, 3], 9, 4],
  ] as const)('countAtOrBefore(%j, %d) = %d', (arr, t, n) => {
    expect(countAtOrBefore(arr, t)).toBe(n);
  });

  it('counts events at a time, inclusive', () => {
    expect(eventCountAt(tl, 0)).toBe(0);
    expect(eventCountAt(tl, 500)).toBe(1);
    expect(eventCountAt(tl, 1150)).toBe(3);
    expect(eventCountAt(tl, 1e9)).toBe(9);
  });

  it('joins output between resizes into single writes', () => {
    expect(replayOps(tl, 0, 9)).toEqual([
      { kind: 'write', data: '$ docker ps\r\nCONTAINER ID\r\n' },
      { kind: 'resize', cols: 100, rows: 30 },
      { kind: 'write', data: '$ done' },
    ]);
    expect(replayOps(tl, 2, 4)).toEqual([{ kind: 'write', data: 'docker ps\r\n' }]);
    expect(replayOps(tl, 4, 4)).toEqual([]);
  });

  it('knows the size in effect', () => {
    expect(sizeAt(tl, 5)).toEqual({ cols: 80, rows: 24 });
    expect(sizeAt(tl, 6)).toEqual({ cols: 100, rows: 30 });
  });

  it('finds the command at a time', () => {
    expect(markerAt(tl, 999)).toBe(-1);
    expect(markerAt(tl, 1000)).toBe(0);
    expect(markerAt(tl, 5199)).toBe(0);
    expect(markerAt(tl, 9999)).toBe(1);
  });

  it('steps frame by frame', () => {
    expect(nextFrame(tl, 0)).toBe(500);
    expect(nextFrame(tl, 500)).toBe(1100);
    expect(nextFrame(tl, 5700)).toBe(5700);
    expect(previousFrame(tl, 1100)).toBe(500);
    expect(previousFrame(tl, 1150)).toBe(500);
    expect(previousFrame(tl, 500)).toBe(0);
  });

  it('puts the poster at the end of the first command', () => {
    expect(posterTime(tl)).toBeCloseTo(5199.999);
  });
});
