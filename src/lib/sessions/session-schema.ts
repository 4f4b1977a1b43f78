/**
 * What the site knows about each shipped session (`content/sessions/<slug>.cast`)
 * and the checks that make a broken file fail the build. Pure: the loader
 * (src/lib/content/sessions-loader.ts) reads the files and passes the text in.
 */
import { z } from 'astro/zod';
import { parseAsciicast, type CastProblem } from '../replay/asciicast.ts';
import { buildTimeline } from '../replay/timeline.ts';

/** Summary of a session, stored in the `sessions` collection; the raw text is the entry's body. */
export const SessionSchema = z.object({
  /** From the header's `title`. */
  title: z.string().min(3),
  /** From the header's `description` (a field our generator adds; players ignore it). */
  description: z.string().min(20),
  cols: z.number().int().positive(),
  rows: z.number().int().positive(),
  /** Milliseconds, after idle time is capped. */
  duration: z.number().nonnegative(),
  /** The marker labels, in order: the commands typed. */
  commands: z.array(z.string().min(1)).min(1),
});

export type Session = z.infer<typeof SessionSchema>;

/**
 * Checks one session file: it must parse as asciicast, carry a title and a
 * description, and have a named marker before each command (at least one).
 * Problems come back as `file:line: message`, one per problem.
 */
export function checkSession(file: string, text: string): { ok: true; session: Session } | { ok: false; errors: string[] } {
  const parsed = parseAsciicast(text);
  const fail = (problems: CastProblem[]) => ({
    ok: false as const,
    errors: problems.map((p) => `${file}:${p.line}: ${p.message}`),
  });
  if (!parsed.ok) return fail(parsed.errors);
  const { recording } = parsed;
  const problems: CastProblem[] = [];
  const description = recording.header.description;
  if (!recording.title) problems.push({ line: 1, message: 'the header has no "title" (expected the session\'s heading)' });
  if (typeof description !== 'string' || description.trim().length < 20) {
    problems.push({
      line: 1,
      message: 'the header has no "description" of at least 20 characters (expected one or two sentences for the playground)',
    });
  }
  const timeline = buildTimeline(recording);
  if (timeline.markers.length === 0) {
    problems.push({ line: 1, message: 'the recording has no markers ("m" events); each command needs one, named after it' });
  }
  const unnamed = timeline.markers.findIndex((m) => m.label === '');
  if (unnamed >= 0) problems.push({ line: 1, message: `marker ${unnamed + 1} has no label (expected the command it precedes)` });
  if (problems.length > 0) return fail(problems);
  return {
    ok: true,
    session: {
      title: recording.title!,
      description: (description as string).trim(),
      cols: recording.cols,
      rows: recording.rows,
      duration: timeline.duration,
      commands: timeline.markers.map((m) => m.label),
    },
  };
}
