/** The mutable model of the host behind the engine: images, containers, networks, volumes, files. */
import type { ContainerSnapshot, EngineSnapshot, ImageSnapshot, NetworkSnapshot, RegistrySnapshot, VolumeSnapshot } from './types.ts';
import { Rng } from './rng.ts';
import { HOME, WORKSPACE, WORKSPACE_FILES } from './workspace.ts';

export const VERSIONS = { docker: '29.1.2', compose: 'v5.0.0', api: '1.52', buildx: 'v0.30.1' };

export interface BuildCacheEntry {
  key: string;
  size: number;
}

export class State {
  rng: Rng;
  clock: () => number;
  images: ImageSnapshot[] = [];
  containers: ContainerSnapshot[] = [];
  networks: NetworkSnapshot[] = [];
  volumes: VolumeSnapshot[] = [];
  files = new Map<string, string>();
  registry: RegistrySnapshot = { logins: {}, pushed: {} };
  cwd = WORKSPACE;
  env: Record<string, string> = {
    HOME,
    PWD: WORKSPACE,
    USER: 'learner',
    SHELL: '/bin/bash',
    PATH: '/usr/local/bin:/usr/bin:/bin',
    TERM: 'xterm-256color',
  };
  /** Build cache keys that exist (a key per Dockerfile step and its inputs). */
  buildCache = new Map<string, BuildCacheEntry>();
  /** Files inside each image (built images hold their COPY'd context) by image id. */
  imageFiles = new Map<string, Map<string, string>>();
  /** Files a container wrote or got by `docker cp`, by container id. */
  containerFiles = new Map<string, Map<string, string>>();
  /** Files kept in named and anonymous volumes: volume name → path inside the volume → content. */
  volumeFiles = new Map<string, Map<string, string>>();
  /** The next bridge network's second octet (172.N.0.0/16). */
  subnetCounter = 17;

  constructor(seed: number, clock: () => number) {
    this.rng = new Rng(seed);
    this.clock = clock;
    for (const [path, content] of Object.entries(WORKSPACE_FILES)) this.files.set(`${WORKSPACE}/${path}`, content);
    this.files.set(`${HOME}/.bashrc`, '# ~/.bashrc\n');
    this.addNetwork('bridge', 'bridge');
    this.addNetwork('host', 'host');
    this.addNetwork('none', 'null');
  }

  now(): number {
    return this.clock();
  }

  newId(): string {
    return this.rng.hex(64);
  }

  addNetwork(name: string, driver: NetworkSnapshot['driver'], labels: Record<string, string> = {}, internal = false): NetworkSnapshot {
    const bridged = driver === 'bridge';
    const n = bridged ? this.subnetCounter++ : 0;
    const net: NetworkSnapshot = {
      id: this.newId(),
      name,
      driver,
      scope: 'local',
      created: this.now(),
      subnet: bridged ? `172.${n}.0.0/16` : '',
      gateway: bridged ? `172.${n}.0.1` : '',
      internal,
      labels,
      endpoints: [],
    };
    this.networks.push(net);
    return net;
  }

  /** The next free address on a bridge network (172.x.0.2 upwards). */
  nextIp(net: NetworkSnapshot): string {
    const prefix = net.gateway.replace(/\.1$/, '.');
    for (let host = 2; host < 255; host++) {
      const ip = prefix + host;
      if (!net.endpoints.some((e) => e.ipAddress === ip)) return ip;
    }
    return prefix + '254';
  }

  findNetwork(ref: string): NetworkSnapshot | undefined {
    return this.networks.find((n) => n.id === ref || n.name === ref) ?? (ref.length >= 1 ? uniquePrefix(this.networks, ref) : undefined);
  }

