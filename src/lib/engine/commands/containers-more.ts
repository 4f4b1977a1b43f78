/** docker logs, port, top, stats, cp, container prune. */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import { type Parsed, flag, flagBool } from '../flags.ts';
import type { Handler } from './docker.ts';
import { EngineError, confirmNote, daemonCall } from './shared.ts';
import { tabwrite } from '../format/table.ts';
import { livePorts } from '../format/containers.ts';
import { apiTime, humanSize } from '../format/units.ts';
import { removeContainer } from './lifecycle.ts';
import { containerFiles } from '../shell/container.ts';
import { resolvePath } from '../shell/host.ts';

function mustContainer(ctx: Ctx, ref: string) {
  const c = ctx.state.findContainer(ref);
  if (!c) throw new EngineError(`Error response from daemon: No such container: ${ref}`);
  return c;
}

function logs(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const c = mustContainer(ctx, p.args[0] as string);
    let entries = c.logs;
    const tail = flag(p, 'tail') ?? 'all';
    if (tail !== 'all') {
      const n = Number(tail);
      if (!Number.isNaN(n) && n >= 0) entries = entries.slice(Math.max(0, entries.length - n));
    }
    const stamps = flagBool(p, 'timestamps');
    for (const e of entries) {
      const text = stamps ? `${apiTime(e.time)} ${e.text}` : e.text;
      // With a TTY the container has one stream; without, docker logs keeps stdout and stderr apart.
      if (e.stream === 'stderr' && !c.tty) writeErr(ctx, text);
      else write(ctx, text);
    }
    return 0;
  });
}

function port(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const c = mustContainer(ctx, p.args[0] as string);
    const want = p.args[1];
    const lines = livePorts(c)
      .filter((b) => b.hostPort !== null && b.hostIp !== '')
      .filter((b) => !want || want === String(b.containerPort) || want === `${b.containerPort}/${b.protocol}`)
      .map(
        (b) => `${want ? '' : `${b.containerPort}/${b.protocol} -> `}${b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp}:${b.hostPort}`,
      );
    if (want && lines.length === 0)
      throw new EngineError(`Error: No public port '${want.includes('/') ? want : want + '/tcp'}' published for ${p.args[0]}`);
    write(ctx, lines.map((l) => l + '\n').join(''));
    return 0;
  });
}

function top(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const c = mustContainer(ctx, p.args[0] as string);
    if (c.state !== 'running') throw new EngineError(`Error response from daemon: container ${c.id} is not running`);
    const t = new Date(c.startedAt ?? 0).toISOString().slice(11, 16);
    write(
      ctx,
      tabwrite([
        ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
        [c.user || 'root', '12345', '12321', '0', t, c.tty ? 'pts/0' : '?', '00:00:00', c.command.join(' ')],
      ]),
    );
    return 0;
  });
}

function stats(ctx: Ctx, p: Parsed): number {
  if (!flagBool(p, 'no-stream')) {
    writeErr(ctx, 'this practice terminal shows one sample: add --no-stream (a live `docker stats` would keep the screen until Ctrl+C)\n');
  }
  return daemonCall(ctx, () => {
    const list = p.args.length ? p.args.map((r) => mustContainer(ctx, r)) : ctx.state.containers.filter((c) => c.state === 'running');
    const rows = [['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS']];
    for (const c of list) {
      const running = c.state === 'running';
      const mem = running ? 20 + (parseInt(c.id.slice(0, 4), 16) % 80) : 0;
      rows.push([
        c.id.slice(0, 12),
        c.name,
        running ? `${(parseInt(c.id.slice(4, 6), 16) / 100).toFixed(2)}%` : '0.00%',
        running ? `${mem.toFixed(2)}MiB / 7.657GiB` : '0B / 0B',
        running ? `${((mem / 7840) * 100).toFixed(2)}%` : '0.00%',
        running ? `${humanSize(1300 + c.logs.length * 200, 3)} / ${humanSize(126)}` : '0B / 0B',
        '0B / 0B',
        running ? '1' : '0',
      ]);
    }
    write(ctx, tabwrite(rows));
    return 0;
  });
}

