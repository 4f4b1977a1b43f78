/**
 * The real `docker` client as a test oracle. It parses flags and arguments
 * before it needs a daemon; pointed at a closed port (or at our API façade)
 * with a throw-away config dir, it never touches a real engine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function dockerBinary(): string | undefined {
  try {
    execFileSync('docker', ['--version'], { stdio: 'pipe' });
    return 'docker';
  } catch {
    return undefined;
  }
}

// A config folder that does not exist: the client reads config.json only when
// it is there and writes one only on a successful login, which no test makes.
// So nothing is left in /tmp; the exit hook is for a client that writes anyway.
const config = join(tmpdir(), `cn-docker-config-${process.pid}-unused`);
process.once('exit', () => rmSync(config, { recursive: true, force: true }));

/** The environment the client runs with: no user config, no hints, no colour. */
export function clientEnv(host: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: config, DOCKER_CONFIG: config, DOCKER_HOST: host };
}

export interface ClientResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs the client with `args`; DOCKER_HOST defaults to a port nothing listens on. */
export function runClient(args: string[], host = 'tcp://127.0.0.1:1', columns = 80): ClientResult {
  const r = spawnSync('docker', args, {
    env: {
      ...clientEnv(host),
      COLUMNS: String(columns),
      NO_COLOR: '1',
      DOCKER_CLI_HINTS: 'false',
    },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status ?? -1 };
}

/** The client's major version (28, 29, …). */
export function clientMajor(): number {
  const v = runClient(['--version']).stdout;
  return Number(/version (\d+)/.exec(v)?.[1] ?? 0);
}
