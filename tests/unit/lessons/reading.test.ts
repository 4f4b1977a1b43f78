import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../src/lib/lessons/reading';

describe('reading time', () => {
  it('rounds prose words to whole minutes at 200 words a minute, at least one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    // Code blocks are not read at prose pace.
    expect(readingMinutes(`${'word '.repeat(400)}\n\`\`\`sh\n${'docker '.repeat(2000)}\n\`\`\`\n`)).toBe(2);
  });
});
