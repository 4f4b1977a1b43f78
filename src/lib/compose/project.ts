/** What `docker compose up` will create from a compose model, in plain words. */
import type { ComposeModel, Mount, PortMap, ServiceModel } from './model.ts';

export interface NetworkPlan {
  key: string;
  /** The name Docker gives it: `<project>_<key>`, or `name:` as is. */
  name: string;
  external: boolean;
  internal: boolean;
  driver: string;
  services: string[];
  declared: boolean;
}

export interface ServicePlan {
  name: string;
  /** Where the image comes from. */
  source: string;
  ports: { text: string; reach: string }[];
  mounts: { text: string }[];
  environment: { name: string; value: string | null }[];
  envFiles: string[];
  /** Services it can reach by name (sharing a network). */
  reaches: string[];
  startsOnUp: boolean;
}

export interface ProjectPlan {
  project: string;
  projectText: string;
  networks: NetworkPlan[];
  services: ServicePlan[];
  volumes: { key: string; name: string; external: boolean }[];
  /** Services in the order `up` starts them; dependencies first. */
  startOrder: string[];
  startNotes: string[];
  cycle: string[] | null;
}

/** Compose lowercases the project name and keeps only [a-z0-9_-]. */
export function normaliseProjectName(n: string): string {
  return n.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

export function planProject(m: ComposeModel, folder = 'myapp'): ProjectPlan {
  const project = normaliseProjectName(m.name ?? folder);
  const projectText = m.name
    ? `The project is called \`${project}\` (from \`name:\`); container, network and volume names start with it.`
    : `No \`name:\`, so the project is named after the folder holding the file (here we assume \`${project}\`); \`-p\` or \`COMPOSE_PROJECT_NAME\` change it. Container, network and volume names start with it.`;
  const active = m.services.filter((s) => !s.profiles.length);
  const networks: NetworkPlan[] = [];
  const usesDefault = active.some((s) => s.networks.includes('default'));
  const keys = new Set([...(usesDefault ? ['default'] : []), ...Object.keys(m.networks)]);
  for (const key of keys) {
    const n = m.networks[key] ?? {};
    const external = n.external === true || (typeof n.external === 'object' && n.external !== null);
    networks.push({
      key,
      // External networks and volumes are used by their own name, never prefixed with the project.
      name: typeof n.name === 'string' ? n.name : external ? key : `${project}_${key}`,
      external,
      internal: n.internal === true,
      driver: typeof n.driver === 'string' ? n.driver : 'bridge',
      services: active.filter((s) => s.networks.includes(key)).map((s) => s.name),
      declared: key in m.networks,
    });
  }
  const services = m.services.map((s): ServicePlan => ({
    name: s.name,
    source: imageSource(s, project),
    ports: s.ports.map((p) => portText(p)),
    mounts: s.mounts.map((x) => ({ text: mountText(x, project) })),
    environment: s.environment.map((e) => ({ name: e.name, value: e.value })),
    envFiles: s.envFiles,
    reaches: [...new Set(networks.filter((n) => n.services.includes(s.name)).flatMap((n) => n.services))].filter((x) => x !== s.name),
    startsOnUp: !s.profiles.length,
  }));
  const volumes = Object.entries(m.volumes).map(([key, v]) => ({
    key,
    name: typeof v.name === 'string' ? v.name : v.external ? key : `${project}_${key}`,
    external: Boolean(v.external),
  }));
  const { order, cycle } = startOrder(m.services);
  const startNotes: string[] = [];
  for (const s of m.services) {
    for (const d of s.dependsOn) {
      startNotes.push(
        d.condition === 'service_healthy'
          ? `\`${s.name}\` waits until \`${d.service}\` reports healthy (its healthcheck passes).`
          : d.condition === 'service_completed_successfully'
            ? `\`${s.name}\` waits until \`${d.service}\` has run and exited with status 0.`
            : `\`${s.name}\` starts after \`${d.service}\` has started, but does not wait for it to be ready to accept connections.`,
      );
    }
  }
  return { project, projectText, networks, services, volumes, startOrder: order, startNotes, cycle };
}

function imageSource(s: ServiceModel, project: string): string {
  if (s.build) {
    const tag = s.image ?? `${project}-${s.name}`;
    return `Built from \`${s.build.dockerfile}\` in the context \`${s.build.context}\` (relative to the compose file's folder)${s.build.target ? `, stage \`${s.build.target}\`` : ''}, tagged \`${tag}\`.`;
  }
  if (s.image) return `Runs the image \`${s.image}\`, pulled if it is not on the machine.`;
  return 'Has neither `image` nor `build`: Compose cannot create it.';
}

export function portText(p: PortMap): { text: string; reach: string } {
  const proto = p.protocol === 'tcp' ? '' : `/${p.protocol}`;
  if (!p.published) {
    return {
      text: `container port ${p.target}${proto} on a random free host port`,
      reach: 'all host addresses (see `docker compose port`)',
    };
  }
  const addr = p.hostIp ?? '0.0.0.0';
  const all = !p.hostIp || p.hostIp === '0.0.0.0' || p.hostIp === '::';
  return {
    text: `host ${addr.includes(':') ? `[${addr}]` : addr}:${p.published} → container ${p.target}${proto}`,
    reach: all
      ? 'every address of the host: other machines on your network can connect too'
      : p.hostIp === '127.0.0.1' || p.hostIp === '::1'
        ? 'only this machine (loopback)'
        : `only the host address ${p.hostIp}`,
  };
}

export function mountText(x: Mount, project: string): string {
  const ro = x.readOnly ? ' (read-only)' : '';
  if (x.type === 'bind')
    return `bind mount: host folder \`${x.source}\`${x.source?.startsWith('.') ? ' (relative to the compose file)' : ''} appears at \`${x.target}\`${ro}; edits on either side show on the other`;
  if (x.type === 'volume')
    return `named volume \`${x.source}\` (Docker calls it \`${project}_${x.source}\`) at \`${x.target}\`${ro}; it survives \`down\`, not \`down -v\``;
  if (x.type === 'tmpfs') return `tmpfs (memory) at \`${x.target}\`, emptied when the container stops`;
  return `anonymous volume at \`${x.target}\`: keeps what the image has there from being hidden by a bind mount above it; a new one is made when the container is recreated`;
}

function startOrder(services: ServiceModel[]): { order: string[]; cycle: string[] | null } {
  const byName = new Map(services.map((s) => [s.name, s]));
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  let cycle: string[] | null = null;
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      cycle ??= [...trail.slice(trail.indexOf(name)), name];
      return;
    }
    state.set(name, 'visiting');
    for (const d of byName.get(name)?.dependsOn ?? []) if (byName.has(d.service)) visit(d.service, [...trail, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const s of services) visit(s.name, []);
  return { order, cycle };
}
