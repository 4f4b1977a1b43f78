/**
 * `docker ps` rows as docker/cli's formatter/container.go builds them: the
 * table columns, DisplayablePorts (with `[::]` via JoinHostPort), the quoted
 * and cut command, and the status text of moby's container state.
 */
import type { ContainerSnapshot, PortBinding } from '../types.ts';
import { ellipsis, goQuote } from './table.ts';
import { humanDuration } from './units.ts';

export const CONTAINER_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
export const CONTAINER_TITLES: Record<string, string> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  RunningFor: 'CREATED',
  Status: 'STATUS',
  Ports: 'PORTS',
  Names: 'NAMES',
  CreatedAt: 'CREATED AT',
  State: 'STATE',
  Networks: 'NETWORKS',
  Mounts: 'MOUNTS',
  Labels: 'LABELS',
  Size: 'SIZE',
  LocalVolumes: 'LOCAL VOLUMES',
  Platform: 'PLATFORM',
};

function joinHostPort(ip: string, port: string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

function ipLess(a: string, b: string): boolean {
  // netip.Addr.Less: IPv4 sorts before IPv6; the zero Addr first.
  const rank = (x: string) => (x === '' ? 0 : x.includes(':') ? 2 : 1);
  if (rank(a) !== rank(b)) return rank(a) < rank(b);
  return a < b;
}

export function displayablePorts(ports: PortBinding[]): string {
  const sorted = [...ports].sort((x, y) => {
    if (x.containerPort !== y.containerPort) return x.containerPort - y.containerPort;
    if (x.hostIp !== y.hostIp) return ipLess(x.hostIp, y.hostIp) ? -1 : 1;
    if ((x.hostPort ?? 0) !== (y.hostPort ?? 0)) return (x.hostPort ?? 0) - (y.hostPort ?? 0);
    return x.protocol < y.protocol ? -1 : x.protocol > y.protocol ? 1 : 0;
  });
  const groups = new Map<string, { first: number; last: number }>();
  const keys: string[] = [];
  const result: string[] = [];
  const mappings: string[] = [];
  const form = (key: string, g: { first: number; last: number }) => {
    const [a, b] = key.split('/') as [string, string | undefined];
    const ip = b === undefined ? '' : a;
    const type = b ?? a;
    let group = String(g.first) + (g.first !== g.last ? `-${g.last}` : '');
    if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
    return `${group}/${type}`;
  };
  for (const p of sorted) {
    let key: string = p.protocol;
    if (p.hostIp !== '' && p.hostPort !== null) {
      if (p.hostPort !== p.containerPort) {
        mappings.push(`${joinHostPort(p.hostIp, String(p.hostPort))}->${p.containerPort}/${p.protocol}`);
        continue;
      }
      key = `${p.hostIp}/${p.protocol}`;
    }
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { first: p.containerPort, last: p.containerPort });
      keys.push(key);
      continue;
    }
    if (p.containerPort === g.last + 1) {
      g.last = p.containerPort;
      continue;
    }
    result.push(form(key, g));
    groups.set(key, { first: p.containerPort, last: p.containerPort });
  }
  for (const k of keys) result.push(form(k, groups.get(k) as { first: number; last: number }));
  return [...result, ...mappings].join(', ');
}

/** moby container/state.go String(). */
export function statusText(c: ContainerSnapshot, now: number): string {
  if (c.state === 'running') return `Up ${humanDuration(now - (c.startedAt ?? now))}`;
  if (c.state === 'paused') return `Up ${humanDuration(now - (c.startedAt ?? now))} (Paused)`;
  if (c.state === 'restarting') return `Restarting (${c.exitCode}) ${humanDuration(now - (c.finishedAt ?? now))} ago`;
  if (c.state === 'created') return 'Created';
  if (c.state === 'dead') return 'Dead';
  if (c.finishedAt === null) return '';
  return `Exited (${c.exitCode}) ${humanDuration(now - c.finishedAt)} ago`;
}

/** The command as the API's Command field has it: path and args joined by spaces. */
export function commandText(c: ContainerSnapshot): string {
  return c.command.join(' ');
}

/** Go's time.Time String() in UTC: `2026-01-05 09:00:01 +0000 UTC`. */
export function goTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' +0000 UTC');
}

/**
 * The ports a container has while its network is up: a stopped or created
 * container has none (moby releaseNetwork clears NetworkSettings.Ports), so
 * `ps -a` shows no PORTS for it and `docker port` prints nothing.
 */
export function livePorts(c: ContainerSnapshot): ContainerSnapshot['ports'] {
  return c.state === 'running' || c.state === 'paused' ? c.ports : [];
}

export function containerRow(c: ContainerSnapshot, now: number, trunc: boolean, imageName: string): Record<string, string> {
  return {
    ID: trunc ? c.id.slice(0, 12) : c.id,
    Image: imageName,
    Command: trunc ? goQuote(ellipsis(commandText(c), 20)) : goQuote(commandText(c)),
    RunningFor: `${humanDuration(now - c.created)} ago`,
    CreatedAt: goTime(c.created),
    Status: statusText(c, now),
    State: c.state,
    Ports: displayablePorts(livePorts(c)),
    Names: c.name,
    Networks: c.networks.map((n) => n.network).join(','),
    Mounts: c.mounts
      .map((m) => (m.type === 'volume' ? (trunc ? ellipsis(m.source, 15) : m.source) : m.source))
      .filter(Boolean)
      .join(','),
    Labels: Object.entries(c.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    Size: '0B',
    LocalVolumes: String(c.mounts.filter((m) => m.type === 'volume').length),
  };
}
