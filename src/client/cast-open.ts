/**
 * `<cn-cast-open>` on /playground/: replays a .cast file the user picks or
 * drops, in the page's empty player (`data-player` names its id). Nothing is
 * uploaded: the file is read in the browser. A file the player cannot read
 * gets a list of its problems, line by line.
 */
import { MAX_BYTES, tooLargeMessage } from '../lib/replay/limits';
import type { CastPlayer } from './cast-player';

class CastOpen extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="file"]');
    const zone = this.querySelector<HTMLElement>('[data-drop]');
    if (!input || !zone) return;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.open(file);
    });
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      zone.classList.add('is-over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('is-over');
      const file = e.dataTransfer?.files[0];
      if (file) void this.open(file);
      else this.problem('Nothing to open: drop a .cast (or asciicast v1 .json) file from your computer.');
    });
  }

  private async open(file: File): Promise<void> {
    this.problem();
    if (file.size > MAX_BYTES) {
      return this.problem(tooLargeMessage(file.name, file.size));
    }
    const id = this.dataset.player ?? '';
    try {
      await import('./cast-player');
    } catch {
      return this.problem('The player could not load (are you offline?).');
    }
    const player = document.getElementById(id) as CastPlayer | null;
    if (!player) return;
    let result;
    try {
      result = await player.load(file);
    } catch {
      return this.problem(`${file.name} could not be read. Was it moved or deleted?`);
    }
    if (!result.ok) {
      return this.problem(
        `${file.name} is not an asciicast recording this player can read:`,
        result.errors.map((e) => `Line ${e.line}: ${e.message}`),
      );
    }
    const section = player.closest<HTMLElement>('[data-own-player]');
    if (section) {
      section.hidden = false;
      const title = section.querySelector('[data-own-title]');
      if (title) title.textContent = result.cast.title ? `${result.cast.title} (${file.name})` : file.name;
      section.scrollIntoView({ block: 'nearest' });
    }
    player.querySelector<HTMLElement>('.cast-screen')?.focus({ preventScroll: true });
  }

  /** Shows a problem (or clears it when called without arguments). */
  private problem(message?: string, details: string[] = []): void {
    const box = this.querySelector<HTMLElement>('[data-open-error]');
    if (!box) return;
    box.replaceChildren();
    box.hidden = !message;
    if (!message) return;
    const p = document.createElement('p');
    p.textContent = message;
    box.append(p);
    if (details.length > 0) {
      const list = document.createElement('ul');
      for (const d of details) {
        const li = document.createElement('li');
        li.textContent = d;
        list.append(li);
      }
      box.append(list);
    }
  }
}

if (!customElements.get('cn-cast-open')) customElements.define('cn-cast-open', CastOpen);
