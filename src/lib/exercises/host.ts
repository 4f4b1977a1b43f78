/**
 * The part of the engine's snapshot() that exercise checks and the host panel
 * read. Declared here as a structural subset of src/lib/engine/types.ts
 * (EngineSnapshot), so checks depend only on the fields they use.
 */

export interface HostContainer {
  name: string;
  image: string;
  imageId: string;
  state: string;
  env: string[];
  ports: { containerPort: number; protocol: string; hostIp: string; hostPort: number | null }[];
  mounts: { type: string; source: string; destination: string; readOnly: boolean }[];
  networks: { network: string }[];
  user: string;
  readOnly: boolean;
  /** As Docker stores them: `ALL` or `CAP_…`, upper-case. */
  capAdd: string[];
  capDrop: string[];
  /** What its main process printed. */
  logs: { text: string }[];
  compose: { project: string; service: string } | null;
}

export interface HostSnapshot {
  shell: { cwd: string; home: string };
  images: { id: string; repoTags: string[]; dangling: boolean; config: { user: string } }[];
  containers: HostContainer[];
  networks: { name: string; internal: boolean; endpoints: { name: string }[] }[];
  volumes: { name: string; anonymous: boolean }[];
  files: Record<string, string>;
  registry: { logins: Record<string, string>; pushed: Record<string, Record<string, string>> };
}

/** `backend-flask` means `backend-flask:latest`; a digest reference is left alone. */
export function normalizeRef(ref: string): string {
  if (ref.includes('@')) return ref;
  const slash = ref.lastIndexOf('/');
  return ref.slice(slash + 1).includes(':') ? ref : `${ref}:latest`;
}

/** Whether the container's process runs as someone other than root. */
export function runsAsNonRoot(host: HostSnapshot, container: HostContainer): boolean {
  const user = container.user || host.images.find((i) => i.id === container.imageId)?.config.user || '';
  const name = user.split(':')[0];
  return name !== '' && name !== 'root' && name !== '0';
}
