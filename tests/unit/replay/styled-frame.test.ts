import { createRequire } from 'node:module';
import type { Terminal as TerminalType } from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { posterRows, type FrameTerminal } from '../../../src/lib/replay/poster-frame.ts';
import { styledMarkup, styledRows, styledText } from '../../../src/lib/replay/styled-frame.ts';
import { castTheme, palette256, SITE_THEME } from '../../../src/lib/replay/terminal-theme.ts';
import { buildTimeline, posterTime } from '../../../src/lib/replay/timeline.ts';
import { recording } from './helpers.ts';
import { HeadlessTerminal } from './xterm-oracle.ts';

const require = createRequire(import.meta.url);
const { Terminal } = require('@xterm/headless') as { Terminal: typeof TerminalType };
const makeTerminal = (cols: number, rows: number) =>
  new Terminal({ cols, rows, scrollback: 0, allowProposedApi: true }) as unknown as FrameTerminal;

/** The screen of a headless xterm after `output`, as styled rows under the site's colours. */
async function screenAfter(output: string, cols = 20, rows = 3) {
  const term = makeTerminal(cols, rows);
  await new Promise<void>((resolve) => term.write(output, resolve));
  const out = styledRows(term, SITE_THEME);
  term.dispose();
  return out;
}

describe('palette256 and castTheme', () => {
  it('has the theme’s 16 colours, the 6×6×6 cube and 24 greys', () => {
    const p = palette256(SITE_THEME);
    expect(p).toHaveLength(256);
    expect(p.slice(0, 3)).toEqual([SITE_THEME.black, SITE_THEME.red, SITE_THEME.green]);
    expect(p[15]).toBe(SITE_THEME.brightWhite);
    expect(p[16]).toBe('#000000');
    expect(p[21]).toBe('#0000ff');
    expect(p[196]).toBe('#ff0000');
    expect(p[231]).toBe('#ffffff');
    expect(p[232]).toBe('#080808');
    expect(p[255]).toBe('#eeeeee');
  });

  it('repeats a recording’s 8 colours as the bright ones', () => {
    const palette = ['#000001', '#000002', '#000003', '#000004', '#000005', '#000006', '#000007', '#000008'];
    const theme = castTheme({ fg: '#ffffff', bg: '#000000', palette });
    expect(theme).toMatchObject({ background: '#000000', foreground: '#ffffff', red: '#000002', brightRed: '#000002' });
    expect(palette256(theme).slice(0, 16)).toEqual([...palette, ...palette]);
  });
});

describe('styledRows', () => {
  it('draws bold basic colours bright, as xterm does, and merges equal neighbours', async () => {
    const rows = await screenAfter('\u001b[1;32muser\u001b[0m:\u001b[34m~\u001b[0m$ ');
    expect(rows[0]).toEqual([
      { text: 'user', style: `color:${SITE_THEME.brightGreen};font-weight:bold` },
      { text: ':', style: '' },
      { text: '~', style: `color:${SITE_THEME.blue}` },
      { text: '$', style: '' },
    ]);
    expect(rows.slice(1)).toEqual([[], []]);
  });

  it('reads 256 colours, true colour, inverse, dim, italic and lines', async () => {
    const [row] = await screenAfter(
      '\u001b[38;5;196mA\u001b[0m\u001b[38;2;1;2;3;48;2;4;5;6mB\u001b[0m\u001b[7mC\u001b[0m\u001b[2;3mD\u001b[0m\u001b[4;9mE\u001b[0m',
    );
    expect(row).toEqual([
      { text: 'A', style: 'color:#ff0000' },
      { text: 'B', style: 'color:#010203;background:#040506' },
      { text: 'C', style: `color:${SITE_THEME.background};background:${SITE_THEME.foreground}` },
      { text: 'D', style: 'font-style:italic;opacity:0.5' },
      { text: 'E', style: 'text-decoration:underline line-through' },
    ]);
  });

  it('keeps trailing spaces that show (a background) and drops the rest; wide characters take one run', async () => {
    const rows = await screenAfter('ab   \r\n\u001b[41m  \u001b[0m   \r\n中文x');
    expect(rows[0]).toEqual([{ text: 'ab', style: '' }]);
    expect(rows[1]).toEqual([{ text: '  ', style: `background:${SITE_THEME.red}` }]);
    expect(styledText(rows)[2]).toBe('中文x');
  });
});

describe('styledMarkup', () => {
  it('escapes text and puts styled runs in spans, one line per row', () => {
    const html = styledMarkup([
      [
        { text: '<a & "b">', style: '' },
        { text: 'ok', style: 'color:#ffffff' },
      ],
      [],
      [{ text: 'x', style: '' }],
    ]);
    expect(html).toBe('&lt;a &amp; &quot;b&quot;&gt;<span style="color:#ffffff">ok</span>\n\nx');
  });
});

describe('posterRows', () => {
  it('is the screen at the poster time, resizes included, in the recording’s order', async () => {
    const timeline = buildTimeline(
      recording([
        '{"version": 3, "term": {"cols": 10, "rows": 2}}',
        '[0.1, "o", "\\u001b[1;32mme\\u001b[0m$ "]',
        '[0.1, "m", "ls"]',
        '[0.1, "o", "ls\\r\\nabcdefghijklmno\\r\\n"]',
        '[0.1, "r", "20x2"]',
        '[0.1, "o", "$ "]',
        '[0.1, "m", "pwd"]',
        '[0.1, "o", "pwd\\r\\n/home\\r\\n"]',
      ]),
    );
    const rows = await posterRows(timeline, posterTime(timeline), SITE_THEME, makeTerminal);
    // What an independent xterm shows after the same output and resize, without the second command.
    const oracle = new HeadlessTerminal(10, 2);
    oracle.write('\u001b[1;32mme\u001b[0m$ ls\r\nabcdefghijklmno\r\n');
    oracle.resize(20, 2);
    oracle.write('$ ');
    expect(styledText(rows)).toEqual((await oracle.screen()).map((l) => l.trimEnd()));
    expect(styledText(rows).join('\n')).not.toContain('pwd');
    oracle.dispose();
    const first = await posterRows(timeline, 150, SITE_THEME, makeTerminal);
    expect(first[0]).toEqual([
      { text: 'me', style: `color:${SITE_THEME.brightGreen};font-weight:bold` },
      { text: '$', style: '' },
    ]);
  });
});
