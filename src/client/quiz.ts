/**
 * <cn-quiz>: one question at a time, with feedback, a score and "review what
 * you missed". The server-rendered list (src/components/Quiz.astro) stays the
 * page without JavaScript; this element hides what the current step does not
 * need and records the score in the learner's progress.
 */
import { answer, currentId, next, review, score, startSession, type QuizSession } from '../lib/quiz/session';
import { gradeChoice, gradeOrder, moveItem, type QuestionView } from '../lib/quiz/view';
import { recordQuiz } from '../lib/progress/progress';
import { loadProgress, updateProgress } from './progress-store';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  if (text !== undefined) node.textContent = text;
  return node;
}

class CnQuiz extends HTMLElement {
  private questions: QuestionView[] = [];
  private ids: string[] = [];
  private session!: QuizSession;
  private status!: HTMLElement;
  private controls!: HTMLElement;
  private feedback!: HTMLElement;
  /** Current arrangement of each order question's lines. */
  private arranged = new Map<string, string[]>();

  connectedCallback(): void {
    const data = this.querySelector('script[data-quiz-data]');
    if (!data?.textContent || this.classList.contains('is-enhanced')) return;
    this.questions = JSON.parse(data.textContent) as QuestionView[];
    this.ids = this.questions.map((q) => q.id);
    this.status = this.querySelector<HTMLElement>('[data-quiz-status]') ?? el('p');
    this.feedback = el('div', { className: 'quiz-feedback' });
    this.feedback.setAttribute('aria-live', 'polite');
    this.controls = el('div', { className: 'quiz-controls' });
    this.querySelector('.quiz-questions')?.after(this.feedback, this.controls);
    for (const q of this.questions) if (q.kind === 'order') this.arranged.set(q.id, [...q.shown]);
    this.classList.add('is-enhanced');
    const last = loadProgress().progress.quizzes[this.dataset.lesson ?? ''];
    this.start(last ? `Last time you scored ${last.score} of ${last.total}.` : '');
  }

  private start(note: string): void {
    this.session = startSession(this.ids);
    this.status.hidden = note === '';
    this.status.textContent = note;
    this.draw();
  }

