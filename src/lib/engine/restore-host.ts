/**
 * A host rebuilt from the state the build saved in an exercise's page
 * (saved-host.ts writes it): the practice page starts from it instead of
 * replaying the exercise's setup, so it loads no part the setup used (a
 * Compose project's containers carry their labels: `docker ps` needs no
 * Compose code). Small on purpose: it downloads with the terminal. Pure: no DOM.
 */
import type { Attached, DockerHost } from './docker-host.ts';
import type { BuildCacheEntry, State } from './state.ts';
import type { ContainerSnapshot, ImageSnapshot, NetworkSnapshot, RegistrySnapshot, VolumeSnapshot } from './types.ts';

export const SAVED_HOST_VERSION = 1;

type Entries<T> = [string, T][];
export type FilesByOwner = Entries<Entries<string>>;

/** Everything after `v` and `sum`; optional fields are absent when they equal a fresh host's. */
export interface SavedBody {
  rng: number;
  clock: number;
  subnet: number;
  status: number;
  networks: NetworkSnapshot[];
  images?: ImageSnapshot[];
  containers?: ContainerSnapshot[];
  volumes?: VolumeSnapshot[];
  /** Host files: fresh ones dropped, then these set, in this order (so the map's order is the same too). */
  files?: { drop: string[]; set: Entries<string> };
  cwd?: string;
  env?: Record<string, string>;
  registry?: RegistrySnapshot;
  buildCache?: Entries<BuildCacheEntry>;
  imageFiles?: FilesByOwner;
  containerFiles?: FilesByOwner;
  volumeFiles?: FilesByOwner;
  attached?: Attached;
  foreground?: string;
}

export interface SavedHost extends SavedBody {
  v: number;
  /** checksum(JSON of the body): a damaged block is refused, not half restored. */
  sum: string;
}

/** FNV-1a over the text, as 8 hex: enough to notice a damaged block (rng.ts's digest would be its own chunk here). */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function applyFiles(files: Map<string, string>, saved: NonNullable<SavedBody['files']>): Map<string, string> {
  for (const k of saved.drop) files.delete(k);
  for (const [k, v] of saved.set) files.set(k, v);
  return files;
}

/** A saved host as read from a page: the saved state, or why it cannot be used. */
export function readSavedHost(value: unknown): { saved: SavedHost } | { error: string } {
  const refuse = (why: string) => ({ error: `The starting state saved in this page ${why}; the exercise's setup is replayed instead.` });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('is not an object');
  const { v, sum, ...body } = value as Partial<SavedHost>;
  if (v !== SAVED_HOST_VERSION) return refuse(`has version ${JSON.stringify(v)}, and this terminal reads version ${SAVED_HOST_VERSION}`);
  if (typeof sum !== 'string' || checksum(JSON.stringify(body)) !== sum) return refuse('is damaged (its checksum does not match)');
  return { saved: value as SavedHost };
}

/** Gives `host` (a new host, with the seed the state was saved with) the saved state. Needs no part. */
export function restoreHost<H extends DockerHost>(host: H, saved: SavedHost): H {
  const b = structuredClone(saved);
  const s: State = host.state;
  const toMaps = (list: FilesByOwner = []) => new Map(list.map(([k, v]) => [k, new Map(v)]));
  s.rng.position = b.rng;
  host.clockAt = b.clock;
  s.subnetCounter = b.subnet;
  host.lastStatus = b.status;
  s.networks = b.networks;
  s.images = b.images ?? [];
  s.containers = b.containers ?? [];
  s.volumes = b.volumes ?? [];
  if (b.files) applyFiles(s.files, b.files);
  if (b.cwd !== undefined) s.cwd = b.cwd;
  if (b.env) s.env = b.env;
  if (b.registry) s.registry = b.registry;
  s.buildCache = new Map(b.buildCache ?? []);
  s.imageFiles = toMaps(b.imageFiles);
  s.containerFiles = toMaps(b.containerFiles);
  s.volumeFiles = toMaps(b.volumeFiles);
  host.attached = b.attached ?? null;
  host.foreground = b.foreground ?? null;
  return host;
}
