/**
 * Turns `docker run`/`create` options into a container: the client's own
 * checks first (cli/command/container/opts.go: ports, env files, conflicting
 * options), then the daemon's (name in use, image, network).
 */
import type { Ctx } from '../context.ts';
import { writeErr } from '../context.ts';
import type { ContainerSnapshot, ImageSnapshot, MountSnapshot, PortBinding } from '../types.ts';
import { type Parsed, UsageError, flag, flagAll, flagBool } from '../flags.ts';
import { normalizeRef, referenceError } from '../state.ts';
import { resolvePath } from '../shell/host.ts';
import { pullImage } from './pull.ts';
import { connect } from './lifecycle.ts';
import { EngineError } from './shared.ts';
import { capabilityError, normalizeCapabilities, parseSecurityOpts } from './security.ts';

class DaemonError extends EngineError {
  constructor(message: string) {
    super(message, 125);
  }
}

/** `docker: <msg>\n\nRun 'docker run --help' for more information`, exit 125 (the CLI's run/create errors). */
export function runError(path: string, message: string, code = 125): UsageError {
  return new UsageError(`docker: ${message}\n\nRun '${path} --help' for more information\n`, code);
}

export function parsePorts(specs: string[], path: string): PortBinding[] {
  const out: PortBinding[] = [];
  for (const spec of specs) {
    const [body, protoRaw] = spec.split('/') as [string, string | undefined];
    const proto = (protoRaw ?? 'tcp') as 'tcp' | 'udp';
    const parts = body.split(':');
    const containerPart = parts.pop() as string;
    const hostPart = parts.pop() ?? '';
    const ip = parts.join(':').replace(/^\[|\]$/g, '');
    if (!/^\d+(-\d+)?$/.test(containerPart)) throw runError(path, `invalid containerPort: ${containerPart}`);
    if (hostPart !== '' && !/^\d+(-\d+)?$/.test(hostPart)) throw runError(path, `invalid hostPort: ${hostPart}`);
    const cport = Number(containerPart);
    if (cport < 1 || cport > 65535) throw runError(path, `invalid containerPort: ${containerPart}`);
    const hport = hostPart === '' ? null : Number(hostPart);
    if (hport !== null && hport > 65535) throw runError(path, `invalid hostPort: ${hostPart}`);
    if (ip) out.push({ containerPort: cport, protocol: proto, hostIp: ip, hostPort: hport });
    else {
      // Published on every address: the engine binds IPv4 and IPv6 (ps shows both).
      out.push({ containerPort: cport, protocol: proto, hostIp: '0.0.0.0', hostPort: hport });
      out.push({ containerPort: cport, protocol: proto, hostIp: '::', hostPort: hport });
    }
  }
  return out;
}

function parseEnv(ctx: Ctx, p: Parsed, path: string): string[] {
  const env: string[] = [];
  for (const file of flagAll(p, 'env-file')) {
    const content = ctx.state.files.get(resolvePath(ctx.state.cwd, ctx.state.env.HOME ?? '/', file));
    if (content === undefined) throw runError(path, `open ${file}: no such file or directory`);
    for (const line of content.split('\n')) {
      const t = line.trim();
      if (!t || t.startsWith('#')) continue;
      if (t.includes('=')) env.push(t);
      else if (ctx.state.env[t] !== undefined) env.push(`${t}=${ctx.state.env[t]}`);
    }
  }
  for (const e of flagAll(p, 'env')) {
    if (e.includes('=')) env.push(e);
    else if (e === '') throw runError(path, 'invalid environment variable: ');
    // `-e NAME` copies the exported host value; an unset one is left out.
    else if (ctx.state.env[e] !== undefined) env.push(`${e}=${ctx.state.env[e]}`);
  }
  return env;
}

