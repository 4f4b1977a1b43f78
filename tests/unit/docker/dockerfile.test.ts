/**
 * No Docker engine runs here, so the Dockerfile is checked by parsing it
 * (dockerfile-ast): the practices the security lesson teaches, stage by
 * stage, plus the files it copies actually existing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DockerfileParser, type Copy, type Instruction } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';

const text = readFileSync('Dockerfile', 'utf8');
const dockerfile = DockerfileParser.parse(text);
const instructions = dockerfile.getInstructions();
const froms = dockerfile.getFROMs();
const keyword = (i: Instruction) => i.getKeyword().toUpperCase();
const args = (i: Instruction) => i.getArgumentsContent() ?? '';
const lastFrom = froms[froms.length - 1]!;
/** Instructions of the final stage (after the last FROM). */
const finalStage = instructions.filter((i) => i.getRange().start.line > lastFrom.getRange().start.line);
const lines = text.split('\n');

describe('Dockerfile', () => {
  it('parses, with a deps, a build and a runtime stage in that order', () => {
    expect(froms.map((f) => f.getBuildStage())).toEqual(['deps', 'build', 'runtime']);
  });

  it('pins every external base image by version and digest, never latest', () => {
    const stages = new Set(froms.map((f) => f.getBuildStage()));
    for (const from of froms) {
      if (stages.has(from.getImageName())) continue; // FROM deps: an earlier stage
      expect(from.getImageTag(), from.getImage() ?? '').toMatch(/^\d+\.\d+\.\d+-/);
      expect(from.getImageTag()).not.toMatch(/latest/);
      expect(from.getImageDigest(), from.getImage() ?? '').toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });

  it('builds on Node 22 (the version in .nvmrc) and serves from nginx-unprivileged alpine-slim', () => {
    const nvmrc = readFileSync('.nvmrc', 'utf8').trim();
    expect(froms[0]!.getImageName()).toBe('node');
    expect(froms[0]!.getImageTag()).toMatch(new RegExp(`^${nvmrc.replace(/\./g, '\\.')}-`));
    expect(lastFrom.getImageName()).toBe('nginxinc/nginx-unprivileged');
    expect(lastFrom.getImageTag()).toMatch(/-alpine-slim$/);
  });

  it('installs from the lockfile before copying the sources (cache-friendly order)', () => {
    const copyLock = instructions.findIndex((i) => keyword(i) === 'COPY' && args(i).includes('package-lock.json'));
    const npmCi = instructions.findIndex((i) => keyword(i) === 'RUN' && /\bnpm ci\b/.test(args(i)));
    const copyAll = instructions.findIndex((i) => keyword(i) === 'COPY' && /^\.\s+\.$/.test(args(i).trim()));
    expect(copyLock).toBeGreaterThanOrEqual(0);
    expect(npmCi).toBeGreaterThan(copyLock);
    expect(copyAll).toBeGreaterThan(npmCi);
    expect(instructions.some((i) => keyword(i) === 'RUN' && /npm (install|i)\b/.test(args(i)))).toBe(false);
  });

  it('uses COPY, never ADD', () => {
    expect(instructions.filter((i) => keyword(i) === 'ADD').map(args)).toEqual([]);
  });

  it('runs the final stage as a non-root user', () => {
    const users = finalStage.filter((i) => keyword(i) === 'USER').map((i) => args(i).trim());
    expect(users.length).toBeGreaterThan(0);
    const last = users[users.length - 1]!;
    expect(last.split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  it('ships only the built site and the nginx config in the final stage', () => {
    const copies = finalStage.filter((i): i is Copy => keyword(i) === 'COPY');
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) {
      const from = c.getFromFlag()?.getValue();
      if (from) expect(`${from} ${args(c)}`).toBe('build /app/dist/ /usr/share/nginx/html/');
      else expect(args(c), args(c)).toMatch(/^nginx\/\S+( nginx\/\S+)* \/etc\/nginx\//);
    }
    // No package added, no compiler or Node in the runtime stage (upgrading
    // a package the base already has is allowed: see the pcre2 test).
    const runs = finalStage
      .filter((i) => keyword(i) === 'RUN')
      .map(args)
      .join('\n');
    expect(runs).not.toMatch(/\b(apk add|apt-get|npm|node|curl)\b/);
  });

  it('upgrades pcre2 in the runtime stage, as root, and fails the build below 10.49-r0', () => {
    const runs = finalStage.filter((i) => keyword(i) === 'RUN');
    const upgrade = runs.find((i) => /\bapk upgrade --no-cache pcre2\b/.test(args(i)));
    expect(upgrade, 'RUN apk upgrade --no-cache pcre2').toBeDefined();
    expect(args(upgrade!)).toMatch(/apk version -t "\$v" 10\.49-r0\)" = "<"/);
    expect(args(upgrade!)).toMatch(/exit 1/);
    const line = upgrade!.getRange().start.line;
    const userBefore = finalStage.filter((i) => keyword(i) === 'USER' && i.getRange().start.line < line).at(-1);
    expect(userBefore && args(userBefore).trim()).toBe('root');
  });

  it('installs only runtime dependencies for the build (npm ci --omit=dev)', () => {
    const npmCi = instructions.filter((i) => keyword(i) === 'RUN' && /\bnpm ci\b/.test(args(i)));
    expect(npmCi).toHaveLength(1);
    expect(args(npmCi[0]!)).toMatch(/npm ci --omit=dev\b/);
  });

  it('copies files that exist in the repository', () => {
    for (const c of finalStage.filter((i): i is Copy => keyword(i) === 'COPY' && !(i as Copy).getFromFlag())) {
      const sources = args(c).split(/\s+/).slice(0, -1);
      for (const s of sources) expect(existsSync(s), s).toBe(true);
    }
  });

  it('declares port 8080, a HEALTHCHECK, a graceful STOPSIGNAL and OCI labels', () => {
    expect(finalStage.filter((i) => keyword(i) === 'EXPOSE').map(args)).toEqual(['8080']);
    const health = finalStage.filter((i) => keyword(i) === 'HEALTHCHECK');
    expect(health).toHaveLength(1);
    expect(args(health[0]!)).toMatch(/CMD .*8080/);
    expect(finalStage.filter((i) => keyword(i) === 'STOPSIGNAL').map(args)).toEqual(['SIGQUIT']);
    const labels = finalStage
      .filter((i) => keyword(i) === 'LABEL')
      .map(args)
      .join(' ');
    for (const key of ['title', 'description', 'version', 'revision', 'source', 'created']) {
      expect(labels).toContain(`org.opencontainers.image.${key}=`);
    }
  });

  it('starts nginx with /tmp as its prefix, where the read-only image can write', () => {
    const cmd = finalStage.filter((i) => keyword(i) === 'CMD').map(args);
    expect(cmd).toEqual(['["nginx", "-p", "/tmp/", "-g", "daemon off;"]']);
  });

  it('has no secret-looking ENV or ARG', () => {
    const secret = /(pass(word)?|secret|token|api[_-]?key|private[_-]?key|credential|auth)/i;
    for (const i of instructions.filter((x) => ['ENV', 'ARG'].includes(keyword(x)))) {
      expect(args(i), args(i)).not.toMatch(secret);
    }
  });

  it('explains every stage with a comment right above it', () => {
    for (const from of froms) {
      const above = lines[from.getRange().start.line - 1] ?? '';
      expect(above, `line above ${args(from)}`).toMatch(/^#/);
    }
  });
});

describe('.dockerignore', () => {
  const patterns = readFileSync('.dockerignore', 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.replace(/\/$/, ''));

  it.each(['node_modules', 'dist', '.git', '.env', '.env.*', 'test-results'])('keeps %s out of the build context', (p) => {
    expect(patterns).toContain(p);
  });

  it('keeps in everything the build needs', () => {
    for (const needed of [
      'package.json',
      'package-lock.json',
      'astro.config.mjs',
      'tsconfig.json',
      'src',
      'content',
      'public',
      'scripts',
      'nginx',
    ]) {
      expect(patterns, needed).not.toContain(needed);
    }
    expect(patterns.filter((p) => p.startsWith('!') || p === '*' || p === '**')).toEqual([]);
  });
});
