/**
 * What the main process of each course image prints when it starts, and
 * whether it keeps running. Output follows the real programs: Flask/Werkzeug's
 * banner (flask cli.py show_server_banner, werkzeug serving.py), nginx's
 * docker-entrypoint.sh, postgres's docker-entrypoint.sh, hello-world's text.
 */
import type { ContainerSnapshot } from './types.ts';
import { entrypointTarget } from './entrypoints.ts';
import { postgresStart } from './postgres.ts';
import { nginxRun } from './nginx.ts';

export interface Line {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ProgramStart {
  lines: Line[];
  /** Keeps running until stopped. */
  running: boolean;
  exitCode: number;
  /** An interactive shell that `-it` attaches to. */
  shell?: 'sh' | 'bash' | 'python' | 'node';
  /** postgres created a new cluster in PGDATA (the caller records it, so a kept volume skips initdb next time). */
  initialized?: boolean;
  /** Could not start: the runtime's error text (no `docker:` prefix) and status. */
  error?: { message: string; exitCode: number };
}

/** Executables each image family has on its PATH (the ones learners try). */
const COMMON = [
  'sh',
  'ls',
  'cat',
  'echo',
  'env',
  'pwd',
  'sleep',
  'hostname',
  'whoami',
  'id',
  'true',
  'false',
  'date',
  'uname',
  'printenv',
  'mkdir',
  'rm',
  'touch',
  'head',
  'tail',
  'grep',
  'wc',
  'ps',
  'top',
  'kill',
];
const DEBIAN = [...COMMON, 'bash', 'apt', 'apt-get', 'getent'];
export function executablesFor(imageName: string): Set<string> {
  const n = imageName.replace(/^(docker\.io\/)?(library\/)?/, '');
  const [base = n, tag = ''] = n.split(':');
  if (base === 'hello-world') return new Set(['/hello', 'hello']);
  const alpineLike = base === 'alpine' || base === 'busybox' || base === 'curlimages/curl' || tag.includes('alpine');
  const extra: string[] = alpineLike ? [...COMMON, 'wget', 'nslookup', 'ping', 'vi', 'apk'] : [...DEBIAN];
  if (base === 'curlimages/curl') extra.push('curl', '/entrypoint.sh');
  if (base.startsWith('python') || base.includes('backend')) extra.push('python', 'python3', 'pip', 'pip3', 'flask');
  if (base.startsWith('node') || base.includes('frontend'))
    extra.push(
      'node',
      'npm',
      'npx',
      'yarn',
      'docker-entrypoint.sh',
      ...(alpineLike || tag.includes('slim') ? [] : ['curl', 'wget', 'git']),
    );
  if (base.includes('nginx')) extra.push('nginx', '/docker-entrypoint.sh', 'curl');
  if (base.startsWith('postgres')) extra.push('postgres', 'psql', 'docker-entrypoint.sh');
  if (base.startsWith('redis')) extra.push('redis-server', 'redis-cli', 'docker-entrypoint.sh');
  if (base.includes('dynamodb')) extra.push('java');
  return new Set(extra);
}

const HELLO = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;

const out = (text: string): Line => ({ stream: 'stdout', text });
const err = (text: string): Line => ({ stream: 'stderr', text });

export function envOf(c: ContainerSnapshot): Record<string, string> {
  const env: Record<string, string> = {};
  for (const kv of c.env) {
    const eq = kv.indexOf('=');
    if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return env;
}

/** Flask's banner for `flask run`; the app is auto-discovered, so no "Serving Flask app" line. */
export function flaskBanner(c: ContainerSnapshot, port: number, pin: string): Line[] {
  const debug = /^(1|true|yes|on)$/i.test(envOf(c).FLASK_DEBUG ?? '');
  const ip = c.networks[0]?.ipAddress ?? '172.17.0.2';
  const lines: Line[] = [
    out(` * Debug mode: ${debug ? 'on' : 'off'}\n`),
    err('WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\n'),
    err(' * Running on all addresses (0.0.0.0)\n'),
    err(` * Running on http://127.0.0.1:${port}\n`),
    err(` * Running on http://${ip}:${port}\n`),
    err('Press CTRL+C to quit\n'),
  ];
  if (debug) lines.push(err(' * Restarting with stat\n'), err(' * Debugger is active!\n'), err(` * Debugger PIN: ${pin}\n`));
  return lines;
}

/**
 * Starts `c`'s command. `hasApp` tells whether a Flask app is in the working
 * directory (the built backend image, or a bind mount of backend-flask).
 */
export function startProgram(c: ContainerSnapshot, imageName: string, hasApp: boolean, pin: string, dataExists = false): ProgramStart {
  const argv = c.command;
  const exe = argv[0] ?? '';
  const base = exe.split('/').pop() ?? exe;
  const known = executablesFor(imageName);
  if (!known.has(exe) && !known.has(base)) {
    return {
      lines: [],
      running: false,
      exitCode: 127,
      error: {
        exitCode: 127,
        message: `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${exe}": executable file not found in $PATH: unknown`,
      },
    };
  }
  const args = argv.slice(1);
  if (base === 'hello') return { lines: [out(HELLO)], running: false, exitCode: 0 };
  if (base === 'docker-entrypoint.sh' || base === 'entrypoint.sh') {
    const target = entrypointTarget(argv, known);
    const [program, ...rest] = target;
    if (program === 'postgres') return postgresStart(c, dataExists);
    if (program === 'redis-server')
      return {
        running: true,
        exitCode: 0,
        lines: [
          out('1:C 05 Jan 2026 09:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n'),
          out('1:M 05 Jan 2026 09:00:00.001 * Server initialized\n'),
          out('1:M 05 Jan 2026 09:00:00.001 * Ready to accept connections tcp\n'),
        ],
      };
    if (program === 'nginx') return nginxRun(c, rest);
    if (program === undefined || (program === 'node' && rest.length === 0)) return interactive(c, 'node');
    if (program === 'npm' && rest[0] === 'start')
      return {
        running: true,
        exitCode: 0,
        lines: [
          out('\n> frontend@0.1.0 start\n> react-scripts start\n\n'),
          out('Compiled successfully!\n\nYou can now view frontend in the browser.\n\n  Local:            http://localhost:3000\n\n'),
        ],
      };
    if (program === 'curl' && rest.length === 0)
      return { running: false, exitCode: 2, lines: [err("curl: try 'curl --help' or 'curl --manual' for more information\n")] };
    return startProgram({ ...c, command: target }, imageName, hasApp, pin, dataExists);
  }
  if (base === 'nginx') return { running: true, exitCode: 0, lines: [] };
  if ((base === 'python3' || base === 'python') && args[0] === '-m' && args[1] === 'flask' && args[2] === 'run') {
    if (!hasApp) {
      return {
        running: false,
        exitCode: 2,
        lines: [
          err(
            "Usage: python -m flask run [OPTIONS]\nTry 'python -m flask run --help' for help.\n\nError: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.\n",
          ),
        ],
      };
    }
    const portArg = args.find((a) => a.startsWith('--port='));
    return { running: true, exitCode: 0, lines: flaskBanner(c, Number(portArg?.slice(7) ?? 5000), pin) };
  }
  if (base === 'java')
    return {
      running: true,
      exitCode: 0,
      lines: [
        out(
          'Initializing DynamoDB Local with the following configuration:\nPort:\t8000\nInMemory:\ttrue\nVersion:\t3.1.0\nDbPath:\tnull\nSharedDb:\tfalse\nshouldDelayTransientStatuses:\tfalse\nCorsParams:\tnull\n\n',
        ),
      ],
    };
  if (base === 'redis-server')
    return { running: true, exitCode: 0, lines: [out('1:M 05 Jan 2026 09:00:00.001 * Ready to accept connections tcp\n')] };
  if (base === 'sleep') return { running: true, exitCode: 0, lines: [] };
  if ((base === 'sh' || base === 'bash') && args.length === 0) return interactive(c, base);
  if ((base === 'python' || base === 'python3') && args.length === 0) return interactive(c, 'python');
  if (base === 'node' && args.length === 0) return interactive(c, 'node');
  return { running: false, exitCode: 0, lines: [], shell: undefined };
}

function interactive(c: ContainerSnapshot, shell: NonNullable<ProgramStart['shell']>): ProgramStart {
  // Without -i the shell reads an empty stdin and exits at once, status 0.
  return { running: c.interactive, exitCode: 0, lines: [], shell: c.interactive ? shell : undefined };
}
