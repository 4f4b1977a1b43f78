/**
 * <cn-file-explainer>: explains a pasted or chosen Dockerfile or compose
 * file. The work runs in a Web Worker (dockerfile-worker.ts, compose-worker.ts),
 * so a 1 MB paste or a parser stuck on odd input never freezes the page; a
 * worker that takes too long is stopped and the learner told so.
 */
import type { ComposeReport } from '../lib/compose/index';
import type { DockerfileReport } from '../lib/dockerfile/index';
import { composeSummary, dockerfileSummary, el, findingsList, lineList, prose, svgFrom } from './file-explainer-render';
// `?url`: a plain import would link it, render-blocking, from /explain/ itself (a slower first paint on phones).
import stylesheet from './file-explainer.css?url';
import { loadStylesheet } from './stylesheet';

/** Resolves once the explainer's stylesheet has loaded (or failed: the text still reads without it). */
export const styled: Promise<void> = loadStylesheet(stylesheet).catch(() => {});

/** Past this the explanation would be too long to read; the rest is not explained (and we say where it stops). */
const MAX_CHARS = 100_000;
const MAX_LINES_LISTED = 400;
// Generous: a slow phone parsing 100 KB of YAML needs seconds, and the page stays usable meanwhile.
const TIMEOUT_MS = 20_000;

type Report = DockerfileReport | ComposeReport;

class FileExplainer extends HTMLElement {
  #worker: Worker | null = null;
  #workerKind: 'dockerfile' | 'compose' | null = null;
  #seq = 0;
  #timer = 0;
  /** The job whose answer we wait for (id 0: none), and the size message to show with it. */
  #pending: { id: number; cut: string | null } = { id: 0, cut: null };

  clear(): void {
    this.#cancel();
    this.replaceChildren();
    this.hidden = true;
  }

  /** Drops a pending job: its result must never draw over newer input, and a long one must not keep a core busy. */
  #cancel(): void {
    clearTimeout(this.#timer);
    if (this.#pending.id) {
      this.#worker?.terminate();
      this.#worker = null;
    }
    this.#pending = { id: 0, cut: null };
  }

  explain(text: string, kind: 'dockerfile' | 'compose'): void {
    let input = text;
    let cut: string | null = null;
    if (text.length > MAX_CHARS) {
      input = text.slice(0, text.lastIndexOf('\n', MAX_CHARS) + 1 || MAX_CHARS);
      const line = input.split('\n').length;
      cut = `The text is ${Math.round(text.length / 1024)} KB, more than the ${MAX_CHARS / 1000} KB this explainer reads: only lines 1–${line - 1} are explained; it stops at line ${line}, column 1.`;
    }
    this.#cancel();
    const id = ++this.#seq;
    this.#status(`Explaining the ${kind === 'dockerfile' ? 'Dockerfile' : 'compose file'}…`);
    this.#ensureWorker(kind).postMessage({ id, text: input });
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      if (id !== this.#pending.id) return;
      this.#cancel();
      this.#render(
        null,
        `Gave up after ${TIMEOUT_MS / 1000} seconds: this file is too large or too unusual to explain here. Nothing was lost; try a smaller part of it.`,
        cut,
      );
    }, TIMEOUT_MS);
    this.#pending = { id, cut };
  }

  #ensureWorker(kind: 'dockerfile' | 'compose'): Worker {
    if (this.#worker && this.#workerKind === kind) return this.#worker;
    this.#worker?.terminate();
    // Two literal `new Worker(new URL(...))` calls: the bundler only finds workers written this way.
    const w =
      kind === 'dockerfile'
        ? new Worker(new URL('./dockerfile-worker.ts', import.meta.url), { type: 'module' })
        : new Worker(new URL('./compose-worker.ts', import.meta.url), { type: 'module' });
    this.#workerKind = kind;
    w.onmessage = (e: MessageEvent<{ id: number; report?: Report; error?: string }>) => {
      if (e.data.id !== this.#pending.id) return;
      clearTimeout(this.#timer);
      const cut = this.#pending.cut;
      this.#pending = { id: 0, cut: null };
      this.#render(e.data.report ?? null, e.data.error ? `The explainer failed on this input: ${e.data.error}` : null, cut);
    };
    this.#worker = w;
    return w;
  }

  #status(text: string): void {
    const s = document.querySelector('[data-file-status]');
    if (s) s.textContent = text;
  }

  #render(r: Report | null, error: string | null, cut: string | null): void {
    this.hidden = false;
    const out: Node[] = [];
    const title = el('h2', undefined, r?.kind === 'compose' ? 'What this compose file does' : 'What this Dockerfile does');
    title.id = 'file-result-title';
    out.push(title);
    if (cut) out.push(prose('p', cut, 'explain-message is-warning'));
    if (error || !r) {
      out.push(prose('p', error ?? 'Nothing to explain.', 'explain-message is-error'));
      this.replaceChildren(...out);
      this.#status(error ?? '');
      return;
    }
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    if (r.kind === 'dockerfile') {
      out.push(dockerfileSummary(r));
    } else if (r.plan) {
      out.push(composeSummary(r));
      if (r.diagram) out.push(this.#figure(r));
    }
    out.push(el('h3', undefined, `Findings (${r.findings.length})`));
    out.push(r.findings.length ? findingsList(r.findings) : el('p', undefined, 'No problems found.'));
    if (r.lines.length) {
      out.push(el('h3', undefined, r.kind === 'dockerfile' ? 'Instruction by instruction' : 'Key by key'));
      out.push(lineList(r.lines, r.kind === 'dockerfile' ? 'Instruction by instruction' : 'Key by key', MAX_LINES_LISTED));
      if (r.lines.length > MAX_LINES_LISTED)
        out.push(el('p', undefined, `Only the first ${MAX_LINES_LISTED} of ${r.lines.length} are listed.`));
    }
    this.replaceChildren(...out);
    const what =
      r.kind === 'dockerfile' ? `Dockerfile: ${r.lines.length} instructions` : `compose file: ${r.plan?.services.length ?? 0} services`;
    this.#status(`Explained the ${what}, ${r.findings.length} findings (${errors} errors).`);
  }

  #figure(r: ComposeReport): HTMLElement {
    const fig = el('figure', 'file-diagram');
    const svg = svgFrom(r.diagram!.svg);
    svg.setAttribute('aria-labelledby', 'file-diagram-caption');
    const cap = el('figcaption', undefined, 'The project as `docker compose up` creates it. In words:'.replace(/`/g, ''));
    cap.id = 'file-diagram-caption';
    const words = el('ul', 'file-diagram-text');
    for (const d of r.diagram!.description) words.append(el('li', undefined, d));
    const scroll = el('div', 'file-diagram-scroll');
    scroll.append(svg);
    fig.append(scroll, cap, words);
    return fig;
  }
}

customElements.define('cn-file-explainer', FileExplainer);
