/**
 * <cn-file-detect>: the small, always-loaded part of the file explainer. It
 * watches the /explain/ box, the file chooser and the example buttons; only
 * when a Dockerfile or compose file shows up does it import the explainer
 * (src/client/file-explainer.ts, with its parser chunks) and hand the text to
 * <cn-file-explainer>. Commands stay with <cn-command-explainer>.
 */
import { detectKind } from '../lib/files/detect';

type FileExplainerElement = HTMLElement & { explain(text: string, kind: 'dockerfile' | 'compose'): void; clear(): void };

class FileDetect extends HTMLElement {
  #timer = 0;

  connectedCallback(): void {
    const box = document.querySelector<HTMLTextAreaElement>('[data-explain-input]');
    const page = this.closest<HTMLElement>('.explain-page');
    if (!box || !page) return;
    this.hidden = false;
    const run = async (text: string) => {
      const kind = detectKind(text);
      const target = document.querySelector<FileExplainerElement>('cn-file-explainer');
      if (!target) return;
      if (kind === 'command') {
        delete page.dataset.fileMode;
        if (customElements.get('cn-file-explainer')) target.clear();
        return;
      }
      page.dataset.fileMode = kind;
      // Drawn once its stylesheet is in: nothing restyles or moves after.
      await (
        await import('./file-explainer')
      ).styled;
      await customElements.whenDefined('cn-file-explainer');
      target.explain(text, kind);
    };
    box.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void run(box.value), 250);
    });
    this.querySelector<HTMLInputElement>('[data-file-choose]')?.addEventListener('change', async (e) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (!file) return;
      box.value = await file.text();
      void run(box.value);
    });
    this.querySelector('[data-file-examples]')?.addEventListener('click', async (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-example]');
      if (!button) return;
      const { FILE_EXAMPLES } = await import('../lib/files/examples/index');
      const ex = FILE_EXAMPLES.find((x) => x.id === button.dataset.example);
      if (!ex) return;
      box.value = ex.text;
      void run(box.value);
    });
    if (box.value && detectKind(box.value) !== 'command') void run(box.value);
  }
}

customElements.define('cn-file-detect', FileDetect);
