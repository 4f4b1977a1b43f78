/**
 * The nginx config as files: `nginx -t` accepts it, and the rules that keep
 * it one config for two environments hold (no root-only directives, no
 * absolute runtime paths, headers only in snippets).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const NGINX = fileURLToPath(new URL('../../nginx/', import.meta.url));
const SERVE = fileURLToPath(new URL('../../scripts/serve-nginx.mjs', import.meta.url));
const read = (path: string) => readFileSync(`${NGINX}${path}`, 'utf8');
/** The directives of a file, one statement per entry: comments dropped, quoted text kept whole. */
function statements(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote = '';
  let comment = false;
  for (const ch of text) {
    if (comment) {
      if (ch === '\n') comment = false;
    } else if (quote) {
      current += ch;
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      current += ch;
      quote = ch;
    } else if (ch === '#') {
      comment = true;
    } else if (ch === ';' || ch === '{' || ch === '}') {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

const snippets = readdirSync(`${NGINX}snippets`).filter((f) => f.endsWith('.conf'));
const mainConf = read('nginx.conf');
const siteConf = read('conf.d/site.conf');

function serve(env: Record<string, string>, args: string[] = []) {
  return spawnSync(process.execPath, [SERVE, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('nginx -t', () => {
  it('accepts the config (Debian nginx 1.22, as serve:nginx runs it)', () => {
    const r = serve({ PORT: '8080' }, ['--check']);
    expect(r.stderr).toContain('test is successful');
    expect(r.status).toBe(0);
  });
});

describe('one config, two environments', () => {
  it('has no `user` directive: nginx runs as whoever starts it', () => {
    for (const file of ['nginx.conf', 'conf.d/site.conf', ...snippets.map((s) => `snippets/${s}`)]) {
      expect(
        statements(read(file)).filter((s) => /^user\b/.test(s)),
        file,
      ).toEqual([]);
    }
  });

  it('keeps the pid file and temp folders relative to the -p prefix', () => {
    const runtime = statements(mainConf).filter((s) => /^(pid|\w+_temp_path) /.test(s));
    expect(runtime.length).toBe(6);
    for (const s of runtime) expect(s.split(' ')[1], s).not.toMatch(/^\//);
  });

  it('takes port and site folder from instance.conf only, and the catch-all listens on the same port', () => {
    expect(statements(siteConf)).toContain('include instance.conf');
    expect(statements(siteConf)).toContain('include default-listen.conf');
    expect(statements(siteConf).filter((s) => /^(listen|root) /.test(s))).toEqual([]);
    expect(statements(read('instance.conf'))).toEqual(['listen 8080', 'root /usr/share/nginx/html']);
    expect(statements(read('default-listen.conf'))).toEqual(['listen 8080 default_server']);
  });

  it('sets headers only in snippets, so no block drops the inherited ones', () => {
    for (const [file, text] of [
      ['nginx.conf', mainConf],
      ['conf.d/site.conf', siteConf],
      ['instance.conf', read('instance.conf')],
    ]) {
      expect(
        statements(text as string).filter((s) => s.startsWith('add_header')),
        file as string,
      ).toEqual([]);
    }
  });

  it('includes every snippet from nginx.conf, at http level', () => {
    const included = statements(mainConf)
      .filter((s) => s.startsWith('include snippets/'))
      .map((s) => s.slice('include snippets/'.length));
    expect(included.sort()).toEqual([...snippets].sort());
  });

  it('adds every security header `always`, errors included', () => {
    const headers = statements(read('snippets/security-headers.conf')).filter((s) => s.startsWith('add_header'));
    expect(headers.length).toBeGreaterThanOrEqual(6);
    for (const h of headers) expect(h, h).toMatch(/ always$/);
  });

  it('opens each file with a banner naming its one concern', () => {
    for (const file of ['nginx.conf', 'conf.d/site.conf', 'instance.conf', ...snippets.map((s) => `snippets/${s}`)]) {
      expect(read(file), file).toMatch(/^# -{20,}\n# \| .+\|\n# -{20,}\n/);
    }
  });
});

describe('serve:nginx input errors', () => {
  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [{ PORT: '8080', DIST_DIR: '/nonexistent/site' }, /has no built site/],
  ])('refuses %o with a clear message', (env, message) => {
    const r = serve(env);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a site path nginx would misread', () => {
    const r = serve({ PORT: '8080', DIST_DIR: '/tmp/site$root' }, ['--check']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/must not contain/);
  });

  it('refuses unknown arguments', () => {
    const r = serve({ PORT: '8080' }, ['--verbose']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown argument --verbose/);
  });
});
