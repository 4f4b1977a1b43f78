import { describe, expect, it } from 'vitest';
import {
  continueTarget,
  emptyProgress,
  exportText,
  markLessonRead,
  MAX_IMPORT_BYTES,
  parseImport,
  parseStored,
  PROGRESS_VERSION,
  readProgress,
  recordExercise,
  recordQuiz,
  recordVisit,
  summary,
  summaryLine,
  unmarkLesson,
} from '../../../src/lib/progress/progress';

const full = () =>
  recordVisit(
    recordExercise(
      recordQuiz(markLessonRead(emptyProgress(), 'cors', 10), 'cors', { score: 4, total: 5, missed: ['preflight'] }, 20),
      'run-backend',
      30,
      3,
    ),
    { path: '/lessons/cors/', title: 'CORS', at: 40 },
  );

describe('parseStored', () => {
  it('starts fresh, with no problem, when nothing is stored', () => {
    expect(parseStored(null)).toEqual({ progress: emptyProgress() });
    expect(parseStored('')).toEqual({ progress: emptyProgress() });
  });
  it('round-trips what was saved', () => {
    const p = full();
    expect(parseStored(JSON.stringify(p))).toEqual({ progress: p });
  });
  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['a list', '[1,2]', /not in a form/],
    ['a string', '"hello"', /not in a form/],
    ['an older version', JSON.stringify({ version: 0, lessons: {} }), /another version.*format 0, expected 1/],
    ['a string version', JSON.stringify({ version: '1', lessons: {} }), /another version.*format "1", expected 1/],
  ])('resets %s with a message', (_, raw, message) => {
    const r = parseStored(raw);
    expect(r.progress).toEqual(emptyProgress());
    expect(r.problem).toMatch(message);
  });
  it('keeps the valid entries of a partly damaged value and says what it dropped', () => {
    const raw = JSON.stringify({
      version: PROGRESS_VERSION,
      lessons: { cors: { readAt: 5 }, 'Bad Slug!': { readAt: 1 }, setup: { readAt: 'yesterday' } },
      quizzes: { cors: { score: 9, total: 5, at: 1, missed: [] } },
      exercises: 'all of them',
      last: { path: 'https://elsewhere.example/', title: 'x', at: 1 },
    });
    const r = parseStored(raw);
    expect(r.progress.lessons).toEqual({ cors: { readAt: 5 } });
    expect(r.progress.quizzes).toEqual({});
    expect(r.progress.exercises).toEqual({});
    expect(r.progress.last).toBeUndefined();
    expect(r.problem).toBe(
      'Some saved progress was damaged and was left out: 2 lesson entries, 1 quiz entry, exercise (not a list of entries), the last visited page.',
    );
  });
});

describe('parseImport', () => {
  it('accepts an exported file', () => {
    const p = full();
    expect(parseImport(exportText(p))).toEqual({ ok: true, progress: p });
  });
  it.each([
    ['invalid JSON', 'nope', /not valid JSON.*Nothing was changed/],
    ['another file', JSON.stringify({ name: 'package' }), /not a Container Notes progress file/],
    [
      'a damaged entry',
      JSON.stringify({ version: 1, lessons: { cors: { readAt: -1 } } }),
      /^The file has damaged entries: 1 lesson entry\. Nothing was changed\.$/,
    ],
    ['a file too large', ' '.repeat(MAX_IMPORT_BYTES + 1), /at most 256 KB/],
  ])('refuses %s as a whole', (_, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('changes', () => {
  it('marks a lesson once and unmarks it', () => {
    const once = markLessonRead(emptyProgress(), 'cors', 1);
    expect(markLessonRead(once, 'cors', 2).lessons.cors).toEqual({ readAt: 1 });
    expect(unmarkLesson(once, 'cors').lessons).toEqual({});
  });
  it('keeps the first solve time and the best command count', () => {
    let p = recordExercise(emptyProgress(), 'ex', 10, 5);
    p = recordExercise(p, 'ex', 20, 7);
    expect(p.exercises.ex).toEqual({ solvedAt: 10, commands: 5 });
    p = recordExercise(p, 'ex', 30, 3);
    expect(p.exercises.ex).toEqual({ solvedAt: 10, commands: 3 });
    expect(recordExercise(emptyProgress(), 'other', 1).exercises.other).toEqual({ solvedAt: 1 });
  });
  it('replaces a quiz score with the latest attempt', () => {
    const p = recordQuiz(full(), 'cors', { score: 5, total: 5, missed: [] }, 99);
    expect(p.quizzes.cors).toEqual({ score: 5, total: 5, missed: [], at: 99 });
  });
});

describe('continueTarget and summary', () => {
  const lessons = [
    { slug: 'why-containers', title: 'Why' },
    { slug: 'cors', title: 'CORS' },
    { slug: 'setup', title: 'Setup' },
  ];
  it('points at the first unread lesson in course order', () => {
    expect(continueTarget(markLessonRead(emptyProgress(), 'why-containers', 1), lessons)).toEqual(lessons[1]);
    const all = lessons.reduce((p, l) => markLessonRead(p, l.slug, 1), emptyProgress());
    expect(continueTarget(all, lessons)).toBeUndefined();
  });
  it('counts what was done', () => {
    expect(
      summary(
        full(),
        lessons.map((l) => l.slug),
      ),
    ).toEqual({
      lessonsRead: 1,
      lessonsTotal: 3,
      quizzesTaken: 1,
      quizScore: 4,
      quizTotal: 5,
      exercisesSolved: 1,
    });
  });
  it('says the summary in one line, with the quiz score only once a quiz was taken', () => {
    const slugs = lessons.map((l) => l.slug);
    expect(summaryLine(summary(emptyProgress(), slugs))).toBe('0 of 3 lessons read · 0 quizzes taken · 0 exercises solved.');
    expect(summaryLine(summary(full(), slugs))).toBe('1 of 3 lessons read · 1 quiz taken (4 of 5 answers right) · 1 exercise solved.');
  });
  it('reads a value with no entries at all', () => {
    expect(readProgress({ version: 1 })).toEqual({ progress: emptyProgress() });
  });
  it("reads the practice pages' value, written before any progress, as this format", () => {
    expect(readProgress({ practice: { exercises: { x: { typed: ['docker ps'], solved: true } } } })).toEqual({ progress: emptyProgress() });
  });
});
