/**
 * compose.yaml, parsed with the yaml package: the site service is built
 * from the Dockerfile and runs with the hardening the security lesson
 * teaches (read-only root, tmpfs /tmp, no capabilities, no new privileges,
 * healthcheck, resource limits).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Service {
  build?: { context?: string; dockerfile?: string } | string;
  ports?: (string | { target: number; published?: string | number; host_ip?: string })[];
  user?: string;
  read_only?: boolean;
  tmpfs?: string | string[];
  cap_drop?: string[];
  cap_add?: string[];
  privileged?: boolean;
  security_opt?: string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  deploy?: { resources?: { limits?: { cpus?: string; memory?: string; pids?: number } } };
  network_mode?: string;
  restart?: string;
  logging?: { driver?: string; options?: Record<string, string> };
  volumes?: unknown[];
}

const compose = parse(readFileSync('compose.yaml', 'utf8')) as { services?: Record<string, Service> };
const site = compose.services?.site;

describe('compose.yaml', () => {
  it('defines the site service, built from the Dockerfile', () => {
    expect(site).toBeDefined();
    const build = typeof site?.build === 'string' ? { context: site.build } : site?.build;
    expect(build?.context).toBe('.');
    expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
  });

  it('publishes container port 8080', () => {
    const ports = (site?.ports ?? []).map(String);
    expect(ports.some((p) => /(^|:)8080$/.test(p))).toBe(true);
  });

  it('runs as a non-root user', () => {
    expect(site?.user).toBeDefined();
    expect(String(site?.user).split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  it('has a read-only root filesystem with a tmpfs for /tmp', () => {
    expect(site?.read_only).toBe(true);
    const tmpfs = ([] as string[]).concat(site?.tmpfs ?? []);
    expect(tmpfs.some((t) => t === '/tmp' || t.startsWith('/tmp:'))).toBe(true);
  });

  it('drops every capability and adds none back', () => {
    expect(site?.cap_drop).toEqual(['ALL']);
    expect(site?.cap_add ?? []).toEqual([]);
    expect(site?.privileged ?? false).toBe(false);
  });

  it('forbids gaining new privileges', () => {
    expect(site?.security_opt ?? []).toContainEqual(expect.stringMatching(/^no-new-privileges(:true)?$/));
  });

  it('has a healthcheck against port 8080', () => {
    expect(site?.healthcheck?.disable ?? false).toBe(false);
    expect(([] as string[]).concat(site?.healthcheck?.test ?? []).join(' ')).toMatch(/8080/);
  });

  it('limits CPU, memory and processes', () => {
    const limits = site?.deploy?.resources?.limits;
    expect(Number(limits?.cpus)).toBeGreaterThan(0);
    expect(limits?.memory).toMatch(/^\d+[kKmMgG]$/);
    expect(limits?.pids).toBeGreaterThan(0);
  });

  it('shares nothing with the host it does not need', () => {
    expect(site?.network_mode).toBeUndefined();
    expect(site?.volumes ?? []).toEqual([]);
  });

  it('restarts after a crash, at most 5 times', () => {
    expect(site?.restart).toBe('on-failure:5');
  });

  it('rotates its logs: json-file, at most 3 files of 10 MB', () => {
    expect(site?.logging?.driver).toBe('json-file');
    expect(site?.logging?.options).toEqual({ 'max-size': '10m', 'max-file': '3' });
  });
});
