/**
 * The exercise beside the terminal: what is still missing, the solved mark on
 * <main data-exercise-state>, the golf count, hints revealed one by one, and
 * a status line for screen readers.
 */
import type { Check } from '../../lib/exercises/schema.ts';

/** What the page hands the terminal in its JSON data block. */
export interface PracticeData {
  /** Exercise id, or the sandbox's key. */
  id: string;
  setup: string[];
  checks: Check[];
  /** Commands in the model solution (0 in the sandbox). */
  solutionCount: number;
  /** The host after the setup, saved at build time (src/lib/engine/restore-host.ts); absent without a setup. */
  start?: unknown;
}

export class ExercisePanel {
  private readonly main = document.querySelector<HTMLElement>('main[data-exercise-state]');
  private readonly missing: HTMLElement | null;
  private readonly golf: HTMLElement | null;
  private readonly status: HTMLElement | null;
  private wasSolved: boolean | undefined;

  constructor(
    root: HTMLElement,
    private readonly data: PracticeData,
  ) {
    this.missing = root.querySelector('[data-practice-missing]');
    this.golf = root.querySelector('[data-practice-golf]');
    this.status = root.querySelector('[data-practice-status]');
    const hintButton = root.querySelector<HTMLButtonElement>('[data-practice-hint]');
    const hints = [...root.querySelectorAll<HTMLElement>('[data-practice-hints] li')];
    hintButton?.addEventListener('click', () => {
      const next = hints.find((h) => h.hidden);
      if (next) {
        next.hidden = false;
        next.closest<HTMLElement>('[data-practice-hints]')?.removeAttribute('hidden');
      }
      const left = hints.filter((h) => h.hidden).length;
      hintButton.textContent = left ? `Show a hint (${left} left)` : 'No more hints';
      hintButton.disabled = left === 0;
    });
  }

  update(missing: string[], solved: boolean, commands: number): void {
    if (this.main) this.main.dataset.exerciseState = solved ? 'solved' : 'unsolved';
    if (this.missing) {
      const items = missing.map((m) => {
        const li = document.createElement('li');
        li.textContent = m;
        return li;
      });
      this.missing.replaceChildren(...items);
      this.missing.hidden = solved;
    }
    const solvedNote = this.missing?.parentElement?.querySelector<HTMLElement>('[data-practice-solved]');
    if (solvedNote) solvedNote.hidden = !solved;
    if (this.golf && this.data.solutionCount) {
      this.golf.textContent = `Commands used: ${commands}. The model solution uses ${this.data.solutionCount}.`;
    }
    if (this.wasSolved === false && solved) this.announce('Solved! Every check passes.');
    this.wasSolved = solved;
  }

  announce(text: string): void {
    if (!this.status) return;
    this.status.textContent = '';
    // A change after clearing is what makes screen readers repeat a message.
    requestAnimationFrame(() => {
      if (this.status) this.status.textContent = text;
    });
  }
}
