/**
 * The real `docker` client as a test oracle. It parses flags and arguments
 * before it needs a daemon; pointed at a closed port (or at our API façade)
 * with a throw-away config dir, it never touches a real engine.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
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

export interface ClientResult {
  stdout: string;
  stderr: string;
  status: number;
}

/**
 * The client's environment: no config, no context, a daemon address of our
 * choosing; with `columns`, also a terminal width, no colour and no hints.
 */
export function clientEnv(host: string, columns?: number): NodeJS.ProcessEnv {
  const env = { PATH: process.env.PATH ?? '', HOME: config, DOCKER_CONFIG: config, DOCKER_HOST: host };
  return columns === undefined ? env : { ...env, COLUMNS: String(columns), NO_COLOR: '1', DOCKER_CLI_HINTS: 'false' };
}

/** Runs the client with `args`; DOCKER_HOST defaults to a port nothing listens on. */
export function runClient(args: string[], host = 'tcp://127.0.0.1:1', columns = 80): ClientResult {
  const r = spawnSync('docker', args, { env: clientEnv(host, columns), encoding: 'utf8', timeout: 10_000 });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status ?? -1 };
}

/** One client run without blocking: stdin closed at once, as spawnSync leaves it. */
function runAsync(args: string[], env: NodeJS.ProcessEnv): Promise<ClientResult> {
  return new Promise((resolve) => {
    const child = spawn('docker', args, { env, timeout: 10_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end();
    child.on('error', (err) => resolve({ stdout, stderr: stderr || String(err), status: -1 }));
    child.on('close', (code) => resolve({ stdout, stderr, status: code ?? -1 }));
  });
}

/**
 * Runs the client once per line, `parallel` at a time; each result with its
 * line, in line order.
 * Each run spends most of its wall time starting the process, so a few at
 * once finish hundreds of lines several times faster than one by one.
 */
export async function runClientLines(
  lines: string[][],
  { env = clientEnv('tcp://127.0.0.1:1', 80), parallel = 4 }: { env?: NodeJS.ProcessEnv; parallel?: number } = {},
): Promise<(ClientResult & { args: string[] })[]> {
  const results: (ClientResult & { args: string[] })[] = [];
  const queue = lines.map((args, i) => ({ args, i }));
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) results[job.i] = { args: job.args, ...(await runAsync(job.args, env)) };
  };
  await Promise.all(Array.from({ length: Math.min(parallel, lines.length) }, worker));
  return results;
}

/** The client's major version (28, 29, …). */
export function clientMajor(): number {
  const v = runClient(['--version']).stdout;
  return Number(/version (\d+)/.exec(v)?.[1] ?? 0);
}
