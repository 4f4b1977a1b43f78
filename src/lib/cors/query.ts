/**
 * The lab's state in the URL query, so a case can be shared, linked from a lesson
 * and driven by tests. Names are a contract (issue 18): origin, url, method,
 * header (repeatable, "Name: value"), credentials, and for raw server headers
 * allow-origin, allow-methods, allow-headers, allow-credentials, expose-headers,
 * max-age (absent = header not sent), plus vary and via (fetch|form). `server=flask-cors` switches to
 * flask-cors settings, each an `fc-*` parameter holding a Python literal.
 */
import type { Credentials } from './checks.ts';
import { FLASK_CORS_DEFAULTS, type FlaskCorsSettings } from './flask-cors.ts';
import type { HeaderPair } from './http.ts';
import { formatPy, parsePyLiteral, PyLiteralError, type PyValue } from './py-literal.ts';
import type { RawServerHeaders, ServerConfig } from './server.ts';
import type { LabRequest } from './verdict.ts';

export interface LabState {
  request: LabRequest;
  server: ServerConfig;
}

export const DEFAULT_STATE: LabState = {
  request: {
    origin: 'http://localhost:3000',
    url: 'http://localhost:4567/api/activities/home',
    method: 'GET',
    headers: [],
    credentials: 'same-origin',
  },
  server: { mode: 'raw', raw: {} },
};

/** Query name of each raw header setting. */
export const RAW_PARAMS: [keyof RawServerHeaders, string][] = [
  ['allowOrigin', 'allow-origin'],
  ['allowMethods', 'allow-methods'],
  ['allowHeaders', 'allow-headers'],
  ['allowCredentials', 'allow-credentials'],
  ['exposeHeaders', 'expose-headers'],
  ['maxAge', 'max-age'],
  ['vary', 'vary'],
];

type PyKey = Exclude<keyof FlaskCorsSettings, 'resources' | 'supports_credentials' | 'send_wildcard'>;
/** Query name of each flask-cors keyword argument. */
export const FLASK_PARAMS: [keyof FlaskCorsSettings, string][] = [
  ['origins', 'fc-origins'],
  ['methods', 'fc-methods'],
  ['allow_headers', 'fc-allow-headers'],
  ['expose_headers', 'fc-expose-headers'],
  ['supports_credentials', 'fc-supports-credentials'],
  ['max_age', 'fc-max-age'],
  ['send_wildcard', 'fc-send-wildcard'],
  ['resources', 'fc-resources'],
];

const CREDENTIALS: Credentials[] = ['omit', 'same-origin', 'include'];

/** Splits "Name: value" at the first colon. */
export function parseHeaderLine(line: string): HeaderPair | undefined {
  const at = line.indexOf(':');
  if (at <= 0) return undefined;
  return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
}

/** Reads the state from a query; every problem is reported and the default kept for that field. */
export function parseLabQuery(params: URLSearchParams): { state: LabState; errors: string[] } {
  const errors: string[] = [];
  const d = DEFAULT_STATE.request;
  const headers: HeaderPair[] = [];
  // A plain form submits the header box as one multi-line value: split it.
  for (const line of params
    .getAll('header')
    .flatMap((h) => h.split(/\r?\n/))
    .filter((h) => h.trim())) {
    const pair = parseHeaderLine(line);
    if (pair) headers.push(pair);
    else errors.push(`header: "${line}" is not "Name: value"`);
  }
  let credentials = d.credentials;
  const c = params.get('credentials');
  if (c !== null) {
    if ((CREDENTIALS as string[]).includes(c)) credentials = c as Credentials;
    else errors.push(`credentials: "${c}" is not one of omit, same-origin, include`);
  }
  const request: LabRequest = {
    origin: params.get('origin') ?? d.origin,
    url: params.get('url') ?? d.url,
    method: params.get('method') ?? d.method,
    headers,
    credentials,
  };
  const via = params.get('via');
  if (via === 'form') request.via = 'form';
  else if (via !== null && via !== 'fetch') errors.push(`via: "${via}" is not fetch or form`);
  const mode = params.get('server') ?? 'raw';
  if (mode !== 'raw' && mode !== 'flask-cors') errors.push(`server: "${mode}" is not raw or flask-cors`);
  let server: ServerConfig;
  if (mode === 'flask-cors') {
    server = { mode: 'flask-cors', flask: parseFlask(params, errors) };
  } else {
    const raw: RawServerHeaders = {};
    for (const [key, name] of RAW_PARAMS) {
      const value = params.get(name);
      if (value !== null) raw[key] = value;
    }
    server = { mode: 'raw', raw };
  }
  return { state: { request, server }, errors };
}

function parseFlask(params: URLSearchParams, errors: string[]): FlaskCorsSettings {
  const s: FlaskCorsSettings = { ...FLASK_CORS_DEFAULTS };
  for (const [key, name] of FLASK_PARAMS) {
    const text = params.get(name);
    if (text === null) continue;
    if (key === 'resources') {
      s.resources = text === '' ? null : text;
      continue;
    }
    let value: PyValue;
    try {
      value = parsePyLiteral(text);
    } catch (error) {
      if (!(error instanceof PyLiteralError)) throw error;
      errors.push(`${name}: ${error.message}`);
      continue;
    }
    if (key === 'supports_credentials' || key === 'send_wildcard') {
      if (typeof value === 'boolean') s[key] = value;
      else errors.push(`${name}: expected True or False`);
    } else if (key === 'methods' && value === null) {
      errors.push(`${name}: methods cannot be None`);
    } else {
      s[key as PyKey] = value;
    }
  }
  return s;
}

/** Writes the state as a query, leaving out what equals the default. */
export function serializeLabQuery(state: LabState): string {
  const p = new URLSearchParams();
  const r = state.request;
  const d = DEFAULT_STATE.request;
  if (r.origin !== d.origin) p.set('origin', r.origin);
  if (r.url !== d.url) p.set('url', r.url);
  if (r.method !== d.method) p.set('method', r.method);
  for (const [name, value] of r.headers) p.append('header', `${name}: ${value}`);
  if (r.credentials !== d.credentials) p.set('credentials', r.credentials);
  if (r.via === 'form') p.set('via', 'form');
  if (state.server.mode === 'raw') {
    for (const [key, name] of RAW_PARAMS) {
      const value = state.server.raw[key];
      if (value !== undefined) p.set(name, value);
    }
  } else {
    p.set('server', 'flask-cors');
    const f = state.server.flask;
    for (const [key, name] of FLASK_PARAMS) {
      const value = f[key];
      if (key === 'resources') {
        if (value !== null) p.set(name, value as string);
      } else if (formatPy(value as PyValue) !== formatPy(FLASK_CORS_DEFAULTS[key] as PyValue)) {
        p.set(name, formatPy(value as PyValue));
      }
    }
  }
  return p.toString();
}
