/**
 * <cn-progress-page>: draws /progress/ from the saved progress, and handles
 * export (a JSON file made in the browser), import (validated as a whole: a bad
 * file changes nothing) and forgetting.
 */
import { exportText, MAX_IMPORT_BYTES, parseImport, summary, summaryLine } from '../lib/progress/progress';
import { clearProgress, loadProgress, PROGRESS_EVENT, saveProgress } from './progress-store';

class CnProgressPage extends HTMLElement {
  private message!: HTMLElement;

  connectedCallback(): void {
    this.message = this.querySelector<HTMLElement>('[data-progress-message]') ?? document.createElement('p');
    const { problem } = loadProgress();
    if (problem) this.say(problem);
    this.draw();
    window.addEventListener(PROGRESS_EVENT, () => this.draw());
    this.querySelector('[data-action="export"]')?.addEventListener('click', () => this.exportFile());
    const picker = this.querySelector<HTMLInputElement>('[data-action="import"]');
    picker?.addEventListener('change', () => void this.importFile(picker));
    this.querySelector('[data-action="import-open"]')?.addEventListener('click', () => picker?.click());
    this.querySelector('[data-action="clear"]')?.addEventListener('click', () => {
      if (!window.confirm('Forget every lesson read, quiz score and exercise solved in this browser?')) return;
      clearProgress();
      this.say('Your progress was cleared.');
    });
  }

  private say(text: string): void {
    this.message.textContent = text;
  }

  private draw(): void {
    const { progress } = loadProgress();
    const rows = [...this.querySelectorAll<HTMLElement>('[data-progress-lesson]')];
    const s = summary(
      progress,
      rows.map((r) => r.dataset.progressLesson ?? ''),
    );
    for (const row of rows) {
      const slug = row.dataset.progressLesson ?? '';
      const read = progress.lessons[slug];
      const quiz = progress.quizzes[slug];
      const readCell = row.querySelector('[data-cell="read"]');
      const quizCell = row.querySelector('[data-cell="quiz"]');
      if (readCell) readCell.textContent = read ? `✓ ${new Date(read.readAt).toLocaleDateString()}` : 'not yet';
      if (quizCell) quizCell.textContent = quiz ? `${quiz.score} of ${quiz.total}` : 'not taken';
    }
    const summaryEl = this.querySelector('[data-progress-summary]');
    if (summaryEl) summaryEl.textContent = summaryLine(s);
    const ex = this.querySelector('[data-progress-exercises]');
    const solved = Object.entries(progress.exercises);
    if (ex && solved.length) {
      const list = document.createElement('ul');
      for (const [id, e] of solved) {
        const li = document.createElement('li');
        const a = Object.assign(document.createElement('a'), { href: `/practice/${id}/`, textContent: id });
        li.append(a, ` solved${e.commands !== undefined ? ` in ${e.commands} commands` : ''}`);
        list.append(li);
      }
      ex.replaceChildren('Solved: ', list);
    }
  }

  private exportFile(): void {
    const blob = new Blob([exportText(loadProgress().progress)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: `container-notes-progress-${new Date().toISOString().slice(0, 10)}.json`,
    });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.say('Your progress was exported to a file.');
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      this.say(
        `Import refused: the file is ${Math.ceil(file.size / 1024)} KB; a progress file is at most ${MAX_IMPORT_BYTES / 1024} KB. Nothing was changed.`,
      );
      return;
    }
    const result = parseImport(await file.text());
    if (!result.ok) {
      this.say(`Import refused: ${result.error}`);
      return;
    }
    saveProgress(result.progress);
    this.say(`Imported your progress from ${file.name}.`);
  }
}

customElements.define('cn-progress-page', CnProgressPage);
