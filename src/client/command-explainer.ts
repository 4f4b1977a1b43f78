/**
 * <cn-command-explainer>: explains what is typed in its box with the pure
 * src/lib/commands/explain.ts and renders the result: the command with each
 * part highlighted, the problems found, and a part-by-part list. `?cmd=`
 * pre-fills the box and follows edits. The facts (docker-cli.json, packed)
 * and our descriptions come from the page's JSON data block, so this script
 * stays small. A pasted Dockerfile or compose file is offered to another
 * element first (a `cn-explain-input` event); see docs/explainer.md.
 */
import { readExplainData, type ExplainBlock } from '../lib/commands/explain-data';
import { inputKind } from '../lib/commands/input-kind';
import { explain, type ExplainData, type Explanation, type Part } from '../lib/commands/explain';
import { splitCode } from '../lib/commands/docs';
import { explainHref } from '../lib/routes';

// Beyond these sizes the page would spend its time drawing, not explaining:
// longer input is cut (and the learner told), long results are listed in part.
const MAX_INPUT = 20_000;
const MAX_LISTED = 200;
const MAX_HIGHLIGHTED = 2_000;
const MAX_URL_INPUT = 2_000;

const KIND_WORDS: Record<Part['kind'], string> = {
  prompt: 'prompt',
  comment: 'comment',
  operator: 'shell operator',
  redirect: 'redirection',
  env: 'variable',
  sudo: 'sudo',
  program: 'program',
  subcommand: 'command',
  flag: 'option',
  value: 'value',
  argument: 'argument',
  'end-of-options': 'end of options',
  other: 'not docker',
  unknown: 'not understood',
};

const SEVERITY_WORDS = { error: 'Mistake', warning: 'Warning', note: 'Note' } as const;

