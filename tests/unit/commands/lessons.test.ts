/**
 * Every docker and docker compose command in the lessons' shell code blocks is
 * explained without an error or warning, except blocks whose fence says
 * `mistake` (they show an error on purpose). Reads content/lessons/*.mdx as
 * they are at test time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/commands/explain';
import { explainData } from './helpers';
import { lessonCommands } from './lesson-blocks';

const data = explainData();
const lessons = readdirSync('content/lessons')
  .filter((n) => n.endsWith('.mdx'))
  .sort();

describe('lesson code blocks', () => {
  it('finds commands, prompts and continuations the way a learner copies them', () => {
    const source = [
      '```console',
      '$ docker run --rm \\',
      '    -p 80:80 nginx',
      'output line',
      '$ docker ps',
      '```',
      '',
      '```sh mistake',
      'docker exec web -it bash',
      '```',
      '```yaml',
      'docker: no',
      '```',
    ].join('\n');
    expect(lessonCommands(source)).toEqual([
      { line: 2, text: 'docker run --rm \\\n    -p 80:80 nginx', mistake: false },
      { line: 5, text: 'docker ps', mistake: false },
      { line: 9, text: 'docker exec web -it bash', mistake: true },
    ]);
  });

  it.each(lessons)('%s: every docker command explains without a problem', (name) => {
    const file = `content/lessons/${name}`;
    const bad: string[] = [];
    for (const c of lessonCommands(readFileSync(file, 'utf8'))) {
      if (c.mistake) continue;
      const found = explain(c.text, data).messages.filter((m) => m.severity !== 'note');
      for (const m of found) bad.push(`${file}:${c.line}: ${c.text.split('\n')[0]} → ${m.code}: ${m.text}`);
    }
    expect(bad).toEqual([]);
  });
});
