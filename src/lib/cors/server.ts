/**
 * The lab's server: given the settings (raw headers, or flask-cors) and a request,
 * the status, headers and body it answers with. The browser comparison test runs
 * this same function inside a real HTTP server, so Chromium sees exactly these
 * headers.
 */
import { flaskCorsRespond, normaliseFlaskCors, type FlaskCorsSettings } from './flask-cors.ts';
import type { HeaderPair } from './http.ts';

/** Raw mode: each header is sent with this exact value, or not at all when undefined. */
export interface RawServerHeaders {
  allowOrigin?: string;
  allowMethods?: string;
  allowHeaders?: string;
  allowCredentials?: string;
  exposeHeaders?: string;
  maxAge?: string;
  vary?: string;
}

export type ServerConfig = { mode: 'raw'; raw: RawServerHeaders } | { mode: 'flask-cors'; flask: FlaskCorsSettings };

export interface ServerRequest {
  method: string;
  path: string;
  headers: readonly HeaderPair[];
}

export interface ServerResponse {
  status: number;
  headers: HeaderPair[];
  body: string;
  notes: string[];
}

/** The body of every successful actual response: a tiny JSON document. */
export const APP_BODY = '{"ok":true}';
/** Besides the CORS headers, the app sends these on the actual response (X-Request-Id is there to try exposing). */
const appHeaders = (): HeaderPair[] => [
  ['Content-Type', 'application/json'],
  ['Content-Length', String(APP_BODY.length)],
  ['X-Request-Id', 'lab-42'],
];
const FLASK_500 = '<!doctype html>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n';

const RAW_NAMES: [keyof RawServerHeaders, string][] = [
  ['allowOrigin', 'Access-Control-Allow-Origin'],
  ['allowMethods', 'Access-Control-Allow-Methods'],
  ['allowHeaders', 'Access-Control-Allow-Headers'],
  ['allowCredentials', 'Access-Control-Allow-Credentials'],
  ['exposeHeaders', 'Access-Control-Expose-Headers'],
  ['maxAge', 'Access-Control-Max-Age'],
  ['vary', 'Vary'],
];

/** The response headers raw mode sends, in a fixed order. */
export function rawCorsHeaders(raw: RawServerHeaders): HeaderPair[] {
  return RAW_NAMES.filter(([key]) => raw[key] !== undefined).map(([key, name]) => [name, raw[key] as string]);
}

/** Answers one request: OPTIONS is the preflight, anything else the actual request. */
export function serverRespond(config: ServerConfig, req: ServerRequest): ServerResponse {
  const preflight = req.method === 'OPTIONS';
  if (config.mode === 'raw') {
    const cors = rawCorsHeaders(config.raw);
    return preflight
      ? { status: 204, headers: cors, body: '', notes: [] }
      : { status: 200, headers: [...appHeaders(), ...cors], body: APP_BODY, notes: [] };
  }
  const normalised = normaliseFlaskCors(config.flask);
  if ('startupError' in normalised) throw new Error(normalised.startupError);
  // The route answers 200; Flask answers OPTIONS itself (automatic options), also 200, with an empty body.
  const res = flaskCorsRespond(normalised, req, 200);
  if (res.status === 500) {
    return {
      status: 500,
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', String(FLASK_500.length)],
      ],
      body: FLASK_500,
      notes: res.notes,
    };
  }
  const base: HeaderPair[] = preflight
    ? [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '0'],
      ]
    : appHeaders();
  return { status: res.status, headers: [...base, ...res.headers], body: preflight ? '' : APP_BODY, notes: res.notes };
}
