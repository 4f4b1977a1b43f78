/**
 * The header policy every nginx response must carry, errors included,
 * checked as properties (what the CSP allows and forbids) rather than as
 * copied strings, so a harmless reordering does not fail the tests.
 */
import { expect } from 'vitest';
import type { IncomingHttpHeaders } from 'node:http';

/** Splits a CSP header into directive name → source list. */
export function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function one(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  expect(value, `header ${name}`).toBeTypeOf('string');
  return value as string;
}

/** Asserts the security headers of conf `snippets/security-headers.conf` on one response. */
export function expectSecurityHeaders(headers: IncomingHttpHeaders, context = ''): void {
  const csp = parseCsp(one(headers, 'content-security-policy'));
  const src = (d: string) => csp.get(d) ?? [];
  // Deny by default: every allowed kind of resource is named on its own.
  expect(src('default-src'), `${context} default-src`).toEqual(["'none'"]);
  for (const d of ['style-src', 'img-src', 'font-src', 'connect-src', 'worker-src', 'manifest-src']) {
    expect(src(d), `${context} ${d}`).toContain("'self'");
  }
  expect(src('worker-src'), `${context} worker-src allows no blob: code`).not.toContain('blob:');
  expect(src('script-src'), `${context} script-src`).toContain("'self'");
  expect(src('script-src'), `${context} script-src`).toContain("'wasm-unsafe-eval'");
  expect(src('script-src'), `${context} script-src has no inline scripts`).not.toContain("'unsafe-inline'");
  expect(src('script-src'), `${context} script-src has no eval`).not.toContain("'unsafe-eval'");
  expect(src('frame-ancestors'), `${context} frame-ancestors`).toEqual(["'none'"]);
  expect(src('object-src'), `${context} object-src`).toEqual(["'none'"]);
  expect(src('base-uri'), `${context} base-uri`).toEqual(["'none'"]);
  for (const [name, sources] of csp) {
    expect(sources, `${context} ${name} allows no wildcard or other host`).not.toContain('*');
    expect(
      sources.filter((s) => /^https?:/.test(s)),
      `${context} ${name} names no host`,
    ).toEqual([]);
  }
  expect(one(headers, 'x-content-type-options')).toBe('nosniff');
  expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(one(headers, 'referrer-policy'));
  expect(one(headers, 'permissions-policy')).toMatch(/camera=\(\)/);
  expect(one(headers, 'permissions-policy')).toMatch(/microphone=\(\)/);
  expect(one(headers, 'cross-origin-opener-policy')).toBe('same-origin');
  // server_tokens off: the Server header names no version.
  expect(headers.server ?? '').not.toMatch(/\d/);
  // HSTS belongs to whatever terminates TLS in front; plain HTTP must not send it.
  expect(headers['strict-transport-security']).toBeUndefined();
}
