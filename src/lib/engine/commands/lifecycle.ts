/**
 * Container life cycle: connect to networks, start (with port checks and the
 * program's output), stop (each program's real reaction to SIGTERM), remove,
 * and running commands inside a container.
 */
import type { Ctx } from '../context.ts';
import { mergeIo, newIo, write, writeErr } from '../context.ts';
import type { ContainerSnapshot, NetworkSnapshot } from '../types.ts';
import { startProgram } from '../programs.ts';
import { postgresData } from '../postgres.ts';
import { EngineError } from './shared.ts';
import { containerFiles, runInContainer, writeContainerFile } from '../shell/container.ts';
import { applyRedirects } from '../shell/redirect.ts';
import { parseLine } from '../shell/parse.ts';
import { expandWord } from '../shell/expand.ts';

export function connect(ctx: Ctx, c: ContainerSnapshot, net: NetworkSnapshot, aliases: string[] = []): void {
  if (net.driver !== 'bridge') {
    c.networks.push({ network: net.name, networkId: net.id, ipAddress: '', gateway: '', macAddress: '', aliases: [] });
    return;
  }
  const ip = ctx.state.nextIp(net);
  const mac =
    '02:42:' +
    ip
      .split('.')
      .slice(0, 4)
      .map((x) => Number(x).toString(16).padStart(2, '0'))
      .join(':');
  // User-defined networks resolve the container's name (and aliases); the default bridge does not.
  const dns = net.name === 'bridge' ? [] : [...aliases, c.name];
  c.networks.push({ network: net.name, networkId: net.id, ipAddress: ip, gateway: net.gateway, macAddress: mac, aliases: dns });
  net.endpoints.push({ containerId: c.id, name: c.name, ipAddress: ip, macAddress: mac });
}

export function disconnect(c: ContainerSnapshot, net: NetworkSnapshot): void {
  c.networks = c.networks.filter((n) => n.networkId !== net.id);
  net.endpoints = net.endpoints.filter((e) => e.containerId !== c.id);
}

/** Whether the container has a Flask app in its working directory. */
function hasApp(ctx: Ctx, c: ContainerSnapshot): boolean {
  const dir = c.workingDir || '/';
  const files = ctx.state.imageFiles.get(c.imageId);
  if (files?.has(`${dir}/app.py`)) return true;
  return c.mounts.some((m) => m.type === 'bind' && m.destination === dir && ctx.state.files.has(`${m.source}/app.py`));
}

/**
 * Starts `c`. Prints nothing itself; returns the program's start result so the
 * caller decides (foreground prints the output, -d prints the id). Throws the
 * daemon's error when the port is taken or the executable is missing.
 */
export function startContainer(ctx: Ctx, c: ContainerSnapshot) {
  if (c.state === 'running') return { lines: [], running: true, exitCode: 0 };
  for (const p of c.ports) {
    if (p.hostPort === null) continue;
    const holder = ctx.state.isPortAllocated(p.hostIp, p.hostPort, p.protocol);
    if (holder && holder.id !== c.id) {
      const ep = c.networks[0]?.networkId ?? c.id;
      throw new EngineError(
        `Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint ${c.name} (${ep}): Bind for ${p.hostIp === '::' ? '[::]' : p.hostIp}:${p.hostPort} failed: port is already allocated`,
        125,
      );
    }
  }
  const image = ctx.state.images.find((i) => i.id === c.imageId);
  const pin = `${100 + ctx.state.rng.int(900)}-${100 + ctx.state.rng.int(900)}-${100 + ctx.state.rng.int(900)}`;
  const { pgdata, major } = postgresData(c);
  const versionFile = `${pgdata}/PG_VERSION`;
  const result = startProgram(c, image?.repoTags[0] ?? c.image, hasApp(ctx, c), pin, containerFiles(ctx, c).has(versionFile));
  // The cluster lives on in PGDATA: in a volume it outlives the container, so the next one skips initdb.
  if (result.initialized) writeContainerFile(ctx, c, versionFile, major + '\n', false);
  const now = ctx.state.now();
  if (result.error) {
    c.exitCode = result.error.exitCode;
    throw new EngineError(`Error response from daemon: ${result.error.message}`, result.error.exitCode);
  }
  c.startedAt = now;
  for (const l of result.lines) c.logs.push({ stream: l.stream, text: l.text, time: now });
  if (result.running) {
    c.state = 'running';
    c.exitCode = 0;
  } else {
    c.state = 'exited';
    c.exitCode = result.exitCode;
    c.finishedAt = now;
  }
  return result;
}