function cp(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const [src, dst] = p.args as [string, string];
    const home = ctx.state.env.HOME ?? '/';
    const fromC = /^[^/.][^:]*:/.exec(src);
    const toC = /^[^/.][^:]*:/.exec(dst);
    if (fromC && toC) throw new EngineError('copying between containers is not supported');
    if (!fromC && !toC) throw new EngineError('must specify at least one container source');
    if (fromC) {
      const c = mustContainer(ctx, src.slice(0, fromC[0].length - 1));
      const path = src.slice(fromC[0].length);
      const files = containerFiles(ctx, c);
      const hits = [...files].filter(([k]) => k === path || k.startsWith(path.replace(/\/$/, '') + '/'));
      if (hits.length === 0)
        throw new EngineError(
          `Error response from daemon: Could not find the file ${path} in container ${src.slice(0, fromC[0].length - 1)}`,
        );
      const target = resolvePath(ctx.state.cwd, home, dst);
      const name = path.replace(/\/$/, '').split('/').pop() as string;
      const base = ctx.state.files.has(target) || !isHostDir(ctx, target) ? target : `${target}/${name}`;
      for (const [k, v] of hits) ctx.state.files.set(k === path ? base : base + k.slice(path.replace(/\/$/, '').length), v);
      writeErr(
        ctx,
        `Successfully copied ${humanSize(
          hits.reduce((n, [, v]) => n + v.length, 0),
          3,
        )} to ${dst}\n`,
      );
      return 0;
    }
    const c = mustContainer(ctx, dst.slice(0, (toC as RegExpExecArray)[0].length - 1));
    const path = dst.slice((toC as RegExpExecArray)[0].length);
    const from = resolvePath(ctx.state.cwd, home, src);
    const hits = [...ctx.state.files].filter(([k]) => k === from || k.startsWith(from + '/'));
    if (hits.length === 0) throw new EngineError(`lstat ${from}: no such file or directory`);
    const own = ctx.state.containerFiles.get(c.id) ?? new Map<string, string>();
    const name = from.split('/').pop() as string;
    for (const [k, v] of hits) own.set(`${path.replace(/\/$/, '')}/${name}${k.slice(from.length)}`, v);
    ctx.state.containerFiles.set(c.id, own);
    writeErr(
      ctx,
      `Successfully copied ${humanSize(
        hits.reduce((n, [, v]) => n + v.length, 0),
        3,
      )} to ${dst}\n`,
    );
    return 0;
  });
}

function isHostDir(ctx: Ctx, path: string): boolean {
  for (const k of ctx.state.files.keys()) if (k.startsWith(path + '/')) return true;
  return false;
}

function prune(ctx: Ctx, p: Parsed): number {
  if (!flagBool(p, 'force')) return confirmNote(ctx, 'WARNING! This will remove all stopped containers.');
  const gone = ctx.state.containers.filter((c) => c.state === 'exited' || c.state === 'created' || c.state === 'dead');
  for (const c of gone) removeContainer(ctx, c);
  if (gone.length) write(ctx, 'Deleted Containers:\n' + gone.map((c) => c.id + '\n').join('') + '\n');
  write(ctx, 'Total reclaimed space: 0B\n');
  return 0;
}

export const MORE_CONTAINER_HANDLERS: Record<string, Handler> = {
  'docker container logs': { rule: ['exact', 1], run: logs },
  'docker container port': { rule: ['range', 1, 2], run: port },
  'docker container top': { rule: ['min', 1], interspersed: false, run: top },
  'docker container stats': { rule: ['min', 0], run: stats },
  'docker container cp': { rule: ['exact', 2], run: cp },
  'docker container prune': { rule: ['none'], run: prune },
};
