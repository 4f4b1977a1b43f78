/** docker run, create, start, stop, restart, kill, rm, ps, exec. */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import type { ContainerSnapshot } from '../types.ts';
import { type Parsed, flag, flagAll, flagBool } from '../flags.ts';
import type { Handler } from './docker.ts';
import { createContainer } from './create.ts';
import { executablesFor } from '../programs.ts';
import { removeContainer, startContainer, stopContainer } from './lifecycle.ts';
import { EngineError, daemonCall } from './shared.ts';
import { NeedsPart } from '../parts.ts';
import { CONTAINER_TABLE, CONTAINER_TITLES, containerRow } from '../format/containers.ts';
import { formatRows } from '../format/template.ts';
import { runInContainer } from '../shell/container.ts';

export function noSuchContainer(ref: string): EngineError {
  return new EngineError(`Error response from daemon: No such container: ${ref}`);
}

export function mustContainer(ctx: Ctx, ref: string): ContainerSnapshot {
  const c = ctx.state.findContainer(ref);
  if (!c) throw noSuchContainer(ref);
  return c;
}

/** Runs `fn` for each argument, printing the CLI's per-item errors; status 1 if any failed. */
export function eachRef(ctx: Ctx, refs: string[], fn: (ref: string) => void): number {
  let status = 0;
  for (const ref of refs) {
    try {
      fn(ref);
    } catch (e) {
      if (typeof (e as EngineError).exitCode !== 'number') throw e;
      writeErr(ctx, (e as Error).message + '\n');
      status = 1;
    }
  }
  return status;
}

function run(ctx: Ctx, p: Parsed, path: string): number {
  return daemonCall(
    ctx,
    () => {
      const detach = flagBool(p, 'detach');
      const { container: c } = createContainer(ctx, p, path);
      if (detach) write(ctx, c.id + '\n');
      let result;
      try {
        result = startContainer(ctx, c);
      } catch (e) {
        if (c.autoRemove) removeContainer(ctx, c);
        throw e;
      }
      if (detach) return 0;
      // With -t the container has one stream (the terminal); lines end in \n as the contract says.
      for (const l of result.lines) (l.stream === 'stdout' || c.tty ? write : writeErr)(ctx, l.text);
      if (result.shell && c.interactive && c.tty) {
        ctx.setAttached({ containerId: c.id, shell: result.shell, main: true });
        return 0;
      }
      if (result.running && result.shell === undefined) {
        ctx.setForeground(c.id);
        return 0;
      }
      if (c.state === 'running' && result.shell) {
        // -i without -t: the shell reads the (empty) input and exits.
        stopContainer(ctx, c, 'INT');
        c.exitCode = 0;
      }
      if (!result.running && result.shell === undefined && c.state === 'exited' && result.lines.length === 0) {
        // A one-off command: run it through the container's command set.
        c.state = 'running';
        const status = runInContainer(ctx, c, c.command);
        c.state = 'exited';
        c.exitCode = status;
      }
      const code = c.exitCode;
      if (c.autoRemove) removeContainer(ctx, c);
      return code;
    },
    path,
  );
}

function create(ctx: Ctx, p: Parsed, path: string): number {
  return daemonCall(
    ctx,
    () => {
      const { container } = createContainer(ctx, p, path);
      write(ctx, container.id + '\n');
      return 0;
    },
    path,
  );
}

function start(ctx: Ctx, p: Parsed): number {
  return eachRef(ctx, p.args, (ref) => {
    const c = mustContainer(ctx, ref);
    let r;
    try {
      r = startContainer(ctx, c);
    } catch (e) {
      if (e instanceof NeedsPart) throw e;
      throw new EngineError(`${(e as Error).message}\nError: failed to start containers: ${ref}`);
    }
    if (!flagBool(p, 'attach')) {
      write(ctx, ref + '\n');
      return;
    }
    // -a streams the output, as `docker run` in the foreground does.
    for (const l of r.lines) (l.stream === 'stdout' ? write : writeErr)(ctx, l.text);
    if (!r.running && r.lines.length === 0 && c.state === 'exited') {
      c.state = 'running';
      c.exitCode = runInContainer(ctx, c, c.command);
      c.state = 'exited';
    }
  });
}

function stop(ctx: Ctx, p: Parsed, path: string): number {
  const signal = path.endsWith('kill') ? (flag(p, 'signal') ?? 'KILL').replace(/^SIG/, '') : 'TERM';
  return eachRef(ctx, p.args, (ref) => {
    const c = mustContainer(ctx, ref);
    if (path.endsWith('kill') && c.state !== 'running')
      throw new EngineError(`Error response from daemon: cannot kill container: ${ref}: container ${c.id} is not running`);
    stopContainer(ctx, c, signal === 'KILL' || signal === '9' ? 'KILL' : signal === 'INT' ? 'INT' : 'TERM');
    write(ctx, ref + '\n');
  });
}

