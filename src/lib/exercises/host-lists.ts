/**
 * The host panel's content as data: images, containers (with state and
 * ports), networks (with who is attached) and volumes, each a titled list.
 * The practice page renders it at build time from the exercise's starting
 * state, and the browser re-renders it after every command from the same
 * function, so the two never differ in shape and nothing shifts on start.
 */
import type { HostContainer, HostSnapshot } from './host.ts';

export interface HostItem {
  /** Shown as code: a name or a tag. */
  text: string;
  detail?: string;
}

export interface HostList {
  title: string;
  items: HostItem[];
  /** Said when there are no items. */
  empty: string;
}

function ports(c: HostContainer): string {
  const published = c.ports.filter((p) => p.hostPort !== null);
  if (published.length === 0) return '';
  return `, ports ${published.map((p) => `${p.hostIp || '0.0.0.0'}:${p.hostPort}→${p.containerPort}/${p.protocol}`).join(', ')}`;
}

export function hostLists(host: HostSnapshot): HostList[] {
  return [
    {
      title: 'Images',
      items: host.images.map((i) =>
        i.repoTags.length
          ? { text: i.repoTags.join(', ') }
          : { text: '<none>', detail: `(dangling, ${i.id.replace(/^sha256:/, '').slice(0, 12)})` },
      ),
      empty: 'No images.',
    },
    {
      title: 'Containers',
      items: host.containers.map((c) => ({ text: c.name, detail: `from ${c.image}: ${c.state}${ports(c)}` })),
      empty: 'No containers.',
    },
    {
      title: 'Networks',
      items: host.networks.map((n) => {
        const who = n.endpoints.map((e) => e.name).join(', ');
        return { text: n.name, detail: `${n.internal ? '(internal) ' : ''}${who ? `attached: ${who}` : 'nothing attached'}` };
      }),
      empty: 'No networks.',
    },
    {
      title: 'Volumes',
      items: host.volumes.map((v) => (v.anonymous ? { text: v.name, detail: '(anonymous)' } : { text: v.name })),
      empty: 'No volumes.',
    },
  ];
}
