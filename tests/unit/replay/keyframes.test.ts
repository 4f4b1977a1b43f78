import { describe, expect, it } from 'vitest';
import { buildKeyframes, type Snapshotter } from '../../../src/lib/replay/keyframe-builder.ts';
import { KeyframeStore, keyframePlan, planKeyframes, type Keyframe } from '../../../src/lib/replay/keyframes.ts';
import { affordablePosterTime, restartFor } from '../../../src/lib/replay/restart.ts';
import { buildShortcuts } from '../../../src/lib/replay/shortcut.ts';
import { buildTimeline, copyTimeline } from '../../../src/lib/replay/timeline.ts';
import { recording } from './helpers.ts';

/** outputAt for events of the given output lengths. */
function offsets(lengths: number[]): number[] {
  const out = [0];
  for (const l of lengths) out.push(out[out.length - 1]! + l);
  return out;
}

describe('planKeyframes', () => {
  it.each([
    ['too little output for any', [10, 10, 10], { threshold: 100, minSpacing: 10 }, []],
    ['every spacing characters, after the event that crosses it', [10, 10, 10, 10, 10, 10], { threshold: 0, minSpacing: 20 }, [2, 4]],
    ['one huge event crosses several spacings but gives one keyframe', [5, 100, 5, 30, 1], { threshold: 0, minSpacing: 20 }, [2, 4]],
    ['capped at max, spacing widened to total / (max + 1)', Array(100).fill(10), { threshold: 0, minSpacing: 1, max: 4 }, [20, 40, 60, 80]],
    ['never at the last event (nothing after it to save)', [50, 50], { threshold: 0, minSpacing: 50 }, [1]],
    ['max 0 gives none', [50, 50, 50], { threshold: 0, minSpacing: 10, max: 0 }, []],
  ])('%s', (_name, lengths, options, expected) => {
    expect([...planKeyframes(offsets(lengths), options)]).toEqual(expected);
  });

  it('spaces a 50 MB output about 250 KB apart, 200 at most', () => {
    const plan = planKeyframes(offsets(Array(50_000).fill(1000)));
    expect(plan.length).toBeLessThanOrEqual(200);
    expect(plan.length).toBeGreaterThan(190);
    expect(plan[1]! - plan[0]!).toBe(249);
  });
});

const frame = (count: number, data = 'x'): Keyframe => ({ count, cols: 80, rows: 24, data });

describe('KeyframeStore', () => {
  it('finds the latest keyframe at or before a count', () => {
    const store = new KeyframeStore();
    expect(store.atOrBefore(10)).toBeUndefined();
    store.add([frame(5), frame(10)]);
    store.add([frame(20)]);
    expect([4, 5, 9, 10, 19, 20, 1000].map((c) => store.atOrBefore(c)?.count)).toEqual([undefined, 5, 5, 10, 10, 20, 20]);
  });

  it('ignores out-of-order keyframes and those past its character budget', () => {
    const store = new KeyframeStore(10);
    expect(store.add([frame(5, 'aaaa'), frame(3, 'b'), frame(5, 'c'), frame(8, 'dddd'), frame(9, 'eeee'), frame(10, 'ff')])).toBe(3);
    expect(store.size).toBe(3);
    expect(store.atOrBefore(9)?.count).toBe(8);
    expect(store.atOrBefore(10)?.data).toBe('ff');
  });
});

describe('restartFor', () => {
  // 10 events of 100 characters each, in a full-screen recording (no shortcuts).
  const cast = recording([
    '{"version": 2, "width": 10, "height": 3}',
    ...Array.from({ length: 10 }, (_, i) => JSON.stringify([i + 1, 'o', `\x1b[?1049h${'y'.repeat(92)}`])),
  ]);
  const timeline = buildTimeline(cast);
  const shortcuts = buildShortcuts(timeline);
  const store = new KeyframeStore();
  store.add([frame(4, 'k'.repeat(50)), frame(8, 'k'.repeat(50))]);

  it.each([
    ['forward, nothing cheaper: write on', 6, 5, undefined],
    ['from a poster frame, no keyframe yet: from the start', 2, -1, 0],
    ['from a poster frame: the keyframe', 6, -1, 4],
    ['backward: the keyframe before the target', 9, 10, 8],
    ['backward before any keyframe: from the start', 3, 10, 0],
    ['far forward: the keyframe beats writing on', 10, 1, 8],
    ['forward past a keyframe, but writing on is cheap enough', 9, 7, undefined],
  ])('%s', (_name, count, applied, expected) => {
    expect(restartFor(timeline, shortcuts, store, count, applied)?.count).toBe(expected);
  });

  it('restores the keyframe at its own size and data', () => {
    expect(restartFor(timeline, shortcuts, store, 5, -1)).toEqual({ count: 4, cols: 80, rows: 24, data: 'k'.repeat(50) });
    expect(restartFor(timeline, shortcuts, undefined, 5, -1)).toEqual({ count: 0, cols: 10, rows: 3, data: '' });
  });
});