/** Appends text with `code` runs to an element. */
function appendText(el: HTMLElement, text: string): void {
  for (const run of splitCode(text)) {
    if (run.code) {
      const code = document.createElement('code');
      code.textContent = run.text;
      el.append(code);
    } else {
      el.append(run.text);
    }
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class CommandExplainer extends HTMLElement {
  private data: ExplainData | undefined;
  private input: HTMLTextAreaElement | null = null;
  private timer = 0;

  connectedCallback(): void {
    const input = this.querySelector<HTMLTextAreaElement>('[data-explain-input]');
    const dataBlock = this.querySelector('script[data-explain-data]');
    if (!input || !dataBlock) {
      console.warn('cn-command-explainer needs a [data-explain-input] and a script[data-explain-data].');
      return;
    }
    try {
      this.data = readExplainData(JSON.parse(dataBlock.textContent ?? 'null') as ExplainBlock);
    } catch (error) {
      console.warn('cn-command-explainer: the command data could not be read.', error);
      return;
    }
    this.input = input;
    this.querySelector('[data-explain-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run(true);
    });
    input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      // A short pause lets fast typing and big pastes settle into one explanation.
      this.timer = window.setTimeout(() => this.run(true), 60);
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

    const cmd = new URLSearchParams(window.location.search).get('cmd');
    if (cmd) {
      input.value = cmd;
      const kind = inputKind(cmd.slice(0, MAX_INPUT));
      const page = this.closest<HTMLElement>('.explain-page');
      // A file in the link is the file explainer's: <cn-file-detect> reads it from the box when it starts.
      // Marked now, so that what only commands need is never drawn and then taken away (a layout shift).
      if (kind !== 'command' && page && page.querySelector('cn-file-detect')) page.dataset.fileMode = kind;
      else this.run(false);
    }
    // The examples below were kept invisible until the answer above them was drawn (commands.css).
    this.closest('.explain-page')?.classList.add('is-ready');
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
    this.render(text, result, full.length > MAX_INPUT);
    if (updateUrl) {
      const url = new URL(window.location.href);
      if (full.trim() && full.length <= MAX_URL_INPUT) url.searchParams.set('cmd', full);
      else url.searchParams.delete('cmd');
      history.replaceState(history.state, '', url);
    }
  }

  // One line per command above the breakdown: what it does, or that it only prints help.
  private renderSummary(result: Explanation): void {
    const box = this.querySelector<HTMLElement>('[data-explain-summary]');
    if (!box) return;
    const lines = result.commands.slice(0, 5).flatMap((c) => {
      if (c.help) return [`Prints the help of \`${c.command}\` (its usage and options) and runs nothing.`];
      if (c.docker) return [`Docker refuses this \`${c.command}\` command: see the mistake below.`];
      return c.summary ? [c.summary] : [];
    });
    box.replaceChildren(
      ...lines.map((t) => {
        const p = el('p');
        appendText(p, t);
        return p;
      }),
    );
    box.hidden = lines.length === 0;
  }

  private render(text: string, result: Explanation, cut: boolean): void {
    const output = this.querySelector<HTMLElement>('[data-explain-output]');
    const line = this.querySelector<HTMLElement>('[data-explain-line]');
    const messages = this.querySelector<HTMLElement>('[data-explain-messages]');
    const list = this.querySelector<HTMLElement>('[data-explain-parts]');
    const status = this.querySelector<HTMLElement>('[data-explain-status]');
    if (!output || !line || !messages || !list) return;

    if (!text.trim()) {
      output.hidden = true;
      if (status) status.textContent = '';
      return;
    }
    output.hidden = false;

    // The command, each part in its own highlighted span, in input order.
    const frag = document.createDocumentFragment();
    let pos = 0;
    result.parts.slice(0, MAX_HIGHLIGHTED).forEach((p, i) => {
      if (p.start < pos) return;
      if (p.start > pos) frag.append(text.slice(pos, p.start));
      const span = el('span', `tok tok-${p.kind}${p.severity ? ` has-${p.severity}` : ''}`, p.text);
      span.dataset.part = String(i);
      frag.append(span);
      pos = p.end;
    });
    frag.append(text.slice(pos));
    line.replaceChildren(frag);
    this.renderSummary(result);

    messages.replaceChildren(
      ...result.messages.map((m) => {
        const li = el('li', `explain-message is-${m.severity}`);
        li.append(el('strong', undefined, `${SEVERITY_WORDS[m.severity]}: `));
        appendText(li, m.text);
        if (m.docker) {
          const p = el('p', 'explain-docker', 'Docker prints: ');
          p.append(el('code', undefined, m.docker));
          li.append(p);
        }
        if (m.suggestion) {
          const p = el('p', 'explain-fix', 'Probably meant: ');
          const a = el('a');
          a.href = explainHref(m.suggestion);
          a.append(el('code', undefined, m.suggestion));
          p.append(a);
          li.append(p);
        }
        return li;
      }),
    );
    if (cut) {
      const li = el('li', 'explain-message is-note');
      li.append(
        el('strong', undefined, 'Note: '),
        `The text is long: only its first ${MAX_INPUT.toLocaleString('en')} characters are explained.`,
      );
      messages.append(li);
    }
    messages.hidden = messages.childElementCount === 0;

    const items = result.parts.slice(0, MAX_LISTED).map((p, i) => {
      const li = el('li', `explain-part part-${p.kind}${p.severity ? ` has-${p.severity}` : ''}`);
      li.dataset.part = String(i);
      const head = el('p', 'explain-part-head');
      head.append(el('code', `tok tok-${p.kind}`, p.text), ' ', el('span', 'explain-part-kind', KIND_WORDS[p.kind]));
      if (p.label && p.label !== p.text) head.append(' ', el('span', 'explain-part-label', p.label));
      const detail = el('p', 'explain-part-detail');
      appendText(detail, p.detail);
      li.append(head, detail);
      if (p.href) {
        const deep = p.href.includes('#option-');
        const a = el('a', 'explain-part-link', deep ? 'This option on its command page' : 'More on its command page');
        a.href = p.href;
        a.setAttribute('aria-label', `${deep ? 'This option on its command page' : 'More on its command page'}: ${p.label}`);
        li.append(a);
      }
      return li;
    });
    if (result.parts.length > MAX_LISTED) {
      items.push(el('li', 'explain-part explain-more', `…and ${result.parts.length - MAX_LISTED} more parts, not listed.`));
    }
    list.replaceChildren(...items);

    if (status) {
      const problems = result.messages.filter((m) => m.severity !== 'note').length;
      const names = [...new Set(result.commands.map((c) => c.command))].slice(0, 3).join(', ');
      status.textContent = `${names ? `Explained ${names}: ` : ''}${result.parts.length} parts, ${problems === 1 ? '1 problem' : `${problems} problems`}.`;
    }
  }
}

if (!customElements.get('cn-command-explainer')) customElements.define('cn-command-explainer', CommandExplainer);
