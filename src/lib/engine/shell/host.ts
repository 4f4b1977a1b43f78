/**
 * The host shell's built-in commands: what a learner types around docker
 * (cd, ls, cat, echo, export, grep, head, wc, curl, …). Error texts are bash's
 * and coreutils'. Programs the model does not simulate say so plainly.
 */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import { filterLines, sed } from './text.ts';

export type Builtin = (ctx: Ctx, args: string[]) => number;

// ls sorts like coreutils in an English locale; one collator, since localeCompare builds one per call.
const COLLATOR = new Intl.Collator('en');

export function resolvePath(cwd: string, home: string, p: string): string {
  const raw = p.startsWith('/') ? p : p === '~' || p.startsWith('~/') ? home + p.slice(1) : `${cwd}/${p}`;
  const parts: string[] = [];
  for (const seg of raw.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

export function isDir(ctx: Ctx, path: string): boolean {
  if (path === '/') return true;
  const prefix = path.endsWith('/') ? path : path + '/';
  for (const k of ctx.state.files.keys()) if (k.startsWith(prefix)) return true;
  return false;
}

/** Entries directly inside `dir` (directories get a trailing `/`). */
export function listDir(ctx: Ctx, dir: string): string[] {
  const prefix = dir === '/' ? '/' : dir + '/';
  const names = new Set<string>();
  for (const k of ctx.state.files.keys()) {
    if (!k.startsWith(prefix)) continue;
    const rest = k.slice(prefix.length);
    const slash = rest.indexOf('/');
    names.add(slash < 0 ? rest : rest.slice(0, slash + 1));
  }
  return [...names].sort((a, b) => COLLATOR.compare(a.replace(/^\./, ''), b.replace(/^\./, '')));
}

const cd: Builtin = (ctx, args) => {
  const s = ctx.state;
  const target = args[0] === undefined ? (s.env.HOME ?? '/') : args[0] === '-' ? (s.env.OLDPWD ?? s.cwd) : args[0];
  const path = resolvePath(s.cwd, s.env.HOME ?? '/', target);
  if (s.files.has(path)) {
    writeErr(ctx, `bash: cd: ${target}: Not a directory\n`);
    return 1;
  }
  if (!isDir(ctx, path) && !['/', '/home', '/workspace', '/tmp'].includes(path)) {
    writeErr(ctx, `bash: cd: ${target}: No such file or directory\n`);
    return 1;
  }
  s.env.OLDPWD = s.cwd;
  s.cwd = path;
  s.env.PWD = path;
  return 0;
};

const ls: Builtin = (ctx, args) => {
  const all = args.some((a) => /^-[a-zA-Z]*a/.test(a));
  const long = args.some((a) => /^-[a-zA-Z]*l/.test(a));
  const targets = args.filter((a) => !a.startsWith('-'));
  let status = 0;
  const list = targets.length ? targets : ['.'];
  list.forEach((t, idx) => {
    const path = resolvePath(ctx.state.cwd, ctx.state.env.HOME ?? '/', t);
    if (ctx.state.files.has(path)) {
      write(ctx, t + '\n');
      return;
    }
    if (!isDir(ctx, path)) {
      writeErr(ctx, `ls: cannot access '${t}': No such file or directory\n`);
      status = 2;
      return;
    }
    if (list.length > 1) write(ctx, `${idx > 0 ? '\n' : ''}${t}:\n`);
    const entries = listDir(ctx, path).filter((e) => all || !e.startsWith('.'));
    if (long) {
      for (const e of entries) {
        const dir = e.endsWith('/');
        const size = dir ? 4096 : (ctx.state.files.get(`${path}/${e}`) ?? '').length;
        write(
          ctx,
          `${dir ? 'drwxr-xr-x' : '-rw-r--r--'} 1 learner learner ${String(size).padStart(5)} Jan  5 09:00 ${e.replace(/\/$/, '')}\n`,
        );
      }
    } else if (entries.length) write(ctx, entries.map((e) => e.replace(/\/$/, '')).join(ctx.io.piped ? '\n' : '  ') + '\n');
  });
  return status;
};

const cat: Builtin = (ctx, args) => {
  if (args.length === 0) {
    write(ctx, ctx.io.stdin);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const path = resolvePath(ctx.state.cwd, ctx.state.env.HOME ?? '/', a);
    const content = ctx.state.files.get(path);
    if (content !== undefined) write(ctx, content);
    else if (isDir(ctx, path)) {
      writeErr(ctx, `cat: ${a}: Is a directory\n`);
      status = 1;
    } else {
      writeErr(ctx, `cat: ${a}: No such file or directory\n`);
      status = 1;
    }
  }
  return status;
};

const echo: Builtin = (ctx, args) => {
  let noNewline = false;
  while (args[0] === '-n' || args[0] === '-e') {
    if (args[0] === '-n') noNewline = true;
    args = args.slice(1);
  }
  write(ctx, args.join(' ') + (noNewline ? '' : '\n'));
  return 0;
};

const exportCmd: Builtin = (ctx, args) => {
  if (args.length === 0 || args[0] === '-p') {
    for (const [k, v] of Object.entries(ctx.state.env).sort()) write(ctx, `declare -x ${k}="${v}"\n`);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      writeErr(ctx, `bash: export: \`${a}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    if (eq >= 0) ctx.state.env[name] = a.slice(eq + 1);
    else ctx.state.env[name] ??= '';
  }
  return status;
};

const unset: Builtin = (ctx, args) => {
  for (const a of args) delete ctx.state.env[a];
  return 0;
};

const env: Builtin = (ctx) => {
  for (const [k, v] of Object.entries(ctx.state.env)) write(ctx, `${k}=${v}\n`);
  return 0;
};

export const HOST_BUILTINS: Record<string, Builtin> = {
  cd,
  ls,
  cat,
  echo,
  export: exportCmd,
  unset,
  env,
  printenv: env,
  pwd: (ctx) => (write(ctx, ctx.state.cwd + '\n'), 0),
  clear: (ctx) => (write(ctx, '\x1b[H\x1b[2J'), 0),
  true: () => 0,
  false: () => 1,
  whoami: (ctx) => (write(ctx, 'learner\n'), 0),
  hostname: (ctx) => (write(ctx, 'practice-host\n'), 0),
  grep: (ctx, args) => filterLines(ctx, 'grep', args),
  head: (ctx, args) => filterLines(ctx, 'head', args),
  tail: (ctx, args) => filterLines(ctx, 'tail', args),
  wc: (ctx, args) => filterLines(ctx, 'wc', args),
  sort: (ctx, args) => filterLines(ctx, 'sort', args),
  curl: (ctx, args) => ctx.parts.use('curl').curl(ctx, args),
  sed,
};

/** Real programs a learner may reach for that this practice host does not simulate. */
export const NOT_SIMULATED = new Set([
  'vim',
  'vi',
  'nano',
  'code',
  'emacs',
  'less',
  'more',
  'ssh',
  'scp',
  'git',
  'sudo',
  'apt',
  'apt-get',
  'brew',
  'python',
  'python3',
  'pip',
  'pip3',
  'flask',
  'npm',
  'node',
  'npx',
  'psql',
  'aws',
  'gp',
  'wget',
  'ping',
  'docker-compose',
  'kubectl',
  'make',
  'top',
  'htop',
  'man',
  'history',
  'awk',
  'find',
  'rm',
  'mkdir',
  'touch',
  'cp',
  'mv',
  'chmod',
  'open',
  'xdg-open',
  'jq',
  'tree',
  'sleep',
  'ps',
  'kill',
  'watch',
  'nc',
  'telnet',
  'lsof',
  'ss',
]);

/**
 * Werkzeug's reloader: a running Flask container in debug mode whose bind
 * mount holds the changed .py file restarts and logs it.
 */
export function notifyFileChange(ctx: Ctx, path: string): void {
  if (!path.endsWith('.py')) return;
  for (const c of ctx.state.containers) {
    if (c.state !== 'running' || !c.command.join(' ').includes('flask run')) continue;
    if (!c.logs.some((l) => l.text.startsWith(' * Debugger is active!'))) continue;
    const m = c.mounts.find((x) => x.type === 'bind' && path.startsWith(x.source + '/'));
    if (!m) continue;
    const pin = [...c.logs].reverse().find((l) => l.text.startsWith(' * Debugger PIN:'))?.text ?? ' * Debugger PIN: 000-000-000\n';
    const time = ctx.state.now();
    for (const text of [
      ` * Detected change in '${m.destination}${path.slice(m.source.length)}', reloading\n`,
      ' * Restarting with stat\n',
      ' * Debugger is active!\n',
      pin,
    ]) {
      c.logs.push({ stream: 'stderr', text, time });
    }
  }
}