  private item(id: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-question="${CSS.escape(id)}"]`);
  }

  private draw(focus = false): void {
    const id = currentId(this.session);
    for (const li of this.querySelectorAll<HTMLElement>('[data-question]')) {
      li.hidden = li.dataset.question !== id;
      const details = li.querySelector('details');
      if (details) details.hidden = true;
    }
    this.controls.replaceChildren();
    this.feedback.replaceChildren();
    if (this.session.phase === 'done') return this.drawScore();
    const q = this.questions.find((x) => x.id === id);
    const li = id ? this.item(id) : null;
    if (!q || !li) return;
    if (q.kind === 'order') this.drawOrder(q, li);
    for (const input of li.querySelectorAll('input')) input.disabled = this.session.checked;
    if (!this.session.checked) {
      const check = el('button', { type: 'button', className: 'button primary' }, 'Check answer');
      check.addEventListener('click', () => this.check(q, li));
      this.controls.append(check);
    } else {
      this.drawFeedback(q, li);
      const last = this.session.index + 1 >= this.session.order.length;
      const go = el('button', { type: 'button', className: 'button primary' }, last ? 'See your score' : 'Next question');
      go.addEventListener('click', () => {
        this.session = next(this.session);
        this.draw(true);
      });
      this.controls.append(go);
      if (focus) go.focus();
    }
    if (focus && !this.session.checked) li.querySelector<HTMLElement>('legend')?.setAttribute('tabindex', '-1');
    if (focus && !this.session.checked) li.querySelector<HTMLElement>('legend')?.focus();
  }

  private drawOrder(q: Extract<QuestionView, { kind: 'order' }>, li: HTMLElement): void {
    const list = li.querySelector('.quiz-order');
    const lines = this.arranged.get(q.id) ?? q.shown;
    if (!list) return;
    list.replaceChildren(
      ...lines.map((line, i) => {
        const row = el('li');
        row.append(el('code', {}, line));
        for (const [by, label, arrow] of [
          [-1, 'up', '↑'],
          [1, 'down', '↓'],
        ] as const) {
          const b = el(
            'button',
            { type: 'button', className: 'quiz-move', disabled: this.session.checked || i + by < 0 || i + by >= lines.length },
            arrow,
          );
          b.setAttribute('aria-label', `Move line ${i + 1}, ${line}, ${label}`);
          b.addEventListener('click', () => {
            this.arranged.set(q.id, moveItem(lines, i, by));
            this.draw();
            // Keep focus on the moved line's button of the same direction.
            const buttons = this.item(q.id)?.querySelectorAll<HTMLButtonElement>('.quiz-order li')[i + by]?.querySelectorAll('button');
            const again = buttons?.[by < 0 ? 0 : 1];
            (again && !again.disabled ? again : buttons?.[by < 0 ? 1 : 0])?.focus();
          });
          row.append(b);
        }
        return row;
      }),
    );
  }

  private check(q: QuestionView, li: HTMLElement): void {
    let correct: boolean;
    if (q.kind === 'choice') {
      const chosen = li.querySelector<HTMLInputElement>('input:checked');
      if (!chosen) {
        this.feedback.replaceChildren(el('p', { className: 'quiz-nudge' }, 'Choose an answer first.'));
        return;
      }
      correct = gradeChoice(q, Number(chosen.value));
    } else {
      correct = gradeOrder(q, this.arranged.get(q.id) ?? q.shown);
    }
    this.session = answer(this.session, correct);
    this.draw();
    this.controls.querySelector('button')?.focus();
  }

  private drawFeedback(q: QuestionView, li: HTMLElement): void {
    const ok = this.session.results[q.id] === true;
    const verdict = el('p', { className: ok ? 'quiz-verdict is-right' : 'quiz-verdict is-wrong' }, ok ? 'Right.' : 'Not quite.');
    const parts: Node[] = [verdict];
    if (q.kind === 'choice') {
      const chosen = Number(li.querySelector<HTMLInputElement>('input:checked')?.value ?? -1);
      const pick = q.choices[chosen];
      if (pick) parts.push(el('p', {}, pick.why));
      if (!ok) {
        const right = q.choices.find((c) => c.correct);
        if (right) parts.push(el('p', {}, `The answer: ${right.text}. ${right.why}`));
      }
    } else if (!ok) {
      const list = el('ol', { className: 'quiz-order-answer' });
      list.append(...q.answer.map((line) => el('li', {}, line)));
      parts.push(el('p', {}, 'The right order:'), list);
    }
    parts.push(el('p', {}, q.explanation));
    const link = li.querySelector<HTMLAnchorElement>('details a[href^="#"]');
    if (link) {
      const p = el('p');
      p.append(link.cloneNode(true));
      parts.push(p);
    }
    this.feedback.replaceChildren(...parts);
  }

  private drawScore(): void {
    const result = score(this.session, this.ids);
    updateProgress((p) => recordQuiz(p, this.dataset.lesson ?? '', result, Date.now()));
    const heading = el('p', { className: 'quiz-score' }, `You scored ${result.score} of ${result.total}.`);
    this.feedback.replaceChildren(heading);
    if (result.missed.length) {
      const missed = el('ul', { className: 'quiz-missed' });
      for (const id of result.missed) {
        const q = this.questions.find((x) => x.id === id);
        const a = el('a', { href: `#${q?.section ?? ''}` }, q?.prompt.replace(/`/g, '') ?? id);
        const row = el('li');
        row.append(a);
        missed.append(row);
      }
      this.feedback.append(el('p', {}, 'Worth another look:'), missed);
      const again = el('button', { type: 'button', className: 'button primary' }, 'Review what you missed');
      again.addEventListener('click', () => {
        const s = review(this.session, this.ids);
        if (s) this.session = s;
        this.draw(true);
      });
      this.controls.append(again);
    }
    const restart = el('button', { type: 'button', className: 'button' }, 'Start again');
    restart.addEventListener('click', () => {
      for (const input of this.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
      for (const q of this.questions) if (q.kind === 'order') this.arranged.set(q.id, [...q.shown]);
      this.start('');
      this.querySelector<HTMLElement>('legend')?.focus();
    });
    this.controls.append(restart);
    heading.tabIndex = -1;
    heading.focus();
  }
}

customElements.define('cn-quiz', CnQuiz);
