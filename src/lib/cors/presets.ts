/**
 * The course's cases, ready to open in the lab: Cruddur's frontend on port 3000
 * calling its backend on 4567, with the bootcamp's flask-cors settings, with and
 * without FRONTEND_URL, and a few raw-header cases that show the classic errors.
 */
import { FLASK_CORS_DEFAULTS, type FlaskCorsSettings } from './flask-cors.ts';
import { formatPy, type PyValue } from './py-literal.ts';
import { DEFAULT_STATE, serializeLabQuery, type LabState } from './query.ts';

export interface Preset {
  id: string;
  title: string;
  /** One sentence: what the case shows. */
  summary: string;
  state: LabState;
}

const FRONTEND = 'http://localhost:3000';
const BACKEND = 'http://localhost:4567';
const HOME = `${BACKEND}/api/activities/home`;
const CREATE = `${BACKEND}/api/activities`;
const JSON_HEADER: [string, string] = ['Content-Type', 'application/json'];

/** The bootcamp's app.py: comma-joined strings for methods, headers and exposed headers. */
function bootcamp(origins: PyValue, overrides: Partial<FlaskCorsSettings> = {}): LabState['server'] {
  return {
    mode: 'flask-cors',
    flask: {
      ...FLASK_CORS_DEFAULTS,
      origins,
      resources: '/api/*',
      expose_headers: 'location,link',
      allow_headers: 'content-type,if-modified-since',
      methods: 'OPTIONS,GET,HEAD,POST',
      ...overrides,
    },
  };
}

const get = (server: LabState['server']): LabState => ({ request: { ...DEFAULT_STATE.request, url: HOME }, server });
const postJson = (server: LabState['server']): LabState => ({
  request: { ...DEFAULT_STATE.request, url: CREATE, method: 'POST', headers: [JSON_HEADER] },
  server,
});
const both = [FRONTEND, BACKEND];
/** A GET with an Authorization header to a server that sends this Access-Control-Allow-Headers. */
const withAuthorization = (allowHeaders: string): LabState => ({
  request: { ...DEFAULT_STATE.request, url: HOME, headers: [['Authorization', 'Bearer abc']] },
  server: { mode: 'raw', raw: { allowOrigin: FRONTEND, allowHeaders } },
});

export const PRESETS: Preset[] = [
  {
    id: 'cruddur-get',
    title: 'Cruddur: GET the home feed, FRONTEND_URL set',
    summary: 'A simple GET: no preflight; flask-cors echoes the allowed origin and JavaScript reads the JSON.',
    state: get(bootcamp(both)),
  },
  {
    id: 'cruddur-get-no-env',
    title: 'Cruddur: GET with FRONTEND_URL and BACKEND_URL unset',
    summary:
      'origins is [None, None]: flask-cors raises TypeError, Flask answers 500 without CORS headers, and the browser reports a CORS error.',
    state: get(bootcamp([null, null])),
  },
  {
    id: 'cruddur-get-star',
    title: 'Cruddur: GET with FRONTEND_URL="*"',
    summary: '"*" is a regex for flask-cors: it echoes the request origin back and adds Vary: Origin.',
    state: get(bootcamp(['*', '*'])),
  },
  {
    id: 'cruddur-get-trailing-slash',
    title: 'Cruddur: GET with FRONTEND_URL="http://localhost:3000/"',
    summary: 'A trailing slash makes the entry differ from the Origin the browser sends, so no CORS headers come back.',
    state: get(bootcamp([`${FRONTEND}/`, BACKEND])),
  },
  {
    id: 'cruddur-post-json',
    title: 'Cruddur: POST JSON with the bootcamp settings',
    summary:
      'Content-Type: application/json needs a preflight; allow_headers as one comma-joined string matches nothing, so the preflight fails (the bootcamp routes only work thanks to @cross_origin()).',
    state: postJson(bootcamp(both)),
  },
  {
    id: 'cruddur-post-json-list',
    title: 'Cruddur: POST JSON with allow_headers as a list',
    summary: 'The same POST with allow_headers=["content-type", "if-modified-since"]: the preflight passes and the POST is read.',
    state: postJson(bootcamp(both, { allow_headers: ['content-type', 'if-modified-since'] })),
  },
  {
    id: 'cruddur-post-no-env',
    title: 'Cruddur: POST JSON with FRONTEND_URL unset',
    summary: 'The preflight itself gets the 500 without CORS headers: the POST is never sent.',
    state: postJson(bootcamp([null, null])),
  },
  {
    id: 'raw-credentials-wildcard',
    title: 'Cookies with Access-Control-Allow-Origin: *',
    summary: 'With credentials: "include" the wildcard is refused; the server must name the origin and send Allow-Credentials: true.',
    state: {
      request: { ...DEFAULT_STATE.request, url: HOME, credentials: 'include' },
      server: { mode: 'raw', raw: { allowOrigin: '*' } },
    },
  },
  {
    id: 'raw-authorization',
    title: 'An Authorization header and Access-Control-Allow-Headers',
    summary: 'Authorization is not safelisted: it needs a preflight that allows it by name.',
    state: withAuthorization('authorization'),
  },
  {
    id: 'raw-authorization-wildcard',
    title: 'Authorization allowed only by Access-Control-Allow-Headers: *',
    summary:
      'The Fetch standard says * does not cover Authorization; Chromium still lets it through (with a deprecation warning) but never caches that answer.',
    state: withAuthorization('*'),
  },
  {
    id: 'form-post',
    title: 'A plain HTML form posting to the backend',
    summary:
      'A form submission is a navigation: no preflight and no CORS check, even with no CORS headers at all. The server runs it, which is why CORS is no CSRF protection.',
    state: {
      request: {
        ...DEFAULT_STATE.request,
        url: CREATE,
        method: 'POST',
        headers: [['Content-Type', 'application/x-www-form-urlencoded']],
        via: 'form',
      },
      server: { mode: 'raw', raw: {} },
    },
  },
];

/** The lab URL of a preset. */
export function presetHref(preset: Preset): string {
  const q = serializeLabQuery(preset.state);
  return q ? `/cors/?${q}` : '/cors/';
}

/** The Python call that gives these settings, as the lab shows it. */
export function flaskCode(s: FlaskCorsSettings): string {
  const args: string[] = [];
  const scope = s.resources !== null;
  const originsArg = `"origins": ${formatPy(s.origins)}`;
  if (scope) args.push(`resources={r${JSON.stringify(s.resources)}: {${originsArg}}}`);
  else if (formatPy(s.origins) !== formatPy(FLASK_CORS_DEFAULTS.origins)) args.push(`origins=${formatPy(s.origins)}`);
  const keys: (keyof FlaskCorsSettings)[] = [
    'methods',
    'allow_headers',
    'expose_headers',
    'supports_credentials',
    'max_age',
    'send_wildcard',
  ];
  for (const key of keys) {
    const value = s[key] as PyValue;
    if (formatPy(value) !== formatPy(FLASK_CORS_DEFAULTS[key] as PyValue)) args.push(`${key}=${formatPy(value)}`);
  }
  return args.length ? `CORS(\n    app,\n${args.map((a) => `    ${a},`).join('\n')}\n)` : 'CORS(app)';
}
