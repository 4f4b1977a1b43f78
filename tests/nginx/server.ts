/**
 * Test helpers: start the real nginx through `scripts/serve-nginx.mjs` (the
 * same command users run) on a free loopback port, and send raw HTTP
 * requests to it. Raw, because fetch() would tidy the very things these
 * tests probe: it resolves `..` in paths, decompresses bodies and refuses
 * some methods.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createConnection, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SERVE_SCRIPT = fileURLToPath(new URL('../../scripts/serve-nginx.mjs', import.meta.url));

/**
 * A fixture site in a new temp folder: path → content. Readable by nginx's
 * workers, which run as `nobody` when the tests run as root.
 */
export function writeSite(prefix: string, files: Record<string, string | Buffer>): string {
  const site = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(site, 0o755);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  return site;
}

/** A running nginx; `stop()` shuts it down and waits for it to exit. */
export interface NginxServer {
  port: number;
  stop(): Promise<void>;
}

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

/**
 * Starts `serve-nginx.mjs` over `distDir` and waits until it accepts
 * connections. With `accessLog`, nginx's access log (its stdout) goes to
 * that file.
 */
export async function startNginx(distDir: string, options: { accessLog?: string } = {}): Promise<NginxServer> {
  const port = await freePort();
  const logFd = options.accessLog ? openSync(options.accessLog, 'a') : undefined;
  const child = spawn(process.execPath, [SERVE_SCRIPT], {
    env: { ...process.env, PORT: String(port), DIST_DIR: distDir },
    stdio: ['ignore', logFd ?? 'ignore', 'pipe'],
  });
  if (logFd !== undefined) closeSync(logFd);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child);
  };
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) break;
    if (await canConnect(port)) return { port, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`nginx did not start on 127.0.0.1:${port} (exit code ${child.exitCode}).\n${stderr}`);
}

/** What the server sent back, body untouched (still gzip when encoded). */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Options for {@link get}: method, extra headers, an optional body. */
export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/** Sends one request with `path` exactly as written (no normalising). */
export function get(port: number, path: string, options: RequestOptions = {}): Promise<RawResponse> {
  return new Promise((done, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Sends raw bytes over TCP and returns the status line and headers (for requests http.request refuses to build). */
export function rawRequest(port: number, text: string): Promise<RawResponse> {
  return new Promise((done, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all
        .subarray(0, split < 0 ? all.length : split)
        .toString('latin1')
        .split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
      const headers: IncomingHttpHeaders = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      done({ status, headers, body: split < 0 ? Buffer.alloc(0) : all.subarray(split + 4) });
    });
    socket.write(text);
  });
}

/**
 * Sends `text`, then `trickle` bytes one every `everyMs`, and resolves when
 * the server closes the connection: what it sent, and after how long.
 */
export function untilClosed(port: number, text: string, trickle = { bytes: 0, everyMs: 1_000 }): Promise<{ received: Buffer; ms: number }> {
  return new Promise((done, reject) => {
    const started = Date.now();
    const socket = createConnection({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < trickle.bytes && socket.writable) {
        socket.write('x');
        sent += 1;
      }
    }, trickle.everyMs);
    const finish = () => {
      clearInterval(timer);
      done({ received: Buffer.concat(chunks), ms: Date.now() - started });
    };
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', finish);
    socket.on('error', (err: NodeJS.ErrnoException) => {
      // A reset after the answer is still the server closing the connection.
      if (err.code !== 'ECONNRESET') {
        clearInterval(timer);
        reject(err);
      }
    });
    socket.write(text);
  });
}