function restart(ctx: Ctx, p: Parsed): number {
  return eachRef(ctx, p.args, (ref) => {
    const c = mustContainer(ctx, ref);
    const auto = c.autoRemove;
    c.autoRemove = false;
    stopContainer(ctx, c);
    c.autoRemove = auto;
    startContainer(ctx, c);
    write(ctx, ref + '\n');
  });
}

function rm(ctx: Ctx, p: Parsed): number {
  return eachRef(ctx, p.args, (ref) => {
    const c = mustContainer(ctx, ref);
    if (c.state === 'running' || c.state === 'paused' || c.state === 'restarting') {
      if (!flagBool(p, 'force')) {
        throw new EngineError(
          `Error response from daemon: cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`,
        );
      }
      c.autoRemove = false;
      stopContainer(ctx, c, 'KILL');
    }
    removeContainer(ctx, c, flagBool(p, 'volumes'));
    write(ctx, ref + '\n');
  });
}

function ps(ctx: Ctx, p: Parsed): number {
  const now = ctx.state.now();
  let list = [...ctx.state.containers].reverse();
  if (!flagBool(p, 'all')) list = list.filter((c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting');
  for (const f of flagAll(p, 'filter')) {
    const eq = f.indexOf('=');
    if (eq < 0) throw new EngineError(`invalid argument "${f}" for "-f, --filter" flag: bad format of filter (expected name=value)`, 125);
    const [k, v] = [f.slice(0, eq), f.slice(eq + 1)];
    if (k === 'status') list = ctx.state.containers.filter((c) => c.state === v).reverse();
    else if (k === 'name') list = list.filter((c) => c.name.includes(v));
    else if (k === 'ancestor') list = list.filter((c) => c.image === v || c.image.split(':')[0] === v);
    else if (k === 'label')
      list = list.filter((c) => (v.includes('=') ? `${v.split('=')[0]}=${c.labels[v.split('=')[0] as string]}` === v : v in c.labels));
    else if (k === 'exited') list = list.filter((c) => c.state === 'exited' && String(c.exitCode) === v);
    else if (k === 'network') list = list.filter((c) => c.networks.some((n) => n.network === v));
    else if (k !== 'id') throw new EngineError(`Error response from daemon: invalid filter '${k}'`);
    else list = list.filter((c) => c.id.startsWith(v));
  }
  const last = Number(flag(p, 'last') ?? (flagBool(p, 'latest') ? 1 : -1));
  if (last >= 0) list = list.slice(0, last);
  const trunc = !flagBool(p, 'no-trunc');
  if (flagBool(p, 'quiet')) {
    write(ctx, list.map((c) => (trunc ? c.id.slice(0, 12) : c.id) + '\n').join(''));
    return 0;
  }
  const rows = list.map((c) => containerRow(c, now, trunc, c.image));
  write(ctx, formatRows(flag(p, 'format') ?? CONTAINER_TABLE, rows, CONTAINER_TITLES));
  return 0;
}

function exec(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const [ref, ...argv] = p.args as [string, ...string[]];
    const c = mustContainer(ctx, ref);
    if (c.state !== 'running') throw new EngineError(`Error response from daemon: container ${c.id} is not running`);
    const cmd = argv[0] as string;
    const base = cmd.split('/').pop() as string;
    const probe = runInContainerProbe(ctx, c, cmd);
    if (probe)
      throw new EngineError(
        `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown`,
        127,
      );
    if ((base === 'sh' || base === 'bash') && argv.length === 1) {
      if (flagBool(p, 'interactive') && flagBool(p, 'tty')) ctx.setAttached({ containerId: c.id, shell: base, main: false });
      return 0;
    }
    const cwd = flag(p, 'workdir');
    const saved = c.workingDir;
    if (cwd) c.workingDir = cwd;
    const status = runInContainer(ctx, c, argv);
    c.workingDir = saved;
    return status;
  });
}

/** True when `cmd` is not an executable in the container (exec reports it before running). */
function runInContainerProbe(_ctx: Ctx, c: ContainerSnapshot, cmd: string): boolean {
  const known = executablesFor(c.image);
  return !(known.has(cmd) || known.has(cmd.split('/').pop() as string));
}

export const CONTAINER_HANDLERS: Record<string, Handler> = {
  'docker container run': { rule: ['min', 1], interspersed: false, run },
  'docker container create': { rule: ['min', 1], interspersed: false, run: create },
  'docker container start': { rule: ['min', 1], run: start },
  'docker container stop': { rule: ['min', 1], run: stop },
  'docker container kill': { rule: ['min', 1], run: stop },
  'docker container restart': { rule: ['min', 1], run: restart },
  'docker container rm': { rule: ['min', 1], run: rm },
  'docker container ls': { rule: ['none'], run: ps },
  'docker container exec': { rule: ['min', 2], interspersed: false, run: exec },
};
