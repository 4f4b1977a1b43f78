/** grep, head, tail, wc and sort over stdin or workspace files (GNU wording). */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import { notifyFileChange, resolvePath } from './host.ts';

export function filterLines(ctx: Ctx, tool: 'grep' | 'head' | 'tail' | 'wc' | 'sort', argsIn: string[]): number {
  const opts = new Set<string>();
  let count: number | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argsIn.length; i++) {
    const a = argsIn[i] as string;
    if ((tool === 'head' || tool === 'tail') && (a === '-n' || a === '-c')) count = Number(argsIn[++i]);
    else if (tool === 'grep' && (a === '-m' || /^-m\d+$/.test(a))) count = Number(a === '-m' ? argsIn[++i] : a.slice(2));
    else if ((tool === 'head' || tool === 'tail') && /^-n?\d+$/.test(a)) count = Number(a.replace(/^-n?/, ''));
    else if (/^--?[a-zA-Z]/.test(a) && !(tool === 'grep' && rest.length > 0 && false)) for (const ch of a.replace(/^-+/, '')) opts.add(ch);
    else rest.push(a);
  }
  let pattern: string | undefined;
  if (tool === 'grep') {
    pattern = rest.shift();
    if (pattern === undefined) {
      writeErr(ctx, "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
  }
  let input = ctx.io.stdin;
  if (rest.length > 0) {
    input = '';
    for (const f of rest) {
      const content = ctx.state.files.get(resolvePath(ctx.state.cwd, ctx.state.env.HOME ?? '/', f));
      if (content === undefined) {
        writeErr(ctx, `${tool}: ${f}: No such file or directory\n`);
        return tool === 'grep' ? 2 : 1;
      }
      input += content;
    }
  }
  const lines = input === '' ? [] : input.replace(/\n$/, '').split('\n');
  if (tool === 'wc') {
    const words = input.split(/\s+/).filter(Boolean).length;
    const nl = (input.match(/\n/g) ?? []).length;
    if (opts.has('l')) write(ctx, `${nl}\n`);
    else if (opts.has('w')) write(ctx, `${words}\n`);
    else if (opts.has('c')) write(ctx, `${input.length}\n`);
    else write(ctx, `${String(nl).padStart(7)} ${String(words).padStart(7)} ${String(input.length).padStart(7)}\n`);
    return 0;
  }
  if (tool === 'head') return emit(ctx, lines.slice(0, count ?? 10));
  if (tool === 'tail') return emit(ctx, lines.slice(Math.max(0, lines.length - (count ?? 10))));
  if (tool === 'sort') return emit(ctx, [...lines].sort(opts.has('r') ? (a, b) => (a < b ? 1 : -1) : undefined));
  let re: RegExp;
  try {
    re = new RegExp(
      opts.has('F') ? (pattern as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : (pattern as string),
      opts.has('i') ? 'i' : '',
    );
  } catch {
    writeErr(ctx, 'grep: Unmatched ( or \\(\n');
    return 2;
  }
  const hits = lines.filter((l) => re.test(l) !== opts.has('v')).slice(0, count ?? Infinity);
  if (opts.has('c')) write(ctx, `${hits.length}\n`);
  else emit(ctx, hits);
  return hits.length > 0 ? 0 : 1;
}

function emit(ctx: Ctx, lines: string[]): number {
  if (lines.length) write(ctx, lines.join('\n') + '\n');
  return 0;
}

/** `sed 's/a/b/[g]' [file]` and `sed -i …` (the substitutions learners use). */
export function sed(ctx: Ctx, args: string[]): number {
  const inPlace = args[0] === '-i';
  const rest = inPlace ? args.slice(1) : args;
  const [script, file] = rest as [string | undefined, string | undefined];
  const m = script ? /^s(.)(.*?)\1(.*?)\1(g?)$/.exec(script) : null;
  if (!m) {
    writeErr(ctx, `sed: -e expression #1, char ${script?.length ?? 0}: unknown command: \`${script?.[0] ?? ''}'\n`);
    return 1;
  }
  let re: RegExp;
  try {
    re = new RegExp((m[2] as string).replace(/\\\//g, '/'), m[4] ? 'g' : '');
  } catch {
    writeErr(ctx, 'sed: -e expression #1: invalid regular expression\n');
    return 1;
  }
  const path = file ? resolvePath(ctx.state.cwd, ctx.state.env.HOME ?? '/', file) : undefined;
  const input = path ? ctx.state.files.get(path) : ctx.io.stdin;
  if (input === undefined) {
    writeErr(ctx, `sed: can't read ${file}: No such file or directory\n`);
    return 2;
  }
  const output = input
    .split('\n')
    .map((l) => l.replace(re, m[3] as string))
    .join('\n');
  if (inPlace && path) {
    ctx.state.files.set(path, output);
    notifyFileChange(ctx, path);
  } else write(ctx, output);
  return 0;
}
