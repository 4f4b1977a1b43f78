/**
 * Ticks on lesson lists (home page, /lessons/) for the lessons read, and the
 * "continue where you left off" link, from the learner's saved progress.
 */
import { continueTarget } from '../lib/progress/progress';
import { loadProgress } from './progress-store';

const { progress } = loadProgress();
for (const tick of document.querySelectorAll<HTMLElement>('[data-lesson-tick]')) {
  const slug = tick.dataset.lessonTick ?? '';
  const quiz = progress.quizzes[slug];
  const parts: string[] = [];
  if (progress.lessons[slug]) parts.push('✓ read');
  if (quiz) parts.push(`quiz ${quiz.score}/${quiz.total}`);
  tick.textContent = parts.join(' · ');
  tick.hidden = parts.length === 0;
}
const box = document.querySelector<HTMLElement>('[data-continue]');
if (box) {
  const lessons = [...document.querySelectorAll<HTMLElement>('[data-lesson-tick]')].map((t) => ({
    slug: t.dataset.lessonTick ?? '',
    title: t.dataset.title ?? '',
  }));
  const started = Object.keys(progress.lessons).length > 0 || progress.last !== undefined;
  const target = continueTarget(progress, lessons);
  const link = box.querySelector('a');
  if (started && link) {
    if (target) {
      link.href = `/lessons/${target.slug}/`;
      link.textContent = `Continue where you left off: ${target.title}`;
    } else {
      link.href = '/progress/';
      link.textContent = 'You have read every lesson: see your progress';
    }
    box.hidden = false;
  }
}
