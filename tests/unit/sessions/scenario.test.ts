import { describe, expect, it } from 'vitest';
import { parseAsciicast } from '../../../src/lib/replay/asciicast.ts';
import { buildTimeline } from '../../../src/lib/replay/timeline.ts';
import { buildTranscript } from '../../../src/lib/replay/transcript.ts';
import { generateCast, seededRandom } from '../../../src/lib/sessions/generate.ts';
import { checkScenario } from '../../../src/lib/sessions/scenario.ts';

const base = { title: 'A test', description: 'A scenario used by the unit tests only.', cols: 60, rows: 10 };

describe('checkScenario', () => {
  it('accepts a minimal scenario', () => {
    expect(checkScenario({ ...base, steps: [{ run: 'docker ps' }] }).ok).toBe(true);
  });

  it.each([
    [{ ...base, steps: [] }, /steps/],
    [{ ...base, cols: 10, steps: [{ run: 'x' }] }, /cols/],
    [{ ...base, steps: [{ run: 'x', outptu: 'typo' }] }, /outptu/],
    [{ ...base, steps: [{ run: 'x', prompt: 'nowhere' }] }, /prompt "nowhere"/],
    [{ ...base, description: 'short', steps: [{ run: 'x' }] }, /description/],
  ])('rejects %j', (data, message) => {
    const result = checkScenario(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });
});

describe('generateCast', () => {
  const result = checkScenario({
    ...base,
    prompts: { box: 'root@box:/# ' },
    steps: [
      { run: 'docker ps', table: [['CONTAINER ID', 'NAMES']] },
      { run: 'docker exec -it web sh', prompt: 'box' },
      { run: 'exit', output: 'exit', prompt: 'host', interrupt: 0.5 },
    ],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const cast = generateCast('test', result.scenario);

  it('is deterministic', () => {
    expect(generateCast('test', result.scenario)).toBe(cast);
    expect(generateCast('other', result.scenario)).not.toBe(cast);
    const a = seededRandom('x');
    const b = seededRandom('x');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('writes a valid asciicast v3 file with a marker before each command', () => {
    const parsed = parseAsciicast(cast);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.recording.version).toBe(3);
    expect(parsed.recording.header.description).toBe(base.description);
    const timeline = buildTimeline(parsed.recording);
    expect(timeline.markers.map((m) => m.label)).toEqual(['docker ps', 'docker exec -it web sh', 'exit']);
    expect(parsed.recording.events.at(-1)).toMatchObject({ code: 'x', data: '0' });
  });

  it('types each command after its marker and switches prompts', () => {
    const parsed = parseAsciicast(cast);
    if (!parsed.ok) throw new Error('broken');
    const entries = buildTranscript(buildTimeline(parsed.recording));
    expect(entries.map((e) => [e.prompt, e.command, e.output])).toEqual([
      ['learner@laptop:~/cruddur$', 'docker ps', 'CONTAINER ID   NAMES'],
      ['learner@laptop:~/cruddur$', 'docker exec -it web sh', ''],
      ['root@box:/#', 'exit', 'exit\n^C'],
    ]);
  });
});
