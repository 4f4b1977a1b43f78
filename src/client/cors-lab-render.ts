/**
 * Draws a CORS lab verdict (src/lib/cors/verdict.ts) as text: a one-line summary
 * that carries data-verdict and data-preflight and is announced politely, then
 * the steps as an ordered list with each HTTP message in a <pre>. The console line
 * of a blocked request sits in an element with data-console-message.
 */
import type { HttpMessage, Verdict } from '../lib/cors';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const STATUS_WORDS = { ok: 'Passes', fail: 'Fails', info: 'Step' } as const;

function messageText(m: HttpMessage): string {
  return [m.start, ...m.headers.map(([n, v]) => `${n}: ${v}`)].join('\n');
}

/** One sentence that says the outcome in words (colour is never the only cue). */
export function summaryText(v: Verdict): string {
  if (v.thrown) return `Blocked before sending: ${v.thrown}`;
  if (v.via === 'form') {
    return 'Not blocked: a form submission is a navigation. No preflight; the server runs the request and the browser shows its answer as a new page, which the calling page cannot read.';
  }
  const pre = v.preflightSent ? 'A preflight is sent' : 'No preflight';
  if (v.allowed) {
    const what = v.sameOrigin
      ? 'same origin, so JavaScript reads everything'
      : `JavaScript can read the response; readable headers: ${v.readable.join(', ') || 'none'}`;
    return `Allowed. ${pre}; ${what}.`;
  }
  const where = v.actualSent
    ? 'the response is blocked (the server did run the request)'
    : 'the preflight fails, so the request itself is never sent';
  return `Blocked. ${pre}; ${where}.`;
}

export function renderVerdict(summary: HTMLElement, list: HTMLElement, v: Verdict): void {
  summary.dataset.verdict = v.allowed ? 'allowed' : 'blocked';
  summary.dataset.preflight = v.preflightSent ? 'sent' : 'not-sent';
  summary.className = `cors-summary is-${v.allowed ? 'allowed' : 'blocked'}`;
  summary.textContent = summaryText(v);
  list.replaceChildren(
    ...v.steps.map((step) => {
      const li = el('li', `cors-step is-${step.status}`);
      const head = el('h3', 'cors-step-title');
      if (step.status !== 'info') head.append(el('span', 'cors-step-status', `${STATUS_WORDS[step.status]}: `));
      head.append(step.title);
      li.append(head);
      if (step.title === 'Console' && v.consoleMessage) {
        const pre = el('pre', 'cors-console', v.consoleMessage);
        pre.dataset.consoleMessage = '';
        pre.tabIndex = 0;
        pre.setAttribute('aria-label', 'Console message');
        li.append(pre);
        for (const line of step.lines.slice(1)) li.append(el('p', undefined, line));
        if (v.consoleAlternatives?.length) {
          const alt = el('ul', 'cors-alternatives');
          for (const a of v.consoleAlternatives) alt.append(el('li', undefined, a.replace(/^.*blocked by CORS policy: /, '')));
          li.append(alt);
        }
        return li;
      }
      for (const line of step.lines) li.append(el('p', undefined, line));
      if (step.messages) {
        const pair = el('div', 'cors-http');
        step.messages.forEach((m, i) => {
          const fig = el('figure', 'cors-http-message');
          fig.append(el('figcaption', undefined, i === 0 ? 'Request' : 'Response'));
          const pre = el('pre', undefined, messageText(m));
          pre.tabIndex = 0;
          fig.append(pre);
          pair.append(fig);
        });
        li.append(pair);
      }
      return li;
    }),
  );
}

export function clearVerdict(summary: HTMLElement, list: HTMLElement, text: string): void {
  delete summary.dataset.verdict;
  delete summary.dataset.preflight;
  summary.className = 'cors-summary';
  summary.textContent = text;
  list.replaceChildren();
}
