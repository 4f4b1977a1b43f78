/**
 * The plain-JSON description of the simulated Docker host that `snapshot()`
 * returns. Other tools (the practice terminal, exercises, tests) read this
 * shape, so fields are only ever added, never renamed or removed.
 * Times are milliseconds since the Unix epoch; ids are lowercase hex.
 */

import type { PartName } from './parts.ts';

export interface EngineOptions {
  /** Seeds every id and random value; same seed and commands → same output. */
  seed?: number;
  /** Clock in ms. By default a fixed start time that advances 1 s per command. */
  now?: () => number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** stdout and stderr interleaved in the order written: what the terminal shows. */
  output: string;
  /**
   * Set when the line needs parts of the engine that are not loaded (only on the
   * practice page, src/lib/engine/lazy-engine.ts): nothing ran; load them and run it again.
   */
  needs?: PartName[];
}

export interface Engine {
  run(line: string): RunResult;
  snapshot(): EngineSnapshot;
}

export interface EngineSnapshot {
  /** What the model imitates. */
  versions: { docker: string; compose: string; api: string; buildx: string };
  /** The host shell. */
  shell: { cwd: string; home: string; env: Record<string, string> };
  images: ImageSnapshot[];
  containers: ContainerSnapshot[];
  networks: NetworkSnapshot[];
  volumes: VolumeSnapshot[];
  /** Workspace files on the host: absolute path → content. Directories end with `/` and map to ''. */
  files: Record<string, string>;
  registry: RegistrySnapshot;
}

export interface ImageConfig {
  cmd: string[] | null;
  entrypoint: string[] | null;
  env: string[];
  /** `4567/tcp` style keys. */
  exposedPorts: string[];
  workingDir: string;
  user: string;
  labels: Record<string, string>;
  /** VOLUME paths: each gets an anonymous volume in a container unless a mount covers it. */
  volumes: string[];
}

export interface ImageSnapshot {
  /** `sha256:` + 64 hex. */
  id: string;
  /** `name:tag`, e.g. `backend-flask:latest`, `python:3.12-slim`. Empty for a dangling image. */
  repoTags: string[];
  /** `name@sha256:…` for images that came from (or went to) a registry. */
  repoDigests: string[];
  /** The manifest (index) digest, `sha256:` + 64 hex. */
  digest: string;
  created: number;
  /** Unpacked size in bytes (DISK USAGE). */
  size: number;
  /** Compressed size in bytes (CONTENT SIZE). */
  contentSize: number;
  config: ImageConfig;
  /** Layer diff ids, oldest first. */
  layers: string[];
  /** The Dockerfile steps that made it (history), newest last. */
  history: { createdBy: string; size: number; comment?: string }[];
  /** True when no tag points at it any more. */
  dangling: boolean;
}

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead';

export interface PortBinding {
  containerPort: number;
  protocol: 'tcp' | 'udp';
  /** '' when only exposed, not published. */
  hostIp: string;
  hostPort: number | null;
}

export interface MountSnapshot {
  type: 'bind' | 'volume' | 'tmpfs';
  /** Host path (bind) or volume name (volume); '' for tmpfs. */
  source: string;
  destination: string;
  readOnly: boolean;
}

export interface ContainerNetwork {
  network: string;
  networkId: string;
  ipAddress: string;
  gateway: string;
  macAddress: string;
  /** DNS names other containers on this network can use. */
  aliases: string[];
}

export interface ContainerSnapshot {
  /** 64 hex. */
  id: string;
  /** Without the leading slash. */
  name: string;
  /** The image as the user wrote it, e.g. `backend-flask` or `python:3.12-slim`. */
  image: string;
  imageId: string;
  state: ContainerState;
  exitCode: number;
  created: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** Entrypoint + cmd as they will be run (Path + Args). */
  command: string[];
  entrypoint: string[] | null;
  cmd: string[] | null;
  env: string[];
  ports: PortBinding[];
  mounts: MountSnapshot[];
  networks: ContainerNetwork[];
  labels: Record<string, string>;
  workingDir: string;
  user: string;
  tty: boolean;
  interactive: boolean;
  autoRemove: boolean;
  restartPolicy: string;
  readOnly: boolean;
  /**
   * `--cap-add` / `--cap-drop` as Docker stores them: upper-case with the
   * `CAP_` prefix (`ALL` stays `ALL`), no duplicates, sorted. Empty when none.
   */
  capAdd: string[];
  capDrop: string[];
  /** `--security-opt` values as typed, e.g. `no-new-privileges`. Empty when none. */
  securityOpt: string[];
  /** What the main process printed, oldest first, each line ending in `\n`. */
  logs: { stream: 'stdout' | 'stderr'; text: string; time: number }[];
  /** Compose project and service, copied from the labels for convenience. */
  compose: { project: string; service: string; number: number } | null;
}

export interface NetworkSnapshot {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  scope: 'local';
  created: number;
  subnet: string;
  gateway: string;
  internal: boolean;
  labels: Record<string, string>;
  endpoints: { containerId: string; name: string; ipAddress: string; macAddress: string }[];
}

export interface VolumeSnapshot {
  name: string;
  driver: 'local';
  mountpoint: string;
  created: number;
  labels: Record<string, string>;
  /** Created without a name (by `-v /path` or a Dockerfile VOLUME). */
  anonymous: boolean;
}

export interface RegistrySnapshot {
  /** Registry host → user name logged in there. `docker.io` for Docker Hub. */
  logins: Record<string, string>;
  /** Repositories pushed by the learner: `user/name` → tag → manifest digest. */
  pushed: Record<string, Record<string, string>>;
}
