/**
 * What flask-cors 6 (6.0.2) sends, as a pure function of its settings and one
 * request. Written from reading flask_cors/core.py and extension.py: options are
 * normalised once at start-up (a string becomes a one-entry list, "*" becomes the
 * regex ".*", methods and expose_headers are sorted and comma-joined), then every
 * response whose path matches the resource pattern gets headers for a matching
 * Origin. Entries that contain a regex character are matched as a regex from the
 * start of the value; others are compared case-insensitively as whole strings.
 * @see https://github.com/corydolphin/flask-cors/blob/main/flask_cors/core.py
 */
import type { HeaderPair } from './http.ts';
import { formatPy, type PyValue } from './py-literal.ts';

/** The keyword arguments of `CORS(app, ...)` the lab models, as Python values. */
export interface FlaskCorsSettings {
  origins: PyValue;
  methods: PyValue;
  allow_headers: PyValue;
  expose_headers: PyValue;
  supports_credentials: boolean;
  max_age: PyValue;
  send_wildcard: boolean;
  /** The resource path pattern (`resources={pattern: {...}}`); null = flask-cors' default r"/*". */
  resources: string | null;
}

export const FLASK_CORS_DEFAULTS: FlaskCorsSettings = {
  origins: '*',
  methods: ['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'PATCH', 'DELETE'],
  allow_headers: '*',
  expose_headers: null,
  supports_credentials: false,
  max_age: null,
  send_wildcard: false,
  resources: null,
};

/** A request as the Flask app sees it. */
export interface FlaskRequest {
  method: string;
  path: string;
  headers: readonly HeaderPair[];
}

/** The response flask-cors leaves, and notes that explain it. */
export interface FlaskResponse {
  status: number;
  headers: HeaderPair[];
  notes: string[];
  /** Set when flask-cors raised (the response is Flask's 500 page). */
  error?: string;
}

const REGEX_CHARS = ['*', '\\', ']', '?', '$', '^', '[', '(', ')'];

class PyTypeError extends Error {}

function probablyRegex(p: PyValue): boolean {
  if (typeof p !== 'string') throw new PyTypeError(`argument of type '${pyType(p)}' is not iterable`);
  return REGEX_CHARS.some((c) => p.includes(c));
}

function pyType(v: PyValue): string {
  return v === null ? 'NoneType' : typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'int' : Array.isArray(v) ? 'list' : 'str';
}

/** re.match semantics: anchored at the start only. */
function regexMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  try {
    return new RegExp(`^(?:${pattern})`, ignoreCase ? 'i' : '').test(value);
  } catch {
    return false;
  }
}

function matchPattern(value: string, pattern: PyValue, caseSensitive: boolean): boolean {
  if (probablyRegex(pattern)) return regexMatch(pattern as string, value, !caseSensitive);
  const p = String(pattern);
  return caseSensitive ? value === p : value.toLowerCase() === p.toLowerCase();
}

function ensureList(v: PyValue): PyValue[] {
  return Array.isArray(v) ? v : [v];
}

const reFix = (v: PyValue): PyValue => (v === '*' ? '.*' : v);

/** flexible_str: lists are sorted and joined with ", "; None stays None. */
function flexibleStr(v: PyValue): string | null {
  if (v === null) return null;
  if (Array.isArray(v))
    return v
      .map((x) => (typeof x === 'string' ? x : formatPy(x)))
      .sort()
      .join(', ');
  return typeof v === 'string' ? v : formatPy(v);
}

/** Settings after flask-cors' start-up normalisation, or the error it raises at start-up. */
export interface NormalisedFlaskCors {
  origins: PyValue[];
  allowHeaders: PyValue[];
  methods: string | null;
  exposeHeaders: string | null;
  maxAge: string | null;
  supportsCredentials: boolean;
  sendWildcard: boolean;
  resource: string;
}

export function normaliseFlaskCors(s: FlaskCorsSettings): NormalisedFlaskCors | { startupError: string } {
  const origins = ensureList(s.origins).map(reFix);
  if (origins.includes('.*') && s.supports_credentials && s.send_wildcard) {
    return {
      startupError:
        "ValueError: Cannot use supports_credentials in conjunction withan origin string of '*'. (flask-cors refuses these settings when the app starts.)",
    };
  }
  const methods = flexibleStr(s.methods);
  return {
    origins,
    allowHeaders: ensureList(s.allow_headers).map(reFix),
    methods: methods === null ? null : methods.toUpperCase(),
    exposeHeaders: flexibleStr(s.expose_headers),
    maxAge: s.max_age === null || s.max_age === 0 || s.max_age === '' || s.max_age === false ? null : String(s.max_age),
    supportsCredentials: s.supports_credentials,
    sendWildcard: s.send_wildcard,
    resource: s.resources === null ? '/*' : s.resources === '*' ? '.*' : s.resources,
  };
}