  findContainer(ref: string): ContainerSnapshot | undefined {
    const name = ref.replace(/^\//, '');
    return this.containers.find((c) => c.id === ref || c.name === name) ?? uniquePrefix(this.containers, ref);
  }

  findVolume(name: string): VolumeSnapshot | undefined {
    return this.volumes.find((v) => v.name === name);
  }

  /** Removes the volumes `gone` picks, and the files in them: a new volume of the same name starts empty. */
  removeVolumes(gone: (v: VolumeSnapshot) => boolean): VolumeSnapshot[] {
    const removed = this.volumes.filter(gone);
    this.volumes = this.volumes.filter((v) => !removed.includes(v));
    for (const v of removed) this.volumeFiles.delete(v.name);
    return removed;
  }

  /** Finds a local image by `name[:tag]`, full or short id. */
  findImage(ref: string): ImageSnapshot | undefined {
    const normalized = normalizeRef(ref);
    const byTag = this.images.find((i) => i.repoTags.includes(normalized));
    if (byTag) return byTag;
    const hex = ref.replace(/^sha256:/, '');
    if (/^[0-9a-f]{1,64}$/.test(hex)) return this.images.find((i) => i.id.slice(7).startsWith(hex));
    return undefined;
  }

  containersUsingImage(img: ImageSnapshot): ContainerSnapshot[] {
    return this.containers.filter((c) => c.imageId === img.id);
  }

  isPortAllocated(hostIp: string, hostPort: number, protocol: string): ContainerSnapshot | undefined {
    return this.containers.find(
      (c) =>
        c.state === 'running' &&
        c.ports.some(
          (p) =>
            p.hostPort === hostPort &&
            p.protocol === protocol &&
            (p.hostIp === hostIp || p.hostIp === '0.0.0.0' || hostIp === '0.0.0.0' || p.hostIp === '::' || hostIp === '::'),
        ),
    );
  }

  snapshot(): EngineSnapshot {
    const files: Record<string, string> = {};
    for (const [k, v] of [...this.files].sort(([a], [b]) => (a < b ? -1 : 1))) files[k] = v;
    return JSON.parse(
      JSON.stringify({
        versions: VERSIONS,
        shell: { cwd: this.cwd, home: HOME, env: this.env },
        images: this.images,
        containers: this.containers,
        networks: this.networks,
        volumes: this.volumes,
        files,
        registry: this.registry,
      }),
    ) as EngineSnapshot;
  }
}

function uniquePrefix<T extends { id: string }>(list: T[], prefix: string): T | undefined {
  if (!/^[0-9a-f]+$/.test(prefix)) return undefined;
  const hits = list.filter((x) => x.id.startsWith(prefix));
  return hits.length === 1 ? hits[0] : undefined;
}

/** `python` → `python:latest`; `docker.io/library/x:1` → `x:1`. Keeps digests. */
export function normalizeRef(ref: string): string {
  let r = ref.replace(/^(docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '');
  if (r.includes('@')) return r;
  const lastSlash = r.lastIndexOf('/');
  if (!r.slice(lastSlash + 1).includes(':')) r += ':latest';
  return r;
}

/** Splits a normalized `name:tag` into its parts. */
export function splitRef(ref: string): { name: string; tag: string } {
  const n = normalizeRef(ref);
  const at = n.lastIndexOf(':');
  return { name: n.slice(0, at), tag: n.slice(at + 1) };
}

/** Validation the client does before anything else (distribution/reference). */
export function referenceError(ref: string): string | undefined {
  if (ref === '') return 'invalid reference format';
  const m = /^(?:([a-zA-Z0-9.-]+(?::[0-9]+)?)\/)?([^:@]+)(?::([^@]*))?(?:@(.*))?$/.exec(ref);
  if (!m) return 'invalid reference format';
  const path = m[2] ?? '';
  if (path !== path.toLowerCase() && /^[a-z0-9._/-]+$/i.test(path)) {
    const full = path.includes('/') || m[1] ? path : `library/${path}`;
    return `invalid reference format: repository name (${full}) must be lowercase`;
  }
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path)) return 'invalid reference format';
  if (m[3] !== undefined && !/^[\w][\w.-]{0,127}$/.test(m[3])) return 'invalid reference format';
  return undefined;
}
