/**
 * <cn-command-explainer>: explains what is typed in its box with the pure
 * src/lib/commands/explain.ts and renders the result: the command with each
 * part highlighted, the problems found, and a part-by-part list. `?cmd=`
 * pre-fills the box and follows edits. The facts (docker-cli.json, packed)
 * and our descriptions come from the data file named by `data-src`, which the
 * page preloads; what is typed before it arrives is explained when it does.
 * A pasted Dockerfile or compose file is offered to another element first (a
 * `cn-explain-input` event); see docs/explainer.md.
 */
import { loadExplainData, type LoadProblem } from '../lib/commands/explain-load';
import { inputKind } from '../lib/commands/input-kind';
import { explain, type ExplainData } from '../lib/commands/explain';
import { MAX_INPUT, renderExplanation } from './command-explainer-render';

// Longer input stays out of the address bar.
const MAX_URL_INPUT = 2_000;

class CommandExplainer extends HTMLElement {
  private data: ExplainData | undefined;
  private input: HTMLTextAreaElement | null = null;
  private timer = 0;
  /** What to explain once the data arrives: the `?cmd=` link, or what was typed meanwhile. */
  private pending: 'nothing' | 'link' | 'edit' = 'nothing';
  private src = '';

  connectedCallback(): void {
    const input = this.querySelector<HTMLTextAreaElement>('[data-explain-input]');
    const src = this.dataset.src;
    if (!input || !src) {
      console.warn('cn-command-explainer needs a [data-explain-input] and a data-src.');
      return;
    }
    this.input = input;
    this.src = src;
    this.querySelector('[data-explain-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.explainOrWait();
    });
    input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      // A short pause lets fast typing and big pastes settle into one explanation.
      this.timer = window.setTimeout(() => this.explainOrWait(), 60);
    });
    const parts = this.querySelector<HTMLElement>('[data-explain-parts]');
    const line = this.querySelector<HTMLElement>('[data-explain-line]');
    const mark = (event: Event, on: boolean) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-part]');
      if (item) line?.querySelector(`[data-part="${item.dataset.part}"]`)?.classList.toggle('is-current', on);
    };
    parts?.addEventListener('pointerover', (e) => mark(e, true));
    parts?.addEventListener('pointerout', (e) => mark(e, false));
    parts?.addEventListener('focusin', (e) => mark(e, true));
    parts?.addEventListener('focusout', (e) => mark(e, false));
    this.querySelector('[data-explain-retry]')?.addEventListener('click', () => void this.load());
    // A reload brings the new build's page; what was typed comes along in `?cmd=`.
    this.querySelector('[data-explain-reload]')?.addEventListener('click', () => window.location.replace(this.urlWith(input.value)));

    const cmd = new URLSearchParams(window.location.search).get('cmd');
    if (cmd) {
      input.value = cmd;
      const kind = inputKind(cmd.slice(0, MAX_INPUT));
      const page = this.closest<HTMLElement>('.explain-page');
      // A file in the link is the file explainer's: <cn-file-detect> reads it from the box when it starts.
      // Marked now, so that what only commands need is never drawn and then taken away (a layout shift).
      if (kind !== 'command' && page && page.querySelector('cn-file-detect')) page.dataset.fileMode = kind;
      else this.pending = 'link';
    }
    // The examples below stay invisible until the answer above them is drawn (explain.css).
    if (this.pending === 'nothing') this.ready();
    void this.load();
  }

  private ready(): void {
    this.closest('.explain-page')?.classList.add('is-ready');
  }

  private explainOrWait(): void {
    if (this.data) this.run(true);
    else this.pending = 'edit';
  }

  private async load(): Promise<void> {
    // The same URL and mode as the page's <link rel="preload">, so the preloaded answer is used.
    const result = await loadExplainData(this.src, (url) => fetch(url));
    if (result.ok) {
      this.data = result.data;
      this.showProblem(undefined);
      if (this.pending !== 'nothing') this.run(this.pending === 'edit');
      this.pending = 'nothing';
    } else {
      this.showProblem(result);
    }
    this.ready();
  }

  /** Says in place of the explanation why there is none, with the button that may help; `undefined` clears it. */
  private showProblem(problem: LoadProblem | undefined): void {
    const box = this.querySelector<HTMLElement>('[data-explain-problem]');
    if (!box) return;
    box.hidden = !problem;
    if (!problem) return;
    for (const part of box.querySelectorAll<HTMLElement>('[data-when]')) {
      part.hidden = part.dataset.when !== problem.failure && part.dataset.when !== problem.action;
    }
  }

  /** This page's URL with `value` as its `?cmd=`, or none when empty or too long for an address bar. */
  private urlWith(value: string): URL {
    const url = new URL(window.location.href);
    if (value.trim() && value.length <= MAX_URL_INPUT) url.searchParams.set('cmd', value);
    else url.searchParams.delete('cmd');
    return url;
  }

  private run(updateUrl: boolean): void {
    if (!this.data || !this.input) return;
    const full = this.input.value;
    const text = full.slice(0, MAX_INPUT);
    const kind = inputKind(text);
    // A file goes to whichever element explains files; if none takes it, it is read as commands.
    const offered =
      kind !== 'command' &&
      !this.dispatchEvent(new CustomEvent('cn-explain-input', { detail: { kind, text }, bubbles: true, cancelable: true }));
    const output = this.querySelector<HTMLElement>('[data-explain-output]');
    if (offered) {
      if (output) output.hidden = true;
      return;
    }
    const result = explain(text, this.data);
    renderExplanation(this, text, result, full.length > MAX_INPUT);
    if (updateUrl) history.replaceState(history.state, '', this.urlWith(full));
  }
}

if (!customElements.get('cn-command-explainer')) customElements.define('cn-command-explainer', CommandExplainer);
