import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/replay/timeline.ts';
import { buildTranscript, frameAt, transcriptText } from '../../../src/lib/replay/transcript.ts';
import { recording } from './helpers.ts';

const P = '\\u001b[1;32mme@box\\u001b[0m:~$ ';
const timeline = buildTimeline(
  recording([
    '{"version": 3, "term": {"cols": 40, "rows": 5}}',
    '[0.1, "o", "welcome\\r\\n"]',
    `[0.1, "o", "${P}"]`,
    '[0.5, "m", "docker ps"]',
    '[0.1, "o", "docker ps\\r\\n"]',
    '[0.2, "o", "CONTAINER ID   IMAGE\\r\\n"]',
    `[0.1, "o", "${P}"]`,
    '[0.5, "m", "docker exec -it web bash"]',
    '[0.1, "o", "docker exec -it web bash\\r\\n"]',
    '[0.1, "o", "root@abc:/# "]',
    '[0.5, "m", "exit"]',
    '[0.1, "o", "exit\\r\\nexit\\r\\n"]',
    `[0.1, "o", "${P}"]`,
  ]),
);

describe('buildTranscript', () => {
  const entries = buildTranscript(timeline);

  it('has the output before the first command, then one entry per command', () => {
    expect(entries.map((e) => [e.index, e.command])).toEqual([
      [-1, undefined],
      [0, 'docker ps'],
      [1, 'docker exec -it web bash'],
      [2, 'exit'],
    ]);
    expect(entries[0]!.output).toBe('welcome');
  });

  it('separates the prompt from the command and drops trailing prompts', () => {
    expect(entries[1]).toMatchObject({ prompt: 'me@box:~$', output: 'CONTAINER ID   IMAGE', time: 700 });
    expect(entries[2]).toMatchObject({ prompt: 'me@box:~$', output: '' });
    expect(entries[3]).toMatchObject({ prompt: 'root@abc:/#', output: 'exit' });
  });

  it('gives readable text for copying', () => {
    expect(transcriptText(entries)).toBe('welcome\n\n$ docker ps\nCONTAINER ID   IMAGE\n\n$ docker exec -it web bash\n\n$ exit\nexit');
  });

  it('keeps everything as output when there are no markers', () => {
    const tl = buildTimeline(recording(['{"version": 2, "width": 20, "height": 3}', '[0.1, "o", "hello\\r\\nworld"]']));
    expect(buildTranscript(tl)).toEqual([{ index: -1, time: 0, output: 'hello\nworld' }]);
  });

  it('keeps a command whose echo does not match its marker', () => {
    const tl = buildTimeline(recording(['{"version": 2, "width": 20, "height": 3}', '[0.1, "m", "ls"]', '[0.2, "o", "$ dir\\r\\nfile"]']));
    expect(buildTranscript(tl)[0]).toMatchObject({ command: 'ls', output: '$ dir\nfile' });
  });
});

describe('frameAt', () => {
  it('shows the visible screen at a time, rows lines exactly', () => {
    expect(frameAt(timeline, 1100)).toEqual(['welcome', 'me@box:~$ docker ps', 'CONTAINER ID   IMAGE', 'me@box:~$', '']);
  });

  it('scrolls like a terminal once output passes the last row', () => {
    const frame = frameAt(timeline, timeline.duration);
    expect(frame).toHaveLength(5);
    expect(frame.at(-1)).toBe('me@box:~$');
  });
});
