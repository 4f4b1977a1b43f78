/**
 * Draws <cn-command-explainer>'s answer (src/client/command-explainer.ts): the
 * one-line summary, the command with each part highlighted, the problems
 * found with what Docker prints, and the part-by-part list. Text only, never
 * innerHTML.
 */
import type { Explanation, Part } from '../lib/commands/explain';
import { splitCode } from '../lib/commands/docs';
import { explainHref } from '../lib/routes';

// Beyond these sizes the page would spend its time drawing, not explaining:
// longer input is cut (and the learner told), long results are listed in part.
export const MAX_INPUT = 20_000;
const MAX_LISTED = 200;
const MAX_HIGHLIGHTED = 2_000;

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

// One line per command above the breakdown: what it does, or that it only prints help.
function renderSummary(root: HTMLElement, result: Explanation): void {
  const box = root.querySelector<HTMLElement>('[data-explain-summary]');
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

/** Draws an explanation of `text` into the explainer's output elements, inside `root`. */
export function renderExplanation(root: HTMLElement, text: string, result: Explanation, cut: boolean): void {
  const output = root.querySelector<HTMLElement>('[data-explain-output]');
  const line = root.querySelector<HTMLElement>('[data-explain-line]');
  const messages = root.querySelector<HTMLElement>('[data-explain-messages]');
  const list = root.querySelector<HTMLElement>('[data-explain-parts]');
  const status = root.querySelector<HTMLElement>('[data-explain-status]');
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
  renderSummary(root, result);

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
