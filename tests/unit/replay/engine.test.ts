import { beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/lib/replay/engine.ts';
import { buildTimeline } from '../../../src/lib/replay/timeline.ts';
import { dispatchRecorder, fakeClock, FakeTerminal, recording } from './helpers.ts';

// Frames at 0.5 s, 1.0 s, 2.0 s, 3.0 s (resize), 4.0 s; commands at 0.9 s and 2.5 s.
const timeline = buildTimeline(
  recording([
    '{"version": 2, "width": 80, "height": 24}',
    '[0.5, "o", "$ "]',
    '[0.9, "m", "docker ps"]',
    '[1.0, "o", "docker ps\\r\\n"]',
    '[2.0, "o", "CONTAINER ID\\r\\n$ "]',
    '[2.5, "m", "docker ps -a"]',
    '[3.0, "r", "100x30"]',
    '[4.0, "o", "docker ps -a"]',
  ]),
);

let clock: ReturnType<typeof fakeClock>;
let term: FakeTerminal;
let rec: ReturnType<typeof dispatchRecorder>;
let engine: Engine;

beforeEach(() => {
  clock = fakeClock();
  term = new FakeTerminal();
  rec = dispatchRecorder();
  engine = new Engine(timeline, { terminal: term, clock, dispatch: rec.dispatch });
});

describe('Engine: playing', () => {
  it('starts idle at 0 and plays every frame on time, then ends', () => {
    expect(engine.state).toBe('idle');
    engine.play();
    expect(engine.state).toBe('playing');
    expect(term.screen).toBe('');
    clock.advance(500);
    expect(term.screen).toBe('$ ');
    clock.advance(499);
    expect(term.screen).toBe('$ ');
    clock.advance(1);
    expect(term.screen).toBe('$ docker ps\r\n');
    clock.advance(3000);
    expect(term.screen).toBe('$ docker ps\r\nCONTAINER ID\r\n$ docker ps -a');
    expect(term.size).toEqual({ cols: 100, rows: 30 });
    expect(engine.state).toBe('ended');
    expect(engine.position()).toBe(4000);
    expect(rec.states()).toEqual(['playing', 'ended']);
    expect(clock.pending()).toBe(0);
  });

  it('reports the current command as playback crosses markers', () => {
    engine.play();
    clock.advance(4000);
    expect(rec.named('marker').map((e) => e.index)).toEqual([0, 1]);
    expect(engine.currentCommand).toBe('docker ps -a');
  });

  it('pauses and resumes where it stopped', () => {
    engine.play();
    clock.advance(1200);
    engine.pause();
    expect(engine.state).toBe('paused');
    expect(engine.position()).toBe(1200);
    clock.advance(10_000);
    expect(engine.position()).toBe(1200);
    expect(term.screen).toBe('$ docker ps\r\n');
    engine.toggle();
    clock.advance(800);
    expect(term.screen).toContain('CONTAINER ID');
  });

  it('play after the end starts again from 0', () => {
    engine.end();
    expect(engine.state).toBe('ended');
    engine.play();
    expect(engine.position()).toBe(0);
    expect(term.calls.at(-2)).toBe('reset');
    clock.advance(500);
    expect(term.screen).toBe('$ ');
  });

  it('an empty recording ends at once', () => {
    const empty = new Engine(buildTimeline(recording(['{"version": 2, "width": 80, "height": 24}'])), {
      terminal: term,
      clock,
    });
    empty.play();
    expect(empty.state).toBe('ended');
  });
});

describe('Engine: speed', () => {
  it('changes speed during playback without jumping', () => {
    engine.play();
    clock.advance(1000);
    engine.setSpeed(2);
    expect(engine.position()).toBe(1000);
    clock.advance(500); // 1 s of recording at 2x
    expect(engine.position()).toBe(2000);
    expect(term.screen).toContain('CONTAINER ID');
    expect(rec.named('speed')).toEqual([{ type: 'speed', speed: 2 }]);
  });

  it.each([
    [0.1, 0.25],
    [10, 4],
    [Number.NaN, 1],
    [1.5, 1.5],
  ])('clamps %d to %d', (asked, got) => {
    engine.setSpeed(asked);
    expect(engine.speed).toBe(got);
  });

  it('steps through the offered speeds', () => {
    engine.faster();
    expect(engine.speed).toBe(1.25);
    engine.setSpeed(4);
    engine.faster();
    expect(engine.speed).toBe(4);
    engine.setSpeed(0.25);
    engine.slower();
    expect(engine.speed).toBe(0.25);
    engine.setSpeed(1);
    engine.slower();
    expect(engine.speed).toBe(0.75);
  });
});

describe('Engine: seeking', () => {
  it('seeks forward by writing only what is missing, backward by replaying from a reset', () => {
    engine.seek(1000);
    expect(engine.state).toBe('paused');
    expect(term.screen).toBe('$ docker ps\r\n');
    term.calls = [];
    engine.seek(2000);
    expect(term.calls).toEqual(['write "CONTAINER ID\\r\\n$ "']);
    term.calls = [];
    engine.seek(600);
    expect(term.calls).toEqual(['reset', 'write "$ "']);
    expect(rec.named('seeked').map((e) => e.position)).toEqual([1000, 2000, 600]);
  });

  it('restores the terminal size when seeking back before a resize', () => {
    engine.seek(3500);
    expect(term.size).toEqual({ cols: 100, rows: 30 });
    engine.seek(100);
    expect(term.size).toEqual({ cols: 80, rows: 24 });
  });

  it('keeps playing after a seek while playing', () => {
    engine.play();
    clock.advance(100);
    engine.seek(1900);
    expect(engine.state).toBe('playing');
    clock.advance(100);
    expect(term.screen).toContain('CONTAINER ID');
  });

  it('clamps to the recording and treats the end as ended', () => {
    engine.seek(-5);
    expect(engine.position()).toBe(0);
    engine.seek(99_999);
    expect(engine.position()).toBe(4000);
    expect(engine.state).toBe('ended');
    engine.seek(Number.NaN);
    expect(engine.position()).toBe(0);
    expect(engine.state).toBe('paused');
  });

  it('jumps by fractions (0–9 keys) and by a relative amount', () => {
    engine.seekFraction(0.5);
    expect(engine.position()).toBe(2000);
    engine.seekBy(-5000);
    expect(engine.position()).toBe(0);
  });
});

describe('Engine: commands and frames', () => {
  it('next command goes to the following marker, then to the end', () => {
    engine.nextCommand();
    expect(engine.position()).toBe(900);
    engine.nextCommand();
    expect(engine.position()).toBe(2500);
    engine.nextCommand();
    expect(engine.state).toBe('ended');
  });

  it('previous command restarts the current one, or goes back one when near its start', () => {
    engine.seek(3800);
    engine.previousCommand();
    expect(engine.position()).toBe(2500);
    engine.previousCommand();
    expect(engine.position()).toBe(900);
    engine.previousCommand();
    expect(engine.position()).toBe(0);
  });

  it('seeks to a marker by index and ignores unknown ones', () => {
    engine.seekMarker(1);
    expect(engine.position()).toBe(2500);
    engine.seekMarker(7);
    expect(engine.position()).toBe(2500);
  });

  it('steps one frame at a time and pauses playback', () => {
    engine.play();
    clock.advance(700);
    engine.stepForward();
    expect(engine.state).toBe('paused');
    expect(engine.position()).toBe(1000);
    engine.stepForward();
    expect(engine.position()).toBe(2000);
    engine.stepBackward();
    expect(engine.position()).toBe(1000);
    engine.stepBackward();
    expect(engine.position()).toBe(500);
    engine.stepBackward();
    expect(engine.position()).toBe(0);
    expect(term.screen).toBe('');
  });

  it('restart plays from 0', () => {
    engine.seek(3000);
    engine.restart();
    expect(engine.state).toBe('playing');
    expect(engine.position()).toBe(0);
  });
});

describe('Engine: poster and teardown', () => {
  it('shows a poster frame while idle at position 0, and replaces it on play', () => {
    engine.showPoster(2200);
    expect(engine.state).toBe('idle');
    expect(engine.position()).toBe(0);
    expect(term.screen).toContain('CONTAINER ID');
    expect(rec.named('marker')).toEqual([]);
    engine.play();
    expect(term.screen).toBe('');
  });

  it('seeking from the poster starts from a clean terminal', () => {
    engine.showPoster(2200);
    engine.seek(500);
    expect(term.screen).toBe('$ ');
  });

  it('destroy cancels the timer', () => {
    engine.play();
    engine.destroy();
    expect(clock.pending()).toBe(0);
  });
});
