/**
 * Commands run inside a container (`docker exec`, a run command, an attached
 * `sh`/`bash`): a small command set over the container's files, which are the
 * image's files, its bind mounts and what it wrote. Unknown programs get the
 * shell's `not found`; programs that exist but are not simulated say so.
 */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import type { ContainerSnapshot } from '../types.ts';
import { executablesFor, envOf } from '../programs.ts';
import { filterLines } from './text.ts';
import { entrypointTarget } from '../entrypoints.ts';

const ROOT_DIRS = [
  'bin',
  'boot',
  'dev',
  'etc',
  'home',
  'lib',
  'media',
  'mnt',
  'opt',
  'proc',
  'root',
  'run',
  'sbin',
  'srv',
  'sys',
  'tmp',
  'usr',
  'var',
];

/** All files the container sees: path → content. */
export function containerFiles(ctx: Ctx, c: ContainerSnapshot): Map<string, string> {
  const files = new Map<string, string>();
  for (const [k, v] of ctx.state.imageFiles.get(c.imageId) ?? []) files.set(k, v);
  for (const m of c.mounts) {
    if (m.type !== 'bind') continue;
    for (const [k, v] of ctx.state.files) if (k.startsWith(m.source + '/')) files.set(m.destination + k.slice(m.source.length), v);
  }
  for (const [k, v] of ctx.state.containerFiles.get(c.id) ?? []) files.set(k, v);
  for (const m of c.mounts) {
    if (m.type !== 'volume') continue;
    for (const [k, v] of ctx.state.volumeFiles.get(m.source) ?? []) files.set(m.destination + k, v);
  }
  files.set('/etc/hostname', c.id.slice(0, 12) + '\n');
  const image = ctx.state.images.find((i) => i.id === c.imageId);
  const alpine = /alpine|busybox|curl/.test(image?.repoTags[0] ?? c.image);
  files.set(
    '/etc/os-release',
    alpine
      ? 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.2\nPRETTY_NAME="Alpine Linux v3.22"\n'
      : 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="13"\nVERSION="13 (trixie)"\nID=debian\n',
  );
  return files;
}

