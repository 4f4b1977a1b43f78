/**
 * Draws the simulated host's state as real lists under headings, so it reads
 * well with a keyboard and a screen reader. Same markup as
 * src/components/HostPanel.astro, which draws the starting state at build time.
 */
import type { HostSnapshot } from '../../lib/exercises/host.ts';
import { hostLists, type HostItem } from '../../lib/exercises/host-lists.ts';

function item({ text, detail }: HostItem): HTMLLIElement {
  const li = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = text;
  li.append(code);
  if (detail) li.append(` ${detail}`);
  return li;
}

export function renderHost(host: HostSnapshot, into: HTMLElement): void {
  into.replaceChildren(
    ...hostLists(host).map(({ title, items, empty }) => {
      const section = document.createElement('section');
      const h = document.createElement('h3');
      h.textContent = `${title} (${items.length})`;
      section.append(h);
      if (items.length === 0) {
        const p = document.createElement('p');
        p.className = 'host-empty';
        p.textContent = empty;
        section.append(p);
      } else {
        const ul = document.createElement('ul');
        ul.append(...items.map(item));
        section.append(ul);
      }
      return section;
    }),
  );
}
