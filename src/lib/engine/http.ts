/**
 * The HTTP side of the programs: what Flask (Werkzeug), nginx and the React
 * dev server answer, and the access-log line each writes. The backend's 500
 * without FRONTEND_URL/BACKEND_URL is flask-cors's TypeError (CORS lesson).
 */
import type { ContainerSnapshot } from './types.ts';
import { envOf } from './programs.ts';

export interface HttpResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
}

export interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  clientIp: string;
  time: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function two(n: number) {
  return String(n).padStart(2, '0');
}
function clf(t: number, nginx: boolean): string {
  const d = new Date(t);
  const date = `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}`;
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return nginx ? `${date}:${time} +0000` : `${date} ${time}`;
}
function httpDate(t: number): string {
  return new Date(t).toUTCString();
}

export type Server = 'flask' | 'nginx' | 'react';

function activities(now: number, pretty: boolean, message: string): string {
  const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '000+00:00');
  const item = {
    created_at: iso(now - 2 * 86400000),
    expires_at: iso(now + 5 * 86400000),
    handle: 'Andrew Brown',
    likes_count: 5,
    message,
    replies_count: 1,
    reposts_count: 0,
    uuid: '68f126b0-1ceb-4a33-88be-d90fa7109eee',
  };
  return (pretty ? JSON.stringify([item], null, 2) : JSON.stringify([item])) + '\n';
}

/** Answers one request; `log` is the line the server writes (stderr for Werkzeug, stdout for nginx). */
export function serve(
  server: Server,
  c: ContainerSnapshot,
  req: HttpRequest,
  files: Map<string, string> = new Map(),
): { res: HttpResponse; log: string } {
  const head = req.method === 'HEAD';
  if (server === 'flask') {
    const env = envOf(c);
    const debug = /^(1|true|yes|on)$/i.test(env.FLASK_DEBUG ?? '');
    let res: HttpResponse;
    const base: [string, string][] = [
      ['Server', 'Werkzeug/3.1.3 Python/3.12.12'],
      ['Date', httpDate(req.time)],
    ];
    if (req.path.startsWith('/api/activities/home')) {
      if (env.FRONTEND_URL === undefined || env.BACKEND_URL === undefined) {
        const body = debug
          ? "<!doctype html>\n<html lang=en>\n<head>\n<title>TypeError: argument of type 'NoneType' is not iterable\n // Werkzeug Debugger</title>\n</head>\n<body>\n<h1>TypeError</h1>\n<p>TypeError: argument of type 'NoneType' is not iterable</p>\n</body>\n</html>\n"
          : '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n';
        res = { status: 500, reason: 'INTERNAL SERVER ERROR', headers: [...base, ['Content-Type', 'text/html; charset=utf-8']], body };
      } else {
        // The message comes from the app's own file, so edits through a bind mount show up.
        const source = files.get(`${c.workingDir}/services/home_activities.py`) ?? '';
        const body = activities(req.time, debug, /'message': '([^']*)'/.exec(source)?.[1] ?? 'Cloud is very fun!');
        const headers: [string, string][] = [...base, ['Content-Type', 'application/json'], ['Content-Length', String(body.length)]];
        const origin = req.headers.origin;
        if (origin && (env.FRONTEND_URL === '*' || env.FRONTEND_URL === origin || env.BACKEND_URL === origin || env.BACKEND_URL === '*')) {
          headers.push(['Access-Control-Allow-Origin', origin], ['Access-Control-Expose-Headers', 'link, location'], ['Vary', 'Origin']);
        }
        res = { status: 200, reason: 'OK', headers, body };
      }
    } else {
      const body =
        '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n';
      res = {
        status: 404,
        reason: 'NOT FOUND',
        headers: [...base, ['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', String(body.length)]],
        body,
      };
    }
    res.headers.push(['Connection', 'close']);
    if (head) res.body = '';
    return { res, log: `${req.clientIp} - - [${clf(req.time, false)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} -\n` };
  }
  if (server === 'nginx') {
    const ok = req.path === '/' || req.path === '/index.html';
    const body = ok
      ? '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, nginx is successfully installed and working.\nFurther configuration is required for the web server, reverse proxy, \nAPI gateway, load balancer, content cache, or other features.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n'
      : '<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx/1.29.3</center>\n</body>\n</html>\n';
    const res: HttpResponse = {
      status: ok ? 200 : 404,
      reason: ok ? 'OK' : 'Not Found',
      headers: [
        ['Server', 'nginx/1.29.3'],
        ['Date', httpDate(req.time)],
        ['Content-Type', 'text/html'],
        ['Content-Length', String(body.length)],
        ['Connection', 'keep-alive'],
      ],
      body: head ? '' : body,
    };
    const ua = req.headers['user-agent'] ?? 'curl/8.14.1';
    return {
      res,
      log: `${req.clientIp} - - [${clf(req.time, true)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${head ? 0 : body.length} "-" "${ua}" "-"\n`,
    };
  }
  const body =
    '<!DOCTYPE html>\n<html lang="en">\n<head><title>Cruddur</title></head>\n<body><div id="root"></div><script src="/static/js/bundle.js"></script></body>\n</html>\n';
  return {
    res: {
      status: 200,
      reason: 'OK',
      headers: [
        ['X-Powered-By', 'Express'],
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', String(body.length)],
      ],
      body: head ? '' : body,
    },
    log: '',
  };
}

/** Which server a running container runs, and on which container port. */
export function serverOf(c: ContainerSnapshot): { server: Server; port: number } | undefined {
  if (c.state !== 'running') return undefined;
  const argv = c.command.join(' ');
  const flask = /flask run.*--port=(\d+)/.exec(argv);
  if (flask) return { server: 'flask', port: Number(flask[1]) };
  if (/flask run/.test(argv)) return { server: 'flask', port: 5000 };
  if (/\bnginx\b/.test(argv)) return { server: 'nginx', port: c.image.includes('unprivileged') ? 8080 : 80 };
  if (/npm start/.test(argv)) return { server: 'react', port: Number(envOf(c).PORT ?? 3000) };
  return undefined;
}