function resolve(cwd: string, p: string): string {
  const parts: string[] = [];
  for (const seg of (p.startsWith('/') ? p : `${cwd}/${p}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

function list(files: Map<string, string>, dir: string): string[] | undefined {
  if (dir === '/')
    return ROOT_DIRS.concat([...new Set([...files.keys()].map((k) => k.split('/')[1] as string))])
      .filter((v, i, a) => a.indexOf(v) === i)
      .sort();
  const prefix = dir + '/';
  const names = new Set<string>();
  for (const k of files.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0] as string);
  if (names.size === 0 && !['/tmp', '/root', '/home', '/etc', '/usr', '/var', '/bin'].includes(dir)) return undefined;
  return [...names].sort();
}

/** Writes a file inside the container: into a mounted volume, a bind-mounted host folder or its own layer. */
export function writeContainerFile(ctx: Ctx, c: ContainerSnapshot, path: string, text: string, append: boolean): string | undefined {
  const m = c.mounts.find((x) => path.startsWith(x.destination + '/'));
  if (c.readOnly && !m) return `sh: can't create ${path}: Read-only file system\n`;
  if (m?.readOnly) return `sh: can't create ${path}: Read-only file system\n`;
  const old = containerFiles(ctx, c).get(path) ?? '';
  const value = (append ? old : '') + text;
  if (m?.type === 'volume') {
    const files = ctx.state.volumeFiles.get(m.source) ?? new Map<string, string>();
    files.set(path.slice(m.destination.length), value);
    ctx.state.volumeFiles.set(m.source, files);
  } else if (m?.type === 'bind') ctx.state.files.set(m.source + path.slice(m.destination.length), value);
  else {
    const own = ctx.state.containerFiles.get(c.id) ?? new Map<string, string>();
    own.set(path, value);
    ctx.state.containerFiles.set(c.id, own);
  }
  return undefined;
}

export function runInContainer(ctx: Ctx, c: ContainerSnapshot, argv: string[]): number {
  const [cmd = '', ...args] = entrypointTarget(argv, executablesFor(c.image));
  const shellName = /alpine|busybox|curl/.test(c.image) ? 'sh' : 'bash';
  if (c.state !== 'running') {
    writeErr(ctx, `Error response from daemon: container ${c.id} is not running\n`);
    return 1;
  }
  const cwd = c.workingDir || '/';
  const files = containerFiles(ctx, c);
  const base = cmd.split('/').pop() as string;
  switch (base) {
    case 'echo':
      write(ctx, args.join(' ') + '\n');
      return 0;
    case 'pwd':
      write(ctx, cwd + '\n');
      return 0;
    case 'hostname':
      write(ctx, c.id.slice(0, 12) + '\n');
      return 0;
    case 'whoami':
      write(ctx, (c.user || 'root').replace(/^101$/, 'nginx').replace(/^1000$/, 'dynamodblocal') + '\n');
      return 0;
    case 'id':
      write(
        ctx,
        c.user && c.user !== 'root'
          ? `uid=${/^\d+$/.test(c.user) ? c.user : 100}(${c.user}) gid=${/^\d+$/.test(c.user) ? c.user : 101} groups=${/^\d+$/.test(c.user) ? c.user : 101}\n`
          : 'uid=0(root) gid=0(root) groups=0(root)\n',
      );
      return 0;
    case 'uname':
      write(ctx, args.includes('-a') ? `Linux ${c.id.slice(0, 12)} 6.8.0-generic #1 SMP x86_64 GNU/Linux\n` : 'Linux\n');
      return 0;
    case 'env':
    case 'printenv': {
      const env = {
        PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        HOSTNAME: c.id.slice(0, 12),
        ...envOf(c),
        HOME: '/root',
      };
      if (base === 'printenv' && args[0]) {
        const v = (env as Record<string, string>)[args[0]];
        if (v === undefined) return 1;
        write(ctx, v + '\n');
        return 0;
      }
      for (const [k, v] of Object.entries(env)) write(ctx, `${k}=${v}\n`);
      return 0;
    }
    case 'ls': {
      const targets = args.filter((a) => !a.startsWith('-'));
      const long = args.some((a) => /^-\w*l/.test(a));
      let status = 0;
      for (const t of targets.length ? targets : ['.']) {
        const path = resolve(cwd, t);
        if (files.has(path)) {
          write(ctx, t + '\n');
          continue;
        }
        const entries = list(files, path);
        if (!entries) {
          writeErr(ctx, `ls: cannot access '${t}': No such file or directory\n`);
          status = 2;
          continue;
        }
        const shown = entries.filter((e) => !e.startsWith('.') || args.some((a) => /^-\w*a/.test(a)));
        if (long)
          for (const e of shown)
            write(
              ctx,
              `${files.has(`${path}/${e}`) ? '-rw-r--r--' : 'drwxr-xr-x'} 1 root root ${String((files.get(`${path}/${e}`) ?? '').length || 4096).padStart(5)} Jan  5 09:00 ${e}\n`,
            );
        else if (shown.length) write(ctx, shown.join(ctx.columns ? '  ' : '\n') + '\n');
      }
      return status;
    }
    case 'cat': {
      if (args.length === 0) {
        write(ctx, ctx.io.stdin);
        return 0;
      }
      let status = 0;
      for (const a of args) {
        const content = files.get(resolve(cwd, a));
        if (content === undefined) {
          writeErr(ctx, `cat: ${a}: No such file or directory\n`);
          status = 1;
        } else write(ctx, content);
      }
      return status;
    }
    case 'touch':
    case 'mkdir': {
      const own = ctx.state.containerFiles.get(c.id) ?? new Map<string, string>();
      if (c.readOnly) {
        writeErr(ctx, `${base}: ${args[0]}: Read-only file system\n`);
        return 1;
      }
      for (const a of args.filter((x) => !x.startsWith('-'))) own.set(resolve(cwd, a) + (base === 'mkdir' ? '/.keep' : ''), '');
      ctx.state.containerFiles.set(c.id, own);
      return 0;
    }
    case 'curl':
      if (!executablesFor(c.image).has('curl') && !/curl/.test(c.image)) break;
      return ctx.parts.use('curl').containerCurl(ctx, c, args);
    case 'python':
    case 'python3':
      if (args[0] === '--version' || args[0] === '-V') {
        if (!executablesFor(c.image).has('python3')) break;
        write(ctx, 'Python 3.12.12\n');
        return 0;
      }
      break;
    case 'node':
      if (args[0] === '--version' || args[0] === '-v') {
        if (!executablesFor(c.image).has('node')) break;
        write(ctx, 'v22.21.1\n');
        return 0;
      }
      break;
    case 'head':
    case 'tail':
    case 'grep':
    case 'wc':
    case 'sort':
      return filterLines(ctx, base, args);
    case 'sleep':
    case 'true':
      return 0;
    case 'false':
      return 1;
    case 'sh':
    case 'bash':
      if (args[0] === '-c' && args[1] !== undefined) return ctx.runLineIn(c.id, args[1]);
      break;
    case 'date':
      write(
        ctx,
        new Date(ctx.state.now())
          .toUTCString()
          .replace(
            /^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/,
            (_, d: string, day: string, mon: string, y: string, t: string) => `${d} ${mon} ${day.replace(/^0/, ' ')} ${t} UTC ${y}`,
          ) + '\n',
      );
      return 0;
    case 'getent': {
      if (args[0] !== 'hosts' || !args[1]) return 2;
      const self = c.networks[0];
      const hit =
        args[1] === c.name || args[1] === 'localhost'
          ? c
          : ctx.state.containers.find(
              (o) =>
                o.state === 'running' &&
                o.networks.some(
                  (n) =>
                    c.networks.some((cn) => cn.networkId === n.networkId && cn.network !== 'bridge') &&
                    (n.aliases.includes(args[1] as string) || o.name === args[1]),
                ),
            );
      if (!hit) return 2;
      const ip =
        args[1] === 'localhost'
          ? '::1'
          : (hit.networks.find((n) => c.networks.some((cn) => cn.networkId === n.networkId))?.ipAddress ?? self?.ipAddress ?? '');
      write(ctx, `${ip.padEnd(15)} ${args[1]}\n`);
      return 0;
    }
  }
  const known = executablesFor(c.image);
  if (!known.has(cmd) && !known.has(base)) {
    writeErr(ctx, shellName === 'bash' ? `bash: ${cmd}: command not found\n` : `sh: ${cmd}: not found\n`);
    return 127;
  }
  writeErr(ctx, `this practice host does not run \`${cmd}\` inside containers; it simulates ls, cat, echo, env, curl and a few more\n`);
  return 127;
}
