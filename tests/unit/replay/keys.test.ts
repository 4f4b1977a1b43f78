import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/lib/replay/engine.ts';
import { applyAction, keyAction, SHORTCUTS, type PlayerAction } from '../../../src/lib/replay/keys.ts';
import { buildTimeline } from '../../../src/lib/replay/timeline.ts';
import { fakeClock, FakeTerminal, recording } from './helpers.ts';

describe('keyAction', () => {
  it.each<[string, PlayerAction | undefined]>([
    [' ', { type: 'toggle' }],
    ['k', { type: 'toggle' }],
    ['ArrowLeft', { type: 'seekBy', delta: -5000 }],
    ['ArrowRight', { type: 'seekBy', delta: 5000 }],
    ['[', { type: 'previousCommand' }],
    [']', { type: 'nextCommand' }],
    [',', { type: 'stepBackward' }],
    ['.', { type: 'stepForward' }],
    ['0', { type: 'seekFraction', fraction: 0 }],
    ['7', { type: 'seekFraction', fraction: 0.7 }],
    ['<', { type: 'slower' }],
    ['>', { type: 'faster' }],
    ['f', { type: 'fullscreen' }],
    ['Home', { type: 'start' }],
    ['End', { type: 'end' }],
    ['x', undefined],
    ['Enter', undefined],
  ])('%j', (key, action) => {
    expect(keyAction({ key })).toEqual(action);
  });

  it('leaves browser shortcuts alone', () => {
    expect(keyAction({ key: ' ', ctrlKey: true })).toBeUndefined();
    expect(keyAction({ key: '[', metaKey: true })).toBeUndefined();
    expect(keyAction({ key: '1', altKey: true })).toBeUndefined();
  });

  it('documents every shortcut it handles', () => {
    expect(SHORTCUTS.map(([keys]) => keys).join(' ')).toMatch(/Space.*←.*\[.*,.*0–9.*<.*Home/);
  });
});

describe('applyAction', () => {
  const timeline = buildTimeline(
    recording(['{"version": 2, "width": 20, "height": 3}', '[1, "m", "a"]', '[2, "o", "x"]', '[10, "m", "b"]', '[20, "o", "y"]']),
  );
  const cases: [PlayerAction, number][] = [
    [{ type: 'seekFraction', fraction: 0.5 }, 10_000],
    [{ type: 'seekBy', delta: 5000 }, 5000],
    [{ type: 'nextCommand' }, 1000],
    [{ type: 'stepForward' }, 2000],
    [{ type: 'end' }, 20_000],
    [{ type: 'start' }, 0],
  ];
  it.each(cases)('%j moves to %d ms', (action, position) => {
    const engine = new Engine(timeline, { terminal: new FakeTerminal(), clock: fakeClock() });
    applyAction(engine, action);
    expect(engine.position()).toBe(position);
  });

  it('toggles and changes speed', () => {
    const engine = new Engine(timeline, { terminal: new FakeTerminal(), clock: fakeClock() });
    applyAction(engine, { type: 'toggle' });
    expect(engine.state).toBe('playing');
    applyAction(engine, { type: 'faster' });
    applyAction(engine, { type: 'faster' });
    expect(engine.speed).toBe(1.5);
    applyAction(engine, { type: 'slower' });
    expect(engine.speed).toBe(1.25);
    applyAction(engine, { type: 'toggle' });
    expect(engine.state).toBe('paused');
  });
});
