/**
 * The learner's progress: lessons read, quiz scores and exercises solved, kept
 * in the browser only (localStorage, one versioned key). Pure: the functions take
 * and return plain values, so the rules for reading a stored or imported value
 * (what is kept, what is reset and why) are unit-tested in Node.
 */

/**
 * The one localStorage key for everything the site remembers of a learner. Its
 * value is an object: this module owns `version`, `lessons`, `quizzes`,
 * `exercises` and `last`; the practice pages own `practice` (the commands
 * typed, src/lib/practice/progress.ts). The version changes only with the format.
 */
export const PROGRESS_KEY = 'container-notes:v1';
export const PROGRESS_VERSION = 1;

export interface LessonProgress {
  /** When the learner reached the summary or pressed "Mark as done" (ms since epoch). */
  readAt: number;
}
export interface QuizProgress {
  score: number;
  total: number;
  at: number;
  /** Question ids answered wrongly in the last attempt, for "review what you missed". */
  missed: string[];
}
export interface ExerciseProgress {
  solvedAt: number;
  /** Commands typed to solve it (the "golf" count), when known. */
  commands?: number;
}
export interface LastVisit {
  path: string;
  title: string;
  at: number;
}
export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  quizzes: Record<string, QuizProgress>;
  exercises: Record<string, ExerciseProgress>;
  last?: LastVisit;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, quizzes: {}, exercises: {} };
}

