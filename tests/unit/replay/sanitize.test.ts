import { describe, expect, it } from 'vitest';
import { OutputSanitizer, sanitizeOutput } from '../../../src/lib/replay/sanitize.ts';

const E = '\x1b';

describe('sanitizeOutput', () => {
  const cases: [string, string, string][] = [
    ['plain text and colours pass', `a${E}[1;31mred${E}[0m\r\n`, `a${E}[1;31mred${E}[0m\r\n`],
    ['private modes pass (1049 is below the cap)', `${E}[?1049h${E}[?2004l`, `${E}[?1049h${E}[?2004l`],
    ['truecolor passes', `${E}[38;2;255;128;0mx`, `${E}[38;2;255;128;0mx`],
    ['huge cursor move is capped', `${E}[999999999C x`, `${E}[9999C x`],
    ['huge REP count is capped', `a${E}[2147483647b`, `a${E}[9999b`],
    ['huge erase count is capped', `${E}[100000X`, `${E}[9999X`],
    ['8-bit CSI is capped too', `\x9b99999999D`, `\x9b9999D`],
    ['OSC 8 hyperlink becomes inert text', `${E}]8;;https://evil.example${E}\\click${E}]8;;${E}\\`, 'click'],
    ['OSC 8 ended by BEL', `${E}]8;;https://x.example\x07t${E}]8;;\x07`, 't'],
    ['OSC 52 clipboard write is removed', `${E}]52;c;aGk=\x07ok`, 'ok'],
    ['titles pass', `${E}]0;my title\x07$ `, `${E}]0;my title\x07$ `],
    ['over-long title is dropped', `${E}]0;${'t'.repeat(5000)}\x07$`, '$'],
    ['over-long CSI is dropped', `${E}[${'1;'.repeat(200)}m!`, '!'],
    ['charset designation passes', `${E}(B${E}(0qq${E}(B`, `${E}(B${E}(0qq${E}(B`],
  ];
  it.each(cases)('%s', (_name, input, output) => {
    expect(sanitizeOutput(input)).toBe(output);
  });
});

describe('OutputSanitizer across events', () => {
  it('holds a split sequence until it completes', () => {
    const s = new OutputSanitizer();
    expect(s.push(`ab${E}[99999`)).toBe('ab');
    expect(s.push('9999Ccd')).toBe(`${E}[9999Ccd`);
  });

  it('holds a split OSC 8 and removes it whole', () => {
    const s = new OutputSanitizer();
    expect(s.push(`x${E}]8;;https://a.exam`)).toBe('x');
    expect(s.push(`ple${E}\\link`)).toBe('link');
  });

  it('never holds an unterminated string forever', () => {
    const s = new OutputSanitizer();
    expect(s.push(`${E}]0;${'t'.repeat(5000)}`)).toBe('');
    expect(s.push('after')).toBe('after');
  });

  it('keeps a lone trailing ESC for the next event', () => {
    const s = new OutputSanitizer();
    expect(s.push(`a${E}`)).toBe('a');
    expect(s.push('[1mb')).toBe(`${E}[1mb`);
  });
});