function get(headers: readonly HeaderPair[], name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

/** The CORS headers flask-cors adds to one response (status is the app's own). */
export function flaskCorsRespond(o: NormalisedFlaskCors, req: FlaskRequest, appStatus: number): FlaskResponse {
  const notes: string[] = [];
  let path = req.path;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    /* flask-cors unquotes leniently; keep the raw path */
  }
  if (!matchPattern(path, o.resource, true)) {
    notes.push(`The path ${path} does not match the resource pattern ${JSON.stringify(o.resource)}: flask-cors adds no headers.`);
    return { status: appStatus, headers: [], notes };
  }
  try {
    return { status: appStatus, headers: corsHeaders(o, req, notes), notes };
  } catch (error) {
    if (!(error instanceof PyTypeError)) throw error;
    const message = `TypeError: ${error.message}`;
    notes.push(
      `flask-cors raised ${message} while matching the Origin against origins ${formatPy(o.origins)} (an entry is None, as os.getenv() returns for an unset variable). Flask answers 500 Internal Server Error, without any CORS header.`,
    );
    return { status: 500, headers: [], notes, error: message };
  }
}

function corsHeaders(o: NormalisedFlaskCors, req: FlaskRequest, notes: string[]): HeaderPair[] {
  const origin = get(req.headers, 'Origin');
  const wildcard = o.origins.includes('.*');
  let allowOrigin: string;
  if (!origin) {
    // Without an Origin (not a browser's CORS request) flask-cors still answers ("always_send").
    if (wildcard) {
      if (o.supportsCredentials) return [];
      allowOrigin = '*';
    } else {
      allowOrigin = o.origins
        .filter((x) => !probablyRegex(x))
        .map(String)
        .sort()
        .join(', ');
    }
  } else if (wildcard && o.sendWildcard) {
    allowOrigin = '*';
  } else if (o.origins.some((p) => matchPattern(origin, p, false))) {
    allowOrigin = origin;
    if (wildcard)
      notes.push('"*" in origins is the regex ".*": it matches every Origin, and flask-cors echoes the Origin back instead of sending *.');
  } else {
    notes.push(`The Origin ${origin} matches no entry of origins ${formatPy(o.origins)}: flask-cors adds no CORS headers.`);
    return [];
  }
  const out: HeaderPair[] = [['Access-Control-Allow-Origin', allowOrigin]];
  if (o.exposeHeaders) out.push(['Access-Control-Expose-Headers', o.exposeHeaders]);
  if (o.supportsCredentials) out.push(['Access-Control-Allow-Credentials', 'true']);
  if (req.method === 'OPTIONS') preflightHeaders(o, req, out, notes);
  if (allowOrigin !== '*' && (o.origins.length > 1 || o.origins.some(probablyRegex))) out.push(['Vary', 'Origin']);
  return out;
}

function preflightHeaders(o: NormalisedFlaskCors, req: FlaskRequest, out: HeaderPair[], notes: string[]): void {
  const acrm = (get(req.headers, 'Access-Control-Request-Method') ?? '').toUpperCase();
  // methods is a joined string by now, so this is a substring test, as in flask-cors.
  if (!acrm || o.methods === null || !o.methods.includes(acrm)) {
    notes.push(
      `The requested method ${acrm || '(none)'} is not in methods ${JSON.stringify(o.methods)}: the preflight gets no Allow-Methods/-Headers.`,
    );
    return;
  }
  const acrh = get(req.headers, 'Access-Control-Request-Headers');
  if (acrh) {
    const requested = acrh.split(',').map((h) => h.trim());
    const matching = requested.filter((h) => o.allowHeaders.some((p) => matchPattern(h, p, false))).sort();
    if (matching.length) out.push(['Access-Control-Allow-Headers', matching.join(', ')]);
    const refused = requested.filter((h) => !matching.includes(h));
    if (refused.length) {
      const joined = o.allowHeaders.find((p) => typeof p === 'string' && p.includes(','));
      notes.push(
        `Requested header${refused.length > 1 ? 's' : ''} ${refused.join(', ')} match${refused.length > 1 ? '' : 'es'} no entry of allow_headers ${formatPy(o.allowHeaders)}` +
          (joined ? ` — ${JSON.stringify(joined)} is ONE entry: a comma-joined string is not split.` : '.'),
      );
    }
  }
  if (o.maxAge) out.push(['Access-Control-Max-Age', o.maxAge]);
  out.push(['Access-Control-Allow-Methods', o.methods]);
}
