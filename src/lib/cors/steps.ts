/**
 * Pieces shared by the fetch() and the form verdicts: checking the input, and
 * writing an exchange (request and response) as a step.
 */
import { isToken, type HeaderPair } from './http.ts';
import type { ServerResponse } from './server.ts';
import type { HttpMessage, LabRequest, Step, StepStatus } from './types.ts';

/** Checks and normalises the origin and URL, or returns the input errors. */
export function parseTarget(req: LabRequest): { origin: string; url: URL } | { errors: string[] } {
  const errors: string[] = [];
  let origin: URL | undefined;
  try {
    origin = new URL(req.origin);
    if (!/^https?:$/.test(origin.protocol)) errors.push(`origin: use an http or https origin, not ${origin.protocol}`);
    else if (origin.pathname !== '/' || origin.search || origin.hash || origin.username) {
      errors.push(`origin: an origin is only scheme, host and port; drop "${origin.pathname}${origin.search}${origin.hash}"`);
    }
  } catch {
    errors.push(`origin: "${req.origin}" is not an origin such as http://localhost:3000`);
  }
  let url: URL | undefined;
  try {
    url = new URL(req.url, origin);
    if (!/^https?:$/.test(url.protocol)) errors.push(`url: the lab models http and https URLs, not ${url.protocol}`);
  } catch {
    errors.push(`url: "${req.url}" is not a URL`);
  }
  if (!isToken(req.method)) errors.push(`method: "${req.method}" is not a valid HTTP method name`);
  for (const [name, value] of req.headers) {
    if (!isToken(name)) errors.push(`header: "${name}" is not a valid header name`);
    if (/[\0\r\n]/.test(value)) errors.push(`header: the value of ${name} contains a line break or NUL`);
  }
  if (errors.length || !origin || !url) return { errors };
  return { origin: origin.origin, url };
}

const message = (start: string, headers: HeaderPair[]): HttpMessage => ({ start, headers });

export function statusLine(res: ServerResponse): string {
  const text: Record<number, string> = { 200: 'OK', 204: 'No Content', 500: 'Internal Server Error' };
  return `HTTP/1.1 ${res.status} ${text[res.status] ?? ''}`.trimEnd();
}

export function exchange(
  title: string,
  method: string,
  url: URL,
  headers: HeaderPair[],
  res: ServerResponse,
  lines: string[],
  status: StepStatus = 'info',
): Step {
  const reqMsg = message(`${method} ${url.pathname}${url.search} HTTP/1.1`, [['Host', url.host], ...headers]);
  return { title, status, lines, messages: [reqMsg, message(statusLine(res), res.headers)] };
}

export function originDiff(a: URL, b: URL): string {
  const diffs: string[] = [];
  if (a.protocol !== b.protocol) diffs.push('the scheme differs');
  if (a.hostname !== b.hostname) diffs.push(`the host differs (${a.hostname} vs ${b.hostname})`);
  if (a.port !== b.port) diffs.push(`the port differs (${a.port || 'default'} vs ${b.port || 'default'})`);
  return diffs.join(', ');
}

const LOOPBACK = /^(localhost|.*\.localhost|127(\.\d+){3}|\[::1\])$/;
const PRIVATE = /^(10(\.\d+){3}|192\.168(\.\d+){2}|172\.(1[6-9]|2\d|3[01])(\.\d+){2})$/;

function addressSpace(host: string): 'loopback' | 'private' | 'public' {
  return LOOPBACK.test(host) ? 'loopback' : PRIVATE.test(host) ? 'private' : 'public';
}

/**
 * What Chromium checks besides CORS that the lab does not model: mixed content
 * and Local (Private) Network Access. Two loopback origins, the course's case,
 * meet neither.
 */
export function networkNotes(origin: URL, url: URL): string[] {
  const notes: string[] = [];
  if (origin.protocol === 'https:' && url.protocol === 'http:' && addressSpace(url.hostname) !== 'loopback') {
    notes.push('Not modelled: an https page may not fetch an http URL (mixed content); Chromium blocks it before CORS.');
  }
  const from = addressSpace(origin.hostname);
  const to = addressSpace(url.hostname);
  const rank = { public: 0, private: 1, loopback: 2 } as const;
  if (rank[to] > rank[from]) {
    notes.push(
      `Not modelled: a ${from} page calling a ${to} address meets Chromium's Local Network Access rules (a permission prompt) on top of CORS.`,
    );
  }
  return notes;
}
