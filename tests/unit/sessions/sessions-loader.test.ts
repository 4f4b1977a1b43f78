import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sessionsLoader } from '../../../src/lib/content/sessions-loader.ts';

// The loader is what `astro build` runs for content/sessions: when it throws, the
// build fails with this message. Here it runs on a fixture folder with broken recordings.
describe('sessionsLoader', () => {
  const contextFor = (entries: unknown[]) =>
    ({
      config: { root: pathToFileURL(`${process.cwd()}/`) },
      store: { clear: () => entries.splice(0), set: (e: unknown) => entries.push(e) },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: () => 'digest',
    }) as unknown as Parameters<ReturnType<typeof sessionsLoader>['load']>[0];

  it('fails the build naming every broken file, its line and the problem', async () => {
    const error = await sessionsLoader('./tests/fixtures/sessions-broken')
      .load(contextFor([]))
      .then(
        () => undefined,
        (e: Error) => e,
      );
    const lines = error?.message.split('\n') ?? [];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Broken session recordings:');
    // The JSON detail is the JavaScript engine's own wording.
    expect(lines[1]).toMatch(/^ {2}- tests\/fixtures\/sessions-broken\/bad-json\.cast:3: not valid JSON \(.+\)$/);
    expect(lines.slice(2)).toEqual([
      '  - tests/fixtures/sessions-broken/bad-json.cast:5: the time is -1 (expected a number of seconds, 0 or more)',
      '  - tests/fixtures/sessions-broken/no-markers.cast:1: the recording has no markers ("m" events); each command needs one, named after it',
    ]);
  });

  it('stores each good recording with its summary and raw text', async () => {
    const entries: { id: string; data: { title: string; commands: string[] }; body: string }[] = [];
    await sessionsLoader('./content/sessions').load(contextFor(entries));
    expect(entries.map((e) => e.id)).toContain('logs');
    const logs = entries.find((e) => e.id === 'logs')!;
    expect(logs.data.commands[0]).toBe('docker logs backend');
    expect(logs.body.startsWith('{"version":3')).toBe(true);
  });
});