describe('buildKeyframes', () => {
  const cast = recording([
    '{"version": 2, "width": 10, "height": 3}',
    ...Array.from({ length: 20 }, (_, i) => JSON.stringify([i + 1, i === 10 ? 'r' : 'o', i === 10 ? '20x5' : `e${i}`])),
  ]);
  const timeline = buildTimeline(cast);

  /** Records what it is given; refuses to snapshot when the output so far ends in one of `refuse`. */
  function fake(refuse: string[] = []) {
    let text = '';
    let size = '10x3';
    const term: Snapshotter = {
      write: async (d) => void (text += d),
      resize: (c, r) => void (size = `${c}x${r}`),
      snapshot: async () => (refuse.some((r) => text.endsWith(r)) ? undefined : `${size}:${text}`),
    };
    return term;
  }

  it('snapshots at the planned counts, in batches, with the size in effect', async () => {
    const batches: Keyframe[][] = [];
    const taken = await buildKeyframes(timeline, fake(), { plan: Int32Array.from([2, 12, 15]), batch: 2, onBatch: (b) => batches.push(b) });
    expect(taken).toBe(3);
    expect(batches.map((b) => b.map((f) => f.count))).toEqual([[2, 12], [15]]);
    expect(batches[0]![0]).toEqual({ count: 2, cols: 10, rows: 3, data: '10x3:e0e1' });
    expect(batches[0]![1]).toMatchObject({ count: 12, cols: 20, rows: 5 });
  });

  it('tries later events when a state cannot be captured, and gives up after `retries`', async () => {
    const frames: Keyframe[] = [];
    const onBatch = (b: Keyframe[]) => frames.push(...b);
    await buildKeyframes(timeline, fake(['e2', 'e3', 'e6', 'e7', 'e8']), { plan: Int32Array.from([3, 7]), retries: 2, onBatch });
    expect(frames.map((f) => f.count)).toEqual([5]);
  });

  it('stops when cancelled', async () => {
    const frames: Keyframe[] = [];
    let calls = 0;
    const cancelled = () => ++calls > 1;
    await buildKeyframes(timeline, fake(), { plan: Int32Array.from([2, 4, 6]), batch: 1, cancelled, onBatch: (b) => frames.push(...b) });
    expect(frames.map((f) => f.count)).toEqual([2]);
  });
});

describe('affordablePosterTime', () => {
  const lines = (data: string[]) =>
    buildTimeline(recording(['{"version": 2, "width": 10, "height": 3}', ...data.map((d, i) => JSON.stringify([i + 1, 'o', d]))]));

  it.each([
    ['cheap: the usual poster (the end, without markers)', ['a', 'b', 'c'], 100, 3000],
    ['too much output to replay: the start', ['\x1b[?1049h', 'x'.repeat(200), 'y'], 100, 0],
    ['plain output is cheap through the shortcuts', Array.from({ length: 40 }, () => `${'z'.repeat(20)}\r\n`), 400, 40_000],
  ])('%s', (_name, data, budget, expected) => {
    const timeline = lines(data);
    expect(affordablePosterTime(timeline, buildShortcuts(timeline), budget)).toBe(expected);
  });
});

describe('keyframePlan and copyTimeline', () => {
  const timeline = buildTimeline(
    recording([
      '{"version": 2, "width": 10, "height": 3}',
      ...Array.from({ length: 300 }, (_, i) => JSON.stringify([i, 'o', 'z'.repeat(1000)])),
    ]),
  );

  it('plans a timeline by its output', () => {
    expect([...keyframePlan(timeline)]).toEqual([...planKeyframes(timeline.outputAt)]);
    expect(keyframePlan(timeline).length).toBe(4);
  });

  it('copies the typed arrays, so the original can be handed to another thread', () => {
    const copy = copyTimeline(timeline);
    expect(copy).toEqual(timeline);
    copy.outputAt[1] = 7;
    expect(timeline.outputAt[1]).toBe(1000);
  });
});
