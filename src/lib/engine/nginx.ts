/**
 * The official nginx images through their entrypoint (`/docker-entrypoint.sh`
 * and its `/docker-entrypoint.d/` scripts), and how hardening breaks them:
 * the root master process of `nginx` creates its temporary folders under
 * /var/cache/nginx and gives them to the `nginx` user (uid 101), so
 * `--read-only` without a writable mount there, or `--cap-drop` of CHOWN,
 * stops it; nginx-unprivileged keeps them in /tmp and changes no owner.
 */
import type { ContainerSnapshot } from './types.ts';
import { envOf, type Line, type ProgramStart } from './programs.ts';
import { dropsCapability } from './commands/security.ts';

const out = (text: string): Line => ({ stream: 'stdout', text });
const err = (text: string): Line => ({ stream: 'stderr', text });

/** A path the container can write: its root is writable, or a writable mount holds it. */
function writable(c: ContainerSnapshot, path: string): boolean {
  const mount = c.mounts
    .filter((m) => path === m.destination || path.startsWith(m.destination + '/'))
    .sort((a, b) => b.destination.length - a.destination.length)[0];
  return mount ? !mount.readOnly : !c.readOnly;
}

/** nginx's error-log time, `2026/01/05 09:00:00`. */
const logTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace(/-/g, '/').replace('T', ' ');

/** The configuration scripts first, then `-v`/`-t` answer and exit, the server starts, or it fails as hardening makes it. */
export function nginxRun(c: ContainerSnapshot, args: string[]): ProgramStart {
  const lines = entrypointLines(writable(c, '/etc/nginx/conf.d/default.conf'));
  const conf = '/etc/nginx/nginx.conf';
  if (args.includes('-v') || args.includes('-V'))
    return { running: false, exitCode: 0, lines: [...lines, err(`nginx version: nginx/${envOf(c).NGINX_VERSION ?? '1.29.3'}\n`)] };
  if (args.includes('-t'))
    return {
      running: false,
      exitCode: 0,
      lines: [
        ...lines,
        err(`nginx: the configuration file ${conf} syntax is ok\n`),
        err(`nginx: configuration file ${conf} test is successful\n`),
      ],
    };
  const root = c.user === '' || c.user === 'root' || c.user === '0';
  const temp = root ? '/var/cache/nginx/client_temp' : '/tmp/client_temp';
  let failure: string | undefined;
  if (!writable(c, temp)) failure = `mkdir() "${temp}" failed (30: Read-only file system)`;
  else if (root && dropsCapability(c, 'CHOWN')) failure = `chown("${temp}", 101) failed (1: Operation not permitted)`;
  if (failure)
    return {
      running: false,
      exitCode: 1,
      lines: [...lines, err(`${logTime(c.created)} [emerg] 1#1: ${failure}\n`), err(`nginx: [emerg] ${failure}\n`)],
    };
  return { running: true, exitCode: 0, lines };
}

function entrypointLines(confWritable: boolean): Line[] {
  const e = '/docker-entrypoint.sh';
  const listen = '10-listen-on-ipv6-by-default.sh: info:';
  return [
    out(`${e}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n`),
    out(`${e}: Looking for shell scripts in /docker-entrypoint.d/\n`),
    out(`${e}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh\n`),
    ...(confWritable
      ? [
          out(`${listen} Getting the checksum of /etc/nginx/conf.d/default.conf\n`),
          out(`${listen} Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n`),
        ]
      : [out(`${listen} can not modify /etc/nginx/conf.d/default.conf (read-only file system?)\n`)]),
    out(`${e}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh\n`),
    out(`${e}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh\n`),
    out(`${e}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh\n`),
    out(`${e}: Configuration complete; ready for start up\n`),
  ];
}
