/**
 * curl against the simulated servers: from the host to published ports, and
 * from a container to other containers by name or alias on a shared network.
 * Error texts and exit codes are curl's (6 resolve, 7 connect).
 */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import type { ContainerSnapshot } from '../types.ts';
import { serve, serverOf } from '../http.ts';
import { containerFiles } from './container.ts';

export interface Target {
  container: ContainerSnapshot;
  port: number;
  clientIp: string;
}
export type Resolver = (host: string, port: number) => Target | 'refused' | 'unresolved' | 'outside';

const LOCAL = new Set(['localhost', '127.0.0.1', '0.0.0.0', '::1', '[::1]']);

/** Published ports on the host. */
export const hostResolver =
  (ctx: Ctx): Resolver =>
  (host, port) => {
    if (!LOCAL.has(host))
      return ctx.state.containers.length >= 0 && /\./.test(host) && !/^\d+\.\d+\.\d+\.\d+$/.test(host) ? 'outside' : 'unresolved';
    const c = ctx.state.containers.find((x) => x.state === 'running' && x.ports.some((p) => p.hostPort === port));
    if (!c) return 'refused';
    const binding = c.ports.find((p) => p.hostPort === port);
    return { container: c, port: binding?.containerPort ?? port, clientIp: c.networks[0]?.gateway ?? '172.17.0.1' };
  };

/** Names visible from inside `from`: containers sharing a user-defined network (by name or alias). */
export const containerResolver =
  (ctx: Ctx, from: ContainerSnapshot): Resolver =>
  (host, port) => {
    let target: ContainerSnapshot | undefined;
    let clientIp = from.networks[0]?.ipAddress ?? '';
    if (LOCAL.has(host)) target = from;
    else {
      for (const n of from.networks) {
        const hit = ctx.state.containers.find(
          (c) =>
            c.networks.some(
              (cn) => cn.networkId === n.networkId && n.network !== 'bridge' && (cn.aliases.includes(host) || c.name === host),
            ) || c.networks.some((cn) => cn.ipAddress === host),
        );
        if (hit) {
          target = hit;
          clientIp = n.ipAddress;
          break;
        }
      }
      if (!target) return /\./.test(host) && !/^\d+\.\d+\.\d+\.\d+$/.test(host) ? 'outside' : 'unresolved';
    }
    const s = serverOf(target);
    if (!s || s.port !== port) return 'refused';
    return { container: target, port, clientIp };
  };

export function curlWith(ctx: Ctx, args: string[], resolve: Resolver): number {
  let method = 'GET';
  let include = false;
  let headOnly = false;
  let silent = false;
  let showErrors = false;
  let fail = false;
  const headers: Record<string, string> = {};
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-X' || a === '--request') method = args[++i] ?? 'GET';
    else if (a === '-H' || a === '--header') {
      const h = args[++i] ?? '';
      const c = h.indexOf(':');
      if (c > 0) headers[h.slice(0, c).trim().toLowerCase()] = h.slice(c + 1).trim();
    } else if (a === '--include' || a === '-i') include = true;
    else if (a === '--head' || a === '-I') headOnly = true;
    else if (a === '--silent') silent = true;
    else if (a === '--fail') fail = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('i')) include = true;
      if (a.includes('I')) headOnly = true;
      if (a.includes('s')) silent = true;
      if (a.includes('S')) showErrors = true;
      if (a.includes('f')) fail = true;
    } else if (a.startsWith('-')) continue;
    else url = a;
  }
  if (!url) {
    writeErr(ctx, "curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const m = /^(?:(https?):\/\/)?(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?(\/[^#]*)?$/.exec(url);
  if (!m) {
    if (!silent) writeErr(ctx, `curl: (3) URL rejected: Malformed input to a URL function\n`);
    return 3;
  }
  const host = (m[2] as string).replace(/^\[|\]$/g, (x) => (x === '[' ? '[' : ']'));
  const port = Number(m[3] ?? (m[1] === 'https' ? 443 : 80));
  const path = m[4] ?? '/';
  if (showErrors) silent = false;
  const target = resolve(host, port);
  if (target === 'outside') {
    writeErr(ctx, `this practice host has no internet connection, so curl cannot reach ${host}\n`);
    return 6;
  }
  if (target === 'unresolved') {
    if (!silent) writeErr(ctx, `curl: (6) Could not resolve host: ${host}\n`);
    return 6;
  }
  if (target === 'refused') {
    if (!silent) writeErr(ctx, `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server\n`);
    return 7;
  }
  if (m[1] === 'https') {
    if (!silent) writeErr(ctx, `curl: (35) OpenSSL/3.0.17: error:0A00010B:SSL routines::wrong version number\n`);
    return 35;
  }
  const s = serverOf(target.container);
  if (!s) return 7;
  if (headOnly) method = 'HEAD';
  const { res, log } = serve(
    s.server,
    target.container,
    {
      method,
      path,
      headers,
      clientIp: target.clientIp,
      time: ctx.state.now(),
    },
    containerFiles(ctx, target.container),
  );
  if (log) target.container.logs.push({ stream: s.server === 'flask' ? 'stderr' : 'stdout', text: log, time: ctx.state.now() });
  if (fail && res.status >= 400) {
    if (!silent) writeErr(ctx, `curl: (22) The requested URL returned error: ${res.status}\n`);
    return 22;
  }
  if (include || headOnly) {
    // HTTP sends CRLF; the engine's contract is \n line ends, as the terminal shows them.
    write(ctx, `HTTP/1.1 ${res.status} ${res.reason}\n`);
    for (const [k, v] of res.headers) write(ctx, `${k}: ${v}\n`);
    write(ctx, '\n');
  }
  if (!headOnly) write(ctx, res.body);
  return 0;
}

export function curl(ctx: Ctx, args: string[]): number {
  return curlWith(ctx, args, hostResolver(ctx));
}
