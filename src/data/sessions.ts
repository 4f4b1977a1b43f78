// Sessions for pages: the `sessions` collection plus what the server renders
// from each recording (first frame, transcript with links, lessons using it).
// Uses astro:content, so it lives outside src/lib (the pure parts are there).
import { createRequire } from 'node:module';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Terminal as HeadlessTerminal } from '@xterm/headless';
import { pageSlugOf } from '../lib/commands/docs';
import { reference } from './reference';
import { parseAsciicast } from '../lib/replay/asciicast';
import { buildCommandIndex, commandLinks, type CommandLinks } from '../lib/replay/command-links';
import { buildTimeline, posterTime } from '../lib/replay/timeline';
import { posterRows, type FrameTerminal } from '../lib/replay/poster-frame';
import { styledMarkup, styledText } from '../lib/replay/styled-frame';
import { castTheme, SITE_THEME } from '../lib/replay/terminal-theme';
import { buildTranscript, transcriptText, type TranscriptEntry } from '../lib/replay/transcript';
import { lessonsBySession, type LessonRef } from '../lib/sessions/usage';
import { getLessons } from './lessons';

export type SessionEntry = CollectionEntry<'sessions'>;

export interface SessionView {
  slug: string;
  title: string;
  description: string;
  cols: number;
  rows: number;
  duration: number;
  posterTime: number;
  /** The static first frame: `rows` lines of plain text. */
  frame: string[];
  /** The same frame as HTML for a `<pre>`, in the colours xterm will draw it with. */
  frameHtml: string;
  /** The recording's own background colour, when it brings a theme (the player uses it). */
  background?: string;
  transcript: (TranscriptEntry & { links: CommandLinks })[];
  /** The transcript as plain text, for copying. */
  text: string;
  lessons: LessonRef[];
}

let indexCache: Promise<Record<string, string>> | undefined;

/** Command words → cheat-sheet slug, limited to commands that have a page. */
export function commandIndex(): Promise<Record<string, string>> {
  indexCache ??= getCollection('commands').then((pages) => {
    const have = new Set(pages.map((p) => p.id));
    return buildCommandIndex(reference, pageSlugOf(pages, reference), (slug) => have.has(slug));
  });
  return indexCache;
}

let sessionsCache: Promise<SessionView[]> | undefined;

/**
 * Every session, in the order of the first lesson that uses it. Computed once
 * per build (a lesson page may embed several); in dev, afresh each time so
 * edited recordings show up.
 */
export function getSessions(): Promise<SessionView[]> {
  if (!import.meta.env.PROD) return loadSessions();
  sessionsCache ??= loadSessions();
  return sessionsCache;
}

async function loadSessions(): Promise<SessionView[]> {
  const [entries, lessons, index] = await Promise.all([getCollection('sessions'), getLessons(), commandIndex()]);
  const usage = lessonsBySession(lessons.map((l) => ({ id: l.id, title: l.data.title, order: l.data.order, body: l.body ?? '' })));
  const views = await Promise.all(entries.map((e) => toView(e, usage.get(e.id) ?? [], index)));
  const rank = (v: SessionView) => v.lessons[0]?.order ?? Number.MAX_SAFE_INTEGER;
  return views.sort((a, b) => rank(a) - rank(b) || a.slug.localeCompare(b.slug));
}

// The package's "module" field names a file it does not ship: load its CommonJS build.
const headless = () => createRequire(import.meta.url)('@xterm/headless') as { Terminal: typeof HeadlessTerminal };

const makeTerminal = (cols: number, rows: number): FrameTerminal =>
  new (headless().Terminal)({ cols, rows, scrollback: 0, allowProposedApi: true }) as unknown as FrameTerminal;

async function toView(entry: SessionEntry, lessons: LessonRef[], index: Record<string, string>): Promise<SessionView> {
  const parsed = parseAsciicast(entry.body ?? '');
  // The loader already rejected broken files; this only narrows the type.
  if (!parsed.ok) throw new Error(`${entry.filePath}: ${parsed.errors[0]?.message}`);
  const timeline = buildTimeline(parsed.recording);
  const poster = posterTime(timeline);
  const transcript = buildTranscript(timeline);
  const { theme } = parsed.recording;
  // The colours the player starts with: the recording's own when it has them.
  const rows = await posterRows(timeline, poster, theme ? castTheme(theme) : SITE_THEME, makeTerminal);
  return {
    slug: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    cols: entry.data.cols,
    rows: entry.data.rows,
    duration: timeline.duration,
    posterTime: poster,
    frame: styledText(rows),
    frameHtml: styledMarkup(rows),
    background: theme?.bg,
    transcript: transcript.map((t) => ({ ...t, links: t.command ? commandLinks(t.command, index) : {} })),
    text: transcriptText(transcript),
    lessons,
  };
}