function parseMounts(ctx: Ctx, p: Parsed, path: string): MountSnapshot[] {
  const mounts: MountSnapshot[] = [];
  for (const v of flagAll(p, 'volume')) {
    const parts = v.split(':');
    if (parts.length === 1) {
      mounts.push({ type: 'volume', source: '', destination: v, readOnly: false });
      continue;
    }
    const [src, dst, mode] = parts as [string, string, string | undefined];
    if (!dst || !dst.startsWith('/')) throw runError(path, `invalid spec: ${v}: invalid volume specification: '${v}'`);
    const ro = mode === 'ro';
    if (src.startsWith('/') || src.startsWith('.') || src.startsWith('~')) {
      mounts.push({ type: 'bind', source: resolvePath(ctx.state.cwd, ctx.state.env.HOME ?? '/', src), destination: dst, readOnly: ro });
    } else mounts.push({ type: 'volume', source: src, destination: dst, readOnly: ro });
  }
  for (const m of flagAll(p, 'mount')) {
    const kv: Record<string, string> = {};
    for (const part of m.split(',')) {
      const [k, val = 'true'] = part.split('=') as [string, string | undefined];
      kv[k] = val;
    }
    const type = (kv.type ?? 'volume') as MountSnapshot['type'];
    const dst = kv.target ?? kv.destination ?? kv.dst;
    if (!dst) throw runError(path, `invalid argument "${m}" for "--mount" flag: target is required`);
    const src = kv.source ?? kv.src ?? '';
    mounts.push({
      type,
      source: type === 'bind' ? resolvePath(ctx.state.cwd, ctx.state.env.HOME ?? '/', src) : src,
      destination: dst,
      readOnly: kv.readonly === 'true' || kv.ro === 'true',
    });
  }
  for (const t of flagAll(p, 'tmpfs')) mounts.push({ type: 'tmpfs', source: '', destination: t.split(':')[0] as string, readOnly: false });
  return mounts;
}

const NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const ADJ = [
  'admiring',
  'brave',
  'clever',
  'eager',
  'focused',
  'gifted',
  'happy',
  'jolly',
  'keen',
  'loving',
  'nifty',
  'quirky',
  'romantic',
  'serene',
  'vibrant',
  'zealous',
];
const NOUN = [
  'babbage',
  'curie',
  'darwin',
  'einstein',
  'feynman',
  'hopper',
  'lovelace',
  'mccarthy',
  'noether',
  'pasteur',
  'ritchie',
  'shannon',
  'tesla',
  'turing',
  'wescoff',
  'wozniak',
];

export function randomName(ctx: Ctx): string {
  // Like moby's namesgenerator: after a clash, retry with a number appended.
  for (let retry = 0; ; retry++) {
    const n = `${ADJ[ctx.state.rng.int(ADJ.length)]}_${NOUN[ctx.state.rng.int(NOUN.length)]}${retry > 3 ? ctx.state.rng.int(10 * retry) : ''}`;
    if (!ctx.state.containers.some((c) => c.name === n)) return n;
  }
}

export interface CreateResult {
  container: ContainerSnapshot;
  image: ImageSnapshot;
}

