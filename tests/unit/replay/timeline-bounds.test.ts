import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/lib/replay/engine.ts';
import { MAX_PAUSE } from '../../../src/lib/replay/limits.ts';
import { buildTimeline, eventAt } from '../../../src/lib/replay/timeline.ts';
import { dispatchRecorder, fakeClock, FakeTerminal, recording } from './helpers.ts';

const DAY = 24 * 3600;

describe('buildTimeline: bounds', () => {
  it('caps a 30-day pause at MAX_PAUSE when the recording sets no idle limit', () => {
    const t = buildTimeline(recording(['{"version": 2, "width": 80, "height": 24}', '[1, "o", "a"]', `[${30 * DAY}, "o", "b"]`]));
    expect(t.duration).toBe(1000 + MAX_PAUSE);
  });

  it('an idle-limit option overrides the header, and Infinity still stops at MAX_PAUSE', () => {
    const rec = recording(['{"version": 2, "width": 80, "height": 24, "idle_time_limit": 1}', '[5, "o", "a"]', '[500, "o", "b"]']);
    expect(buildTimeline(rec).duration).toBe(2000);
    expect(buildTimeline(rec, { idleTimeLimit: 3000 }).duration).toBe(6000);
    expect(buildTimeline(rec, { idleTimeLimit: Infinity }).duration).toBe(5000 + MAX_PAUSE);
  });

  it('sanitises output once, carrying a split sequence to the next event', () => {
    const t = buildTimeline(
      recording(['{"version": 2, "width": 80, "height": 24}', '[0.1, "o", "x\\u001b[99999"]', '[0.2, "o", "9999C!"]']),
    );
    expect([eventAt(t, 0).data, eventAt(t, 1).data]).toEqual(['x', '\x1b[9999C!']);
  });
});

describe('Engine: edge recordings', () => {
  it('a zero-length recording ends at once when played', () => {
    const clock = fakeClock();
    const rec = dispatchRecorder();
    const t = buildTimeline(recording(['{"version": 2, "width": 80, "height": 24}']));
    const engine = new Engine(t, { terminal: new FakeTerminal(), clock, dispatch: rec.dispatch });
    engine.play();
    expect(engine.state).toBe('ended');
    expect(clock.pending()).toBe(0);
  });

  it('all events at time 0 end at once too', () => {
    const clock = fakeClock();
    const term = new FakeTerminal();
    const t = buildTimeline(recording(['{"version": 2, "width": 80, "height": 24}', '[0, "o", "hi"]']));
    const engine = new Engine(t, { terminal: term, clock });
    engine.play();
    expect(engine.state).toBe('ended');
    expect(term.screen).toBe('hi');
  });
});
