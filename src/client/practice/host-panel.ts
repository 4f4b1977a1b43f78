/**
 * Draws the simulated host's state as real lists under headings (images,
 * containers with state and ports, networks with who is attached, volumes),
 * so it reads well with a keyboard and a screen reader.
 */
import type { HostSnapshot } from '../../lib/exercises/host.ts';

function item(text: string, detail?: string): HTMLLIElement {
  const li = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = text;
  li.append(code);
  if (detail) li.append(` ${detail}`);
  return li;
}

function list(title: string, items: HTMLLIElement[], empty: string): HTMLElement {
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
    ul.append(...items);
    section.append(ul);
  }
  return section;
}

function ports(c: HostSnapshot['containers'][number]): string {
  const published = c.ports.filter((p) => p.hostPort !== null);
  if (published.length === 0) return '';
  return `, ports ${published.map((p) => `${p.hostIp || '0.0.0.0'}:${p.hostPort}→${p.containerPort}/${p.protocol}`).join(', ')}`;
}

export function renderHost(host: HostSnapshot, into: HTMLElement): void {
  const images = host.images.map((i) =>
    i.repoTags.length ? item(i.repoTags.join(', ')) : item('<none>', `(dangling, ${i.id.replace(/^sha256:/, '').slice(0, 12)})`),
  );
  const containers = host.containers.map((c) => item(c.name, `from ${c.image}: ${c.state}${ports(c)}`));
  const networks = host.networks.map((n) => {
    const who = n.endpoints.map((e) => e.name).join(', ');
    return item(n.name, `${n.internal ? '(internal) ' : ''}${who ? `attached: ${who}` : 'nothing attached'}`);
  });
  const volumes = host.volumes.map((v) => item(v.name, v.anonymous ? '(anonymous)' : undefined));
  into.replaceChildren(
    list('Images', images, 'No images.'),
    list('Containers', containers, 'No containers.'),
    list('Networks', networks, 'No networks.'),
    list('Volumes', volumes, 'No volumes.'),
  );
}