/** A stored or imported value, read: the progress, and a message when something had to be dropped. */
export interface ReadResult {
  progress: Progress;
  /** Set when the value was corrupt, of another version, or partly invalid. */
  problem?: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
const MAX_ENTRIES = 500;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000;

/** Keeps the valid entries of a record, counting the dropped ones. */
function entries<T>(value: unknown, read: (v: unknown) => T | undefined, dropped: string[], what: string): Record<string, T> {
  const out: Record<string, T> = {};
  if (value === undefined) return out;
  if (!isObj(value)) {
    dropped.push(`${what} (not a list of entries)`);
    return out;
  }
  let bad = 0;
  for (const [key, v] of Object.entries(value).slice(0, MAX_ENTRIES)) {
    const item = SLUG.test(key) ? read(v) : undefined;
    if (item === undefined) bad += 1;
    else out[key] = item;
  }
  if (bad > 0) dropped.push(`${bad} ${what} ${bad === 1 ? 'entry' : 'entries'}`);
  return out;
}

function readLesson(v: unknown): LessonProgress | undefined {
  return isObj(v) && isTime(v.readAt) ? { readAt: v.readAt } : undefined;
}
function readQuiz(v: unknown): QuizProgress | undefined {
  if (!isObj(v) || !isCount(v.score) || !isCount(v.total) || v.score > v.total || v.total === 0 || !isTime(v.at)) return undefined;
  const missed = Array.isArray(v.missed) ? v.missed.filter((m): m is string => typeof m === 'string' && SLUG.test(m)).slice(0, 50) : [];
  return { score: v.score, total: v.total, at: v.at, missed };
}
function readExercise(v: unknown): ExerciseProgress | undefined {
  if (!isObj(v) || !isTime(v.solvedAt)) return undefined;
  return isCount(v.commands) ? { solvedAt: v.solvedAt, commands: v.commands } : { solvedAt: v.solvedAt };
}
function readLast(v: unknown): LastVisit | undefined {
  if (!isObj(v) || typeof v.path !== 'string' || typeof v.title !== 'string' || !isTime(v.at)) return undefined;
  // Only our own pages: a path on this site, never a URL to elsewhere.
  if (!/^\/[a-z0-9/_-]*$/i.test(v.path) || v.path.startsWith('//')) return undefined;
  return { path: v.path, title: v.title.slice(0, 200), at: v.at };
}

/** Reads a parsed value (from storage or an imported file). Never throws. */
export function readProgress(value: unknown): ReadResult {
  const { progress, problem, dropped } = readValue(value);
  if (dropped.length) return { progress, problem: `Some saved progress was damaged and was left out: ${dropped.join(', ')}.` };
  return problem ? { progress, problem } : { progress };
}

function readValue(value: unknown): ReadResult & { dropped: string[] } {
  const dropped: string[] = [];
  if (value === null || value === undefined) return { progress: emptyProgress(), dropped };
  if (!isObj(value))
    return { progress: emptyProgress(), dropped, problem: 'The saved progress was not in a form this site can read, so it was reset.' };
  // A value without a version was written by the practice pages before any
  // progress was: it is this format. Another version is an old format.
  if (value.version !== undefined && value.version !== PROGRESS_VERSION) {
    return {
      progress: emptyProgress(),
      dropped,
      problem: `The saved progress is from another version of this site (format ${JSON.stringify(value.version ?? 'unknown')}, expected ${PROGRESS_VERSION}), so it was reset.`,
    };
  }
  const progress: Progress = {
    version: PROGRESS_VERSION,
    lessons: entries(value.lessons, readLesson, dropped, 'lesson'),
    quizzes: entries(value.quizzes, readQuiz, dropped, 'quiz'),
    exercises: entries(value.exercises, readExercise, dropped, 'exercise'),
  };
  const last = readLast(value.last);
  if (last) progress.last = last;
  else if (value.last !== undefined) dropped.push('the last visited page');
  return { progress, dropped };
}

/** Reads the raw localStorage string. A missing value is a fresh start, not a problem. */
export function parseStored(raw: string | null): ReadResult {
  if (raw === null || raw === '') return { progress: emptyProgress() };
  try {
    return readProgress(JSON.parse(raw));
  } catch {
    return { progress: emptyProgress(), problem: 'The saved progress could not be read (it is not valid JSON), so it was reset.' };
  }
}

/** Largest import accepted: real progress files are a few kilobytes. */
export const MAX_IMPORT_BYTES = 256 * 1024;

/**
 * Reads an imported file's text. Unlike stored data, a bad file is refused as a
 * whole (`ok: false`) so that importing it changes nothing.
 */
export function parseImport(text: string): { ok: true; progress: Progress } | { ok: false; error: string } {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `The file is ${Math.ceil(text.length / 1024)} KB; a progress file is at most ${MAX_IMPORT_BYTES / 1024} KB. Nothing was changed.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `The file is not valid JSON (${(err as Error).message}). Nothing was changed.` };
  }
  if (!isObj(value) || value.version !== PROGRESS_VERSION) {
    return {
      ok: false,
      error: 'The file is not a Container Notes progress file (its "version" field is missing or not 1). Nothing was changed.',
    };
  }
  const { progress, dropped } = readValue(value);
  if (dropped.length) return { ok: false, error: `The file has damaged entries: ${dropped.join(', ')}. Nothing was changed.` };
  return { ok: true, progress };
}

/** The JSON text of an export file. */
export function exportText(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

export function markLessonRead(p: Progress, slug: string, at: number): Progress {
  if (p.lessons[slug]) return p;
  return { ...p, lessons: { ...p.lessons, [slug]: { readAt: at } } };
}

export function unmarkLesson(p: Progress, slug: string): Progress {
  const lessons = { ...p.lessons };
  delete lessons[slug];
  return { ...p, lessons };
}

export function recordQuiz(p: Progress, slug: string, result: Omit<QuizProgress, 'at'>, at: number): Progress {
  return { ...p, quizzes: { ...p.quizzes, [slug]: { ...result, missed: [...result.missed], at } } };
}

export function recordExercise(p: Progress, id: string, at: number, commands?: number): Progress {
  const before = p.exercises[id];
  // Keep the first solve's time and the best (lowest) command count.
  const best =
    before?.commands !== undefined && commands !== undefined ? Math.min(before.commands, commands) : (commands ?? before?.commands);
  const entry: ExerciseProgress = { solvedAt: before?.solvedAt ?? at };
  if (best !== undefined) entry.commands = best;
  return { ...p, exercises: { ...p.exercises, [id]: entry } };
}

export function recordVisit(p: Progress, visit: LastVisit): Progress {
  return { ...p, last: visit };
}

/** Where to continue: the first lesson, in course order, not read yet. */
export function continueTarget(
  p: Progress,
  lessonsInOrder: readonly { slug: string; title: string }[],
): { slug: string; title: string } | undefined {
  return lessonsInOrder.find((l) => !p.lessons[l.slug]);
}

/** Counts for the progress page and the home page. */
export function summary(p: Progress, lessonSlugs: readonly string[]) {
  const read = lessonSlugs.filter((s) => p.lessons[s]).length;
  const quizzes = Object.values(p.quizzes);
  return {
    lessonsRead: read,
    lessonsTotal: lessonSlugs.length,
    quizzesTaken: quizzes.length,
    quizScore: quizzes.reduce((n, q) => n + q.score, 0),
    quizTotal: quizzes.reduce((n, q) => n + q.total, 0),
    exercisesSolved: Object.keys(p.exercises).length,
  };
}

/**
 * The progress page's one-line summary. The build writes it for a learner with
 * nothing done yet and the page rewrites it from what this browser holds, so
 * the line is there from the first paint and nothing below it moves.
 */
export function summaryLine(s: ReturnType<typeof summary>): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const quizzes = `${n(s.quizzesTaken, 'quiz', 'quizzes')} taken${s.quizTotal ? ` (${s.quizScore} of ${s.quizTotal} answers right)` : ''}`;
  return `${s.lessonsRead} of ${n(s.lessonsTotal, 'lesson', 'lessons')} read · ${quizzes} · ${n(s.exercisesSolved, 'exercise', 'exercises')} solved.`;
}