/** The exit status each program ends with on `docker stop` (SIGTERM, then SIGKILL after 10 s). */
function stopStatus(c: ContainerSnapshot): number {
  const argv = c.command.join(' ');
  if (/nginx|postgres|redis/.test(argv)) return 0;
  if (/java/.test(argv)) return 143;
  // Python, node, sh and sleep run as PID 1 without a SIGTERM handler: the kernel ignores
  // the signal, so Docker kills them after the grace period.
  return 137;
}

export function stopContainer(ctx: Ctx, c: ContainerSnapshot, signal: 'TERM' | 'KILL' | 'INT' = 'TERM'): void {
  if (c.state !== 'running' && c.state !== 'paused' && c.state !== 'restarting') return;
  c.state = 'exited';
  c.exitCode = signal === 'KILL' ? 137 : signal === 'INT' ? 0 : stopStatus(c);
  c.finishedAt = ctx.state.now();
  if (c.autoRemove) removeContainer(ctx, c);
}

export function removeContainer(ctx: Ctx, c: ContainerSnapshot, volumes = false): void {
  for (const n of c.networks) {
    const net = ctx.state.networks.find((x) => x.id === n.networkId);
    if (net) net.endpoints = net.endpoints.filter((e) => e.containerId !== c.id);
  }
  ctx.state.containers = ctx.state.containers.filter((x) => x.id !== c.id);
  ctx.state.containerFiles.delete(c.id);
  // --rm and rm -v also remove the container's anonymous volumes.
  if (c.autoRemove || volumes) {
    for (const m of c.mounts) {
      const v = m.type === 'volume' ? ctx.state.findVolume(m.source) : undefined;
      if (v?.anonymous && !ctx.state.containers.some((o) => o.mounts.some((om) => om.source === v.name))) {
        ctx.state.removeVolumes((x) => x === v);
      }
    }
  }
}

/** Ctrl+C on a foreground container. */
export function stopForeground(ctx: Ctx, id: string): void {
  if (id.startsWith('compose:')) {
    ctx.parts.use('compose').stopComposeForeground(ctx, id.slice(8));
    return;
  }
  const c = ctx.state.containers.find((x) => x.id === id);
  if (!c) return;
  if (c.tty) write(ctx, '^C');
  stopContainer(ctx, c, 'INT');
}

/**
 * Runs a command inside a container: `argv` for exec/run, or a shell `line`
 * typed into an attached shell. Returns the exit status.
 */
export function containerExec(ctx: Ctx, id: string, argv: string[] | null, line?: string): number {
  const c = ctx.state.containers.find((x) => x.id === id);
  if (!c) {
    ctx.setAttached(null);
    return 1;
  }
  if (argv) return runInContainer(ctx, c, argv);
  const parsed = parseLine(line ?? '');
  if (parsed.error) {
    writeErr(ctx, `sh: syntax error: ${parsed.error}\n`);
    return 2;
  }
  let status = 0;
  for (const p of parsed.pipelines) {
    if ((p.op === '&&' && status !== 0) || (p.op === '||' && status === 0)) continue;
    let stdin = '';
    for (let k = 0; k < p.commands.length; k++) {
      const words = (p.commands[k] as string[]).flatMap((w) =>
        expandWord(w, { env: containerEnv(c), home: '/root', lastStatus: status, substitute: () => '' }),
      );
      if (words[0] === 'exit') {
        leaveShell(ctx, c, Number(words[1] ?? 0));
        return Number(words[1] ?? 0);
      }
      const stage = newIo(stdin);
      const last = k === p.commands.length - 1;
      status = words.length ? runInContainer({ ...ctx, io: stage }, c, words) : 0;
      const env = containerEnv(c);
      applyRedirects(
        stage,
        p.redirects[k] ?? [],
        (raw) => expandWord(raw, { env, home: '/root', lastStatus: status, substitute: () => '' }).join(' '),
        (path, text, append) => writeContainerFile(ctx, c, path.startsWith('/') ? path : `${c.workingDir || ''}/${path}`, text, append),
      );
      mergeIo(ctx.io, stage, last);
      stdin = stage.stdout;
    }
  }
  return status;
}

function containerEnv(c: ContainerSnapshot): Record<string, string> {
  const env: Record<string, string> = { HOME: '/root', HOSTNAME: c.id.slice(0, 12) };
  for (const kv of c.env) {
    const eq = kv.indexOf('=');
    env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return env;
}

/** `exit` in an attached shell: an exec'd shell just ends; a run -it shell stops the container. */
function leaveShell(ctx: Ctx, c: ContainerSnapshot, status: number): void {
  const a = ctx.attachedNow();
  ctx.setAttached(null);
  if (a?.shell === 'bash') write(ctx, 'exit\n');
  if (a?.main) {
    c.state = 'exited';
    c.exitCode = status;
    c.finishedAt = ctx.state.now();
    if (c.autoRemove) removeContainer(ctx, c);
  }
}
