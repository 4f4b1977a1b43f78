/**
 * <cn-lesson-progress>: marks the lesson read when the learner reaches its
 * summary, or with the "Mark as done" button (which also takes the mark back),
 * and remembers the page for "continue where you left off".
 */
import { markLessonRead, recordVisit, unmarkLesson } from '../lib/progress/progress';
import { loadProgress, updateProgress } from './progress-store';

class CnLessonProgress extends HTMLElement {
  connectedCallback(): void {
    const slug = this.dataset.lesson;
    const button = this.querySelector<HTMLButtonElement>('button');
    const note = this.querySelector<HTMLElement>('[data-progress-note]');
    if (!slug || !button) return;
    const { progress, problem } = loadProgress();
    if (problem && note) {
      note.hidden = false;
      note.textContent = problem;
    }
    updateProgress((p) =>
      recordVisit(p, { path: location.pathname, title: document.title.replace(/ · Container Notes$/, ''), at: Date.now() }),
    );
    const draw = (read: boolean) => {
      button.setAttribute('aria-pressed', String(read));
      button.textContent = read ? '✓ Lesson done' : 'Mark lesson as done';
    };
    draw(Boolean(progress.lessons[slug]));
    this.hidden = false;
    button.addEventListener('click', () => {
      const read = Boolean(loadProgress().progress.lessons[slug]);
      draw(Boolean(updateProgress((p) => (read ? unmarkLesson(p, slug) : markLessonRead(p, slug, Date.now()))).lessons[slug]));
    });
    const summary = document.querySelector('.summary-box');
    if (summary && 'IntersectionObserver' in window) {
      const seen = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        draw(Boolean(updateProgress((p) => markLessonRead(p, slug, Date.now())).lessons[slug]));
      });
      seen.observe(summary);
    }
  }
}

customElements.define('cn-lesson-progress', CnLessonProgress);
