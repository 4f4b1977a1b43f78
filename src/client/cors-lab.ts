/**
 * <cn-cors-lab>: the CORS lab's form and verdict. The state lives in the URL
 * query (src/lib/cors/query.ts): the element fills the form from it, and every
 * change writes it back with replaceState and recomputes the verdict with the
 * pure model, so a shared link opens the same case.
 */
import { decide, FLASK_PARAMS, flaskCode, parseLabQuery, RAW_PARAMS, serializeLabQuery, type LabState } from '../lib/cors';
import { formatPy, type PyValue } from '../lib/cors/py-literal';
import { clearVerdict, renderVerdict } from './cors-lab-render';

class CorsLab extends HTMLElement {
  private form: HTMLFormElement | null = null;
  private timer = 0;

  connectedCallback(): void {
    this.form = this.querySelector<HTMLFormElement>('[data-cors-form]');
    if (!this.form) {
      console.warn('cn-cors-lab needs a form[data-cors-form].');
      return;
    }
    const params = new URLSearchParams(window.location.search);
    const { state, errors } = parseLabQuery(params);
    this.fill(state, params);
    this.run(false, errors);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run(true);
    });
    this.form.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      // A short pause lets typing settle into one verdict and one announcement.
      this.timer = window.setTimeout(() => this.run(true), 250);
    });
    this.form.addEventListener('change', (event) => {
      const t = event.target as HTMLInputElement;
      if (t.name === 'server') this.showMode();
      // Typing into a raw header's value means "send it".
      if (t.dataset.raw) this.input<HTMLInputElement>(`[data-send="${t.dataset.raw}"]`).checked = true;
    });
  }

  private input<T extends HTMLElement>(selector: string): T {
    const node = this.querySelector<T>(selector);
    if (!node) throw new Error(`cn-cors-lab: missing ${selector}`);
    return node;
  }

  private field(name: string): HTMLInputElement | HTMLTextAreaElement {
    return this.input(`[name="${name}"]`);
  }

  /** Fills the form; a flask-cors value that did not parse is shown as typed, with its error. */
  private fill(state: LabState, params: URLSearchParams): void {
    const r = state.request;
    this.field('origin').value = r.origin;
    this.field('url').value = r.url;
    this.field('method').value = r.method;
    this.field('header').value = r.headers.map(([n, v]) => `${n}: ${v}`).join('\n');
    this.input<HTMLInputElement>(`[name="credentials"][value="${r.credentials}"]`).checked = true;
    this.input<HTMLInputElement>(`[name="via"][value="${r.via ?? 'fetch'}"]`).checked = true;
    this.input<HTMLInputElement>(`[name="server"][value="${state.server.mode}"]`).checked = true;
    if (state.server.mode === 'raw') {
      for (const [key, param] of RAW_PARAMS) {
        const value = state.server.raw[key];
        this.input<HTMLInputElement>(`[data-send="${param}"]`).checked = value !== undefined;
        this.input<HTMLInputElement>(`[data-raw="${param}"]`).value = value ?? '';
      }
    } else {
      const f = state.server.flask;
      for (const [key, param] of FLASK_PARAMS) {
        const node = this.input<HTMLInputElement>(`[data-flask="${param}"]`);
        if (node.type === 'checkbox') node.checked = f[key] === true;
        else if (key === 'resources') node.value = f.resources ?? '';
        else node.value = params.get(param) ?? formatPy(f[key] as PyValue);
      }
    }
    this.showMode();
  }

  private showMode(): void {
    const flask = this.input<HTMLInputElement>('[name="server"][value="flask-cors"]').checked;
    this.input('[data-cors-raw]').hidden = flask;
    this.input('[data-cors-flask]').hidden = !flask;
  }

  /** The form as a query, in the contract's names. */
  private query(): URLSearchParams {
    const p = new URLSearchParams();
    for (const name of ['origin', 'url', 'method']) p.set(name, this.field(name).value.trim());
    for (const line of this.field('header').value.split('\n')) if (line.trim()) p.append('header', line.trim());
    p.set('credentials', this.input<HTMLInputElement>('[name="credentials"]:checked').value);
    if (this.input<HTMLInputElement>('[name="via"]:checked').value === 'form') p.set('via', 'form');
    const mode = this.input<HTMLInputElement>('[name="server"]:checked').value;
    if (mode === 'flask-cors') {
      p.set('server', 'flask-cors');
      for (const [, param] of FLASK_PARAMS) {
        const node = this.input<HTMLInputElement>(`[data-flask="${param}"]`);
        p.set(param, node.type === 'checkbox' ? (node.checked ? 'True' : 'False') : node.value.trim());
      }
    } else {
      for (const [, param] of RAW_PARAMS) {
        if (this.input<HTMLInputElement>(`[data-send="${param}"]`).checked) {
          p.set(param, this.input<HTMLInputElement>(`[data-raw="${param}"]`).value);
        }
      }
    }
    return p;
  }

  private run(fromForm: boolean, initialErrors: string[] = []): void {
    const summary = this.input<HTMLElement>('[data-cors-summary]');
    const steps = this.input<HTMLElement>('[data-cors-steps]');
    const errorBox = this.input<HTMLElement>('[data-cors-errors]');
    let state: LabState;
    let errors = initialErrors;
    if (fromForm) {
      const parsed = parseLabQuery(this.query());
      state = parsed.state;
      errors = parsed.errors;
      const url = new URL(window.location.href);
      // With a mistake in the form, the URL keeps what was typed, so nothing is lost.
      url.search = errors.length ? this.query().toString() : serializeLabQuery(state);
      history.replaceState(history.state, '', url);
    } else {
      state = parseLabQuery(new URLSearchParams(window.location.search)).state;
    }
    if (state.server.mode === 'flask-cors') this.input('[data-cors-code]').textContent = flaskCode(state.server.flask);
    let verdict;
    try {
      verdict = decide(state.request, state.server);
    } catch (error) {
      // flask-cors refuses some settings when the app starts (a ValueError).
      errors = [...errors, error instanceof Error ? error.message : String(error)];
    }
    errors = [...errors, ...(verdict?.errors ?? [])];
    errorBox.hidden = errors.length === 0;
    errorBox.replaceChildren(...errors.map((e) => Object.assign(document.createElement('p'), { textContent: e })));
    if (!verdict || errors.length) {
      clearVerdict(summary, steps, 'Fix the settings above to see a verdict.');
      return;
    }
    renderVerdict(summary, steps, verdict);
  }
}

customElements.define('cn-cors-lab', CorsLab);
