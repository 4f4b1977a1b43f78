// @ts-check
// `PORT=8080 npm run serve:nginx`: serves the built site with a real nginx
// (Debian's, or NGINX_BIN) and the very same config files as the image, on
// 127.0.0.1:$PORT, in the foreground. Ctrl-C stops it.
//
//   PORT      port on 127.0.0.1 (default 8080)
//   DIST_DIR  folder to serve (default dist)
//   --check   only run `nginx -t` on the config, then exit
//
// nginx resolves `include` paths against the folder of its main config file
// and the pid file and temp folders against its -p prefix. So this script
// gives nginx a private temp folder laid out like /etc/nginx in the image:
// symbolic links to nginx/nginx.conf, nginx/conf.d/ and nginx/snippets/
// (used unchanged), plus an instance.conf with this run's port and site
// folder and a default-listen.conf with the port for the catch-all server. The folder is deleted when nginx exits.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, fstatSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTools, toolPath } from './lib/require-tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NGINX_DIR = join(root, 'nginx');
const SHARED = ['nginx.conf', 'conf.d', 'snippets'];

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`serve:nginx: ${message}`);
  process.exit(2);
}

const check = process.argv.includes('--check');
const unknown = process.argv.slice(2).filter((a) => a !== '--check');
if (unknown.length > 0)
  fail(`unknown argument ${unknown.join(' ')}. Usage: PORT=8080 [DIST_DIR=dist] node scripts/serve-nginx.mjs [--check]`);

const portText = process.env.PORT ?? '8080';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65535) fail(`PORT must be a whole number from 1 to 65535, got "${portText}".`);

const dist = resolve(process.env.DIST_DIR ?? 'dist');
if (!check && !existsSync(join(dist, 'index.html'))) {
  fail(`${dist} has no built site (no index.html). Run \`npm run build\` first, or set DIST_DIR.`);
}
// The path goes into instance.conf as a quoted nginx string, where " and \
// end or escape it and $ starts a variable: refuse those rather than mangle them.
if (/["\\$\n\r]/.test(dist)) fail(`DIST_DIR must not contain ", \\, $ or line breaks: ${dist}`);
for (const name of SHARED) {
  if (!existsSync(join(NGINX_DIR, name))) fail(`missing ${join(NGINX_DIR, name)}.`);
}
requireTools(['nginx']);

const prefix = mkdtempSync(join(tmpdir(), 'container-notes-nginx-'));
// Started as root, nginx runs its workers as `nobody`; they must be able to
// reach the temp folders inside (nothing here is secret).
if (process.getuid?.() === 0) chmodSync(prefix, 0o711);
for (const name of SHARED) symlinkSync(join(NGINX_DIR, name), join(prefix, name));
writeFileSync(
  join(prefix, 'instance.conf'),
  `# Written by scripts/serve-nginx.mjs for this run only.\nlisten 127.0.0.1:${port};\nroot "${dist}";\n`,
);
writeFileSync(
  join(prefix, 'default-listen.conf'),
  `# Written by scripts/serve-nginx.mjs for this run only.\nlisten 127.0.0.1:${port} default_server;\n`,
);

let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  rmSync(prefix, { recursive: true, force: true });
}

const args = ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf')];
// nginx.conf logs requests to /dev/stdout, which nginx opens by path. That
// works for a terminal, a file or a shell pipe, but not for a socket (what
// Node and Playwright use to capture a child's output): then the access log
// goes to /dev/null, and nginx still starts.
const stdoutIsSocket = (() => {
  try {
    return fstatSync(1).isSocket();
  } catch {
    return false;
  }
})();
const child = spawn(toolPath('nginx'), check ? [...args, '-t'] : [...args, '-g', 'daemon off;'], {
  stdio: ['ignore', stdoutIsSocket ? 'ignore' : 'inherit', 'inherit'],
});

if (!check) console.log(`serve:nginx: serving ${dist} on http://127.0.0.1:${port}/ (Ctrl-C stops it)`);

// Ctrl-C reaches nginx too (same process group); a plain `kill` reaches only
// this script, so pass it on. SIGQUIT is nginx's graceful shutdown.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (child.exitCode === null) child.kill('SIGQUIT');
  });
}
child.on('error', (err) => {
  cleanUp();
  fail(`could not start nginx: ${err.message}`);
});
child.on('exit', (code, signal) => {
  cleanUp();
  // nginx exits 0 after SIGINT/SIGQUIT; being killed by a signal is a failure.
  if (signal) console.error(`serve:nginx: nginx was killed by ${signal}`);
  process.exit(code ?? 1);
});
