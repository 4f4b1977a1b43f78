/**
 * The terminal's output as plain text in a role="log" element: what a screen
 * reader announces, and what browser tests read. Colour and cursor codes are
 * removed; old entries go once there are many, so the page stays light.
 */
const MAX_ENTRIES = 400;

// CSI sequences (colours, cursor moves), OSC titles, and lone escapes.
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Z0-9]|\x1b[=>78]/g;

export function plainText(text: string): string {
  return text
    .replace(ANSI, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
}

export class LogMirror {
  constructor(private readonly log: HTMLElement) {}

  add(text: string): void {
    const plain = plainText(text).replace(/\n$/, '');
    if (!plain) return;
    const entry = document.createElement('div');
    entry.textContent = plain;
    this.log.append(entry);
    while (this.log.childElementCount > MAX_ENTRIES) this.log.firstElementChild?.remove();
  }
}
