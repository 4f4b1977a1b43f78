/**
 * Enables the copy button that the build puts beside every code block
 * (src/lib/markdown/code-blocks.ts). Shell prompts and output are left out of
 * what is copied (src/lib/code/copy-text.ts).
 */
import { copyText } from '../lib/code/copy-text';

export function initCopyButtons(root: ParentNode, announce: (message: string) => void): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('.code-block .copy-button')) {
    const pre = button.closest('.code-block')?.querySelector('pre');
    if (!pre || !navigator.clipboard) continue;
    button.hidden = false;
    button.setAttribute('aria-label', 'Copy code to clipboard');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(copyText(pre.innerText));
        button.textContent = 'Copied';
        announce('Copied to clipboard');
      } catch {
        button.textContent = 'Copy failed';
        announce('Could not copy: the browser refused access to the clipboard');
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}