/** Creates the container (pulling the image if needed). Throws UsageError / DaemonError. */
export function createContainer(ctx: Ctx, p: Parsed, path: string, extraLabels: Record<string, string> = {}): CreateResult {
  const [imageRef, ...cmdArgs] = p.args as [string, ...string[]];
  const ports = parsePorts(flagAll(p, 'publish'), path);
  const env = parseEnv(ctx, p, path);
  const mounts = parseMounts(ctx, p, path);
  const restart = flag(p, 'restart') ?? 'no';
  if (flagBool(p, 'rm') && restart !== 'no') throw runError(path, 'conflicting options: cannot specify both --restart and --rm');
  const refErr = referenceError(imageRef);
  if (refErr) throw runError(path, refErr);
  const securityOpt = parseSecurityOpts(flagAll(p, 'security-opt'), (m) => runError(path, m));
  const capAdd = normalizeCapabilities(flagAll(p, 'cap-add'));
  const capDrop = normalizeCapabilities(flagAll(p, 'cap-drop'));
  const capErr = capabilityError('CapAdd', capAdd) ?? capabilityError('CapDrop', capDrop);
  if (capErr) throw new DaemonError(capErr);
  const name = flag(p, 'name');
  if (name !== undefined && !NAME.test(name))
    throw new DaemonError(`Error response from daemon: Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  const existing = name !== undefined ? ctx.state.findContainer(name.replace(/^\//, '')) : undefined;
  if (existing && existing.name === name!.replace(/^\//, '')) {
    throw new DaemonError(
      `Error response from daemon: Conflict. The container name "/${existing.name}" is already in use by container "${existing.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  }
  if (!/^(no|always|unless-stopped|on-failure(:\d+)?)$/.test(restart)) {
    throw new DaemonError(
      `Error response from daemon: invalid restart policy: unknown policy '${restart.split(':')[0]}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
    );
  }
  const netName = flag(p, 'network') ?? 'bridge';
  const net = ctx.state.findNetwork(netName);
  if (!net) throw new DaemonError(`Error response from daemon: network ${netName} not found`);
  let image = ctx.state.findImage(imageRef);
  if (!image) {
    writeErr(ctx, `Unable to find image '${normalizeRef(imageRef)}' locally\n`);
    image = pullImage(ctx, imageRef, 'stderr');
  }
  const cfg = image.config;
  const entrypointFlag = flag(p, 'entrypoint');
  const entrypoint = entrypointFlag !== undefined ? (entrypointFlag === '' ? null : [entrypointFlag]) : cfg.entrypoint;
  // --entrypoint clears the image's CMD (run.md); arguments after the image replace it.
  const cmd = cmdArgs.length > 0 ? cmdArgs : entrypointFlag !== undefined ? null : cfg.cmd;
  const command = [...(entrypoint ?? []), ...(cmd ?? [])];
  if (command.length === 0) throw new DaemonError('Error response from daemon: no command specified');
  const labels: Record<string, string> = { ...cfg.labels, ...extraLabels };
  for (const l of flagAll(p, 'label')) {
    const eq = l.indexOf('=');
    labels[eq < 0 ? l : l.slice(0, eq)] = eq < 0 ? '' : l.slice(eq + 1);
  }
  const now = ctx.state.now();
  for (const port of cfg.exposedPorts) {
    const [num, proto] = port.split('/') as [string, 'tcp' | 'udp'];
    if (flagBool(p, 'publish-all')) {
      const hostPort = 32768 + ctx.state.containers.length;
      ports.push(
        { containerPort: Number(num), protocol: proto, hostIp: '0.0.0.0', hostPort },
        { containerPort: Number(num), protocol: proto, hostIp: '::', hostPort },
      );
    } else if (!ports.some((x) => x.containerPort === Number(num)))
      ports.push({ containerPort: Number(num), protocol: proto, hostIp: '', hostPort: null });
  }
  const container: ContainerSnapshot = {
    id: ctx.state.newId(),
    name: name?.replace(/^\//, '') ?? randomName(ctx),
    image: imageRef,
    imageId: image.id,
    state: 'created',
    exitCode: 0,
    created: now,
    startedAt: null,
    finishedAt: null,
    command,
    entrypoint,
    cmd,
    env: [...cfg.env.filter((e) => !env.some((x) => x.split('=')[0] === e.split('=')[0])), ...env],
    ports,
    mounts: [],
    networks: [],
    labels,
    workingDir: flag(p, 'workdir') ?? cfg.workingDir,
    user: flag(p, 'user') ?? cfg.user,
    tty: flagBool(p, 'tty'),
    interactive: flagBool(p, 'interactive'),
    autoRemove: flagBool(p, 'rm'),
    restartPolicy: restart,
    readOnly: flagBool(p, 'read-only'),
    capAdd,
    capDrop,
    securityOpt,
    logs: [],
    compose: extraLabels['com.docker.compose.project']
      ? {
          project: extraLabels['com.docker.compose.project'] as string,
          service: extraLabels['com.docker.compose.service'] ?? '',
          number: Number(extraLabels['com.docker.compose.container-number'] ?? 1),
        }
      : null,
  };
  // The image's VOLUMEs that no mount covers get an anonymous volume each (as the daemon does).
  for (const path of cfg.volumes)
    if (!mounts.some((m) => m.destination === path)) mounts.push({ type: 'volume', source: '', destination: path, readOnly: false });
  for (const m of mounts) {
    if (m.type === 'volume') {
      if (m.source === '') m.source = ctx.state.newId();
      if (!ctx.state.findVolume(m.source)) {
        ctx.state.volumes.push({
          name: m.source,
          driver: 'local',
          mountpoint: `/var/lib/docker/volumes/${m.source}/_data`,
          created: now,
          labels: m.source.length === 64 ? { 'com.docker.volume.anonymous': '' } : {},
          anonymous: m.source.length === 64,
        });
      }
    }
    container.mounts.push(m);
  }
  ctx.state.containers.push(container);
  connect(ctx, container, net, flagAll(p, 'network-alias'));
  return { container, image };
}
