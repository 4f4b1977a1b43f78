// @ts-check
// Starts the built site behind nginx (scripts/serve-nginx.mjs) or astro preview
// on a free loopback port, waits until it answers, and stops it afterwards.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not answer within ${seconds} s`);
}

/**
 * kind: 'nginx' | 'preview'. Returns { url, stop }. `port` defaults to a free one.
 * @param {'nginx' | 'preview'} kind
 * @param {string} [distDir]
 * @param {number} [port]
 */
export async function startServer(kind, distDir = process.env.DIST_DIR ?? 'dist', port = undefined) {
  port ??= await freePort();
  const args = kind === 'nginx' ? ['scripts/serve-nginx.mjs'] : ['scripts/preview.mjs', '--port', String(port)];
  const child = spawn('node', args, {
    env: { ...process.env, PORT: String(port), DIST_DIR: distDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`, child);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-(child.pid ?? 0), 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    },
  };
}
