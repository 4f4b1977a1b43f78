/**
 * The shipped sessions stay valid and in use: every `.cast` is readable and up
 * to date with its scenario, and every session is embedded by a lesson.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { castFor } from '../../../src/lib/sessions/from-engine.ts';
import { checkScenario } from '../../../src/lib/sessions/scenario.ts';
import { checkSession } from '../../../src/lib/sessions/session-schema.ts';
import { sessionEmbeds, sessionPlaceholders } from '../../../src/lib/sessions/usage.ts';

const SESSIONS = 'content/sessions';
const LESSONS = 'content/lessons';
/** The sessions the course promises (lesson writers place them by these names). */
const EXPECTED = [
  'build-backend-image',
  'list-images',
  'run-flags',
  'ps-after-exit',
  'exec-shell',
  'logs',
  'rm-vs-rmi',
  'tag-and-push',
  'compose-up-down',
  'compose-dns',
  'volumes-bind-mounts',
  'cors-fix',
];

const casts = readdirSync(SESSIONS)
  .filter((n) => n.endsWith('.cast'))
  .map((n) => n.replace(/\.cast$/, ''))
  .sort();
const scenarios = readdirSync(join(SESSIONS, 'scenarios'))
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => n.replace(/\.yaml$/, ''))
  .sort();
const lessons = readdirSync(LESSONS)
  .filter((n) => n.endsWith('.mdx'))
  .map((n) => ({ file: n, body: readFileSync(join(LESSONS, n), 'utf8') }));

describe('session files', () => {
  it('include every promised session, each with its scenario', () => {
    expect(casts).toEqual([...EXPECTED].sort());
    expect(scenarios).toEqual(casts);
  });

  it.each(casts)('%s.cast is a valid session', (slug) => {
    const result = checkSession(`${slug}.cast`, readFileSync(join(SESSIONS, `${slug}.cast`), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(scenarios)('%s.cast is up to date with its scenario (else run npm run sessions)', (slug) => {
    const result = checkScenario(parse(readFileSync(join(SESSIONS, 'scenarios', `${slug}.yaml`), 'utf8')));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const made = castFor(slug, result.scenario);
    if (!made.ok) throw new Error(made.errors.join('\n'));
    expect(made.cast).toBe(readFileSync(join(SESSIONS, `${slug}.cast`), 'utf8'));
  });

  it.each(casts)('%s.cast is at most 80 columns wide and recorded by the engine', (slug) => {
    const header = JSON.parse(readFileSync(join(SESSIONS, `${slug}.cast`), 'utf8').split('\n')[0] as string) as { term: { cols: number } };
    expect(header.term.cols).toBeLessThanOrEqual(80);
    const scenario = parse(readFileSync(join(SESSIONS, 'scenarios', `${slug}.yaml`), 'utf8')) as { setup?: unknown };
    expect(Array.isArray(scenario.setup)).toBe(true);
  });
});

describe('sessions in lessons', () => {
  const embedded = new Set(lessons.flatMap((l) => sessionEmbeds(l.body)));

  it('every session is used by at least one lesson', () => {
    expect(casts.filter((slug) => !embedded.has(slug))).toEqual([]);
  });

  it('every <Session slug> in a lesson names an existing session', () => {
    expect([...embedded].filter((slug) => !casts.includes(slug))).toEqual([]);
  });

  it('no lesson still has a session placeholder comment', () => {
    expect(lessons.flatMap((l) => sessionPlaceholders(l.body).map((s) => `${l.file}: ${s}`))).toEqual([]);
  });
});
