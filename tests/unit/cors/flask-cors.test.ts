/**
 * flask-cors 6.0.2's behaviour as the lab models it (read from flask_cors/core.py
 * and extension.py), including the course's traps.
 */
import { describe, expect, it } from 'vitest';
import {
  FLASK_CORS_DEFAULTS,
  flaskCorsRespond,
  normaliseFlaskCors,
  type FlaskCorsSettings,
  type NormalisedFlaskCors,
} from '../../../src/lib/cors/flask-cors';
import type { HeaderPair } from '../../../src/lib/cors/http';
import { formatPy, parsePyLiteral, PyLiteralError } from '../../../src/lib/cors/py-literal';

const FRONT = 'http://localhost:3000';
const BACK = 'http://localhost:4567';

function settings(over: Partial<FlaskCorsSettings>): NormalisedFlaskCors {
  const n = normaliseFlaskCors({ ...FLASK_CORS_DEFAULTS, ...over });
  if ('startupError' in n) throw new Error(n.startupError);
  return n;
}

const get = (origin?: string, path = '/api/x'): { method: string; path: string; headers: HeaderPair[] } => ({
  method: 'GET',
  path,
  headers: origin ? [['Origin', origin]] : [],
});
const preflight = (method: string, headers?: string) => {
  const list: HeaderPair[] = [
    ['Origin', FRONT],
    ['Access-Control-Request-Method', method],
  ];
  if (headers) list.push(['Access-Control-Request-Headers', headers]);
  return { method: 'OPTIONS', path: '/api/x', headers: list };
};

describe('origins', () => {
  it.each<[string, FlaskCorsSettings['origins'], string | undefined, HeaderPair[], number]>([
    [
      'an exact entry is echoed, Vary with two entries',
      [FRONT, BACK],
      FRONT,
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Vary', 'Origin'],
      ],
      200,
    ],
    ['a single exact entry: no Vary', FRONT, FRONT, [['Access-Control-Allow-Origin', FRONT]], 200],
    ['entries compare case-insensitively', 'HTTP://LOCALHOST:3000', FRONT, [['Access-Control-Allow-Origin', FRONT]], 200],
    ['a trailing slash never matches', [`${FRONT}/`, BACK], FRONT, [], 200],
    [
      '"*" echoes the origin with Vary',
      '*',
      FRONT,
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Vary', 'Origin'],
      ],
      200,
    ],
    [
      '["*", "*"] too',
      ['*', '*'],
      FRONT,
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Vary', 'Origin'],
      ],
      200,
    ],
    [
      'a regex entry matches from the start',
      ['http://localhost:\\d+'],
      FRONT,
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Vary', 'Origin'],
      ],
      200,
    ],
    ['[None, None]: TypeError, Flask answers 500', [null, null], FRONT, [], 500],
    ['[None, x]: TypeError before x is tried', [null, FRONT], FRONT, [], 500],
    [
      '[x, None]: x matches first, no error',
      [FRONT, null],
      FRONT,
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Vary', 'Origin'],
      ],
      200,
    ],
    ['[x, None] with another origin reaches None', [FRONT, null], 'http://evil.example', [], 500],
    ['[None, None] without an Origin (curl) fails too', [null, null], undefined, [], 500],
    [
      'no Origin: the exact entries are listed',
      [FRONT, BACK],
      undefined,
      [
        ['Access-Control-Allow-Origin', `${FRONT}, ${BACK}`],
        ['Vary', 'Origin'],
      ],
      200,
    ],
  ])('%s', (_name, origins, origin, headers, status) => {
    const res = flaskCorsRespond(settings({ origins }), get(origin), 200);
    expect(res.headers).toEqual(headers);
    expect(res.status).toBe(status);
    if (status === 500) expect(res.error).toBe("TypeError: argument of type 'NoneType' is not iterable");
  });

  it('send_wildcard with "*" sends * and no Vary', () => {
    expect(flaskCorsRespond(settings({ send_wildcard: true }), get(FRONT), 200).headers).toEqual([['Access-Control-Allow-Origin', '*']]);
  });
  it('send_wildcard with supports_credentials and "*" fails at start-up', () => {
    expect(normaliseFlaskCors({ ...FLASK_CORS_DEFAULTS, send_wildcard: true, supports_credentials: true })).toHaveProperty('startupError');
  });
});

describe('preflight answers', () => {
  it.each<[string, Partial<FlaskCorsSettings>, ReturnType<typeof preflight>, HeaderPair[]]>([
    [
      'defaults echo the requested headers and list every method',
      {},
      preflight('POST', 'content-type,x-custom'),
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Access-Control-Allow-Headers', 'content-type, x-custom'],
        ['Access-Control-Allow-Methods', 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT'],
        ['Vary', 'Origin'],
      ],
    ],
    [
      'a comma-joined allow_headers string is ONE entry: nothing matches',
      { origins: FRONT, allow_headers: 'content-type,if-modified-since', methods: 'OPTIONS,GET,HEAD,POST' },
      preflight('POST', 'content-type'),
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Access-Control-Allow-Methods', 'OPTIONS,GET,HEAD,POST'],
      ],
    ],
    [
      'a list matches each header',
      { origins: FRONT, allow_headers: ['content-type', 'if-modified-since'] },
      preflight('POST', 'content-type'),
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Access-Control-Allow-Headers', 'content-type'],
        ['Access-Control-Allow-Methods', 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT'],
      ],
    ],
    [
      'a method outside methods gets no Allow-Methods/-Headers/Max-Age',
      { origins: FRONT, methods: ['GET', 'POST'], max_age: 600 },
      preflight('PUT', 'x-a'),
      [['Access-Control-Allow-Origin', FRONT]],
    ],
    [
      'the requested method is upper-cased and looked up as a substring',
      { origins: FRONT, methods: ['get', 'patch'] },
      preflight('patch'),
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Access-Control-Allow-Methods', 'GET, PATCH'],
      ],
    ],
    [
      'max_age, credentials and expose_headers',
      { origins: FRONT, max_age: 600, supports_credentials: true, expose_headers: ['X-B', 'X-A'] },
      preflight('PUT'),
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Access-Control-Expose-Headers', 'X-A, X-B'],
        ['Access-Control-Allow-Credentials', 'true'],
        ['Access-Control-Max-Age', '600'],
        ['Access-Control-Allow-Methods', 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT'],
      ],
    ],
    [
      'max_age=0 is not sent',
      { origins: FRONT, max_age: 0 },
      preflight('PUT'),
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Access-Control-Allow-Methods', 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT'],
      ],
    ],
    [
      'allow_headers regex entries',
      { origins: FRONT, allow_headers: ['x-.*'] },
      preflight('GET', 'x-custom,authorization'),
      [
        ['Access-Control-Allow-Origin', FRONT],
        ['Access-Control-Allow-Headers', 'x-custom'],
        ['Access-Control-Allow-Methods', 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT'],
      ],
    ],
  ])('%s', (_name, over, req, headers) => {
    expect(flaskCorsRespond(settings(over), req, 200).headers).toEqual(headers);
  });

  it('explains the comma-joined trap', () => {
    const res = flaskCorsRespond(settings({ allow_headers: 'content-type,if-modified-since' }), preflight('POST', 'content-type'), 200);
    expect(res.notes.join(' ')).toContain('is ONE entry: a comma-joined string is not split');
  });
});

describe('resources: the path pattern is a regex matched from the start, case-sensitively', () => {
  it.each<[string | null, string, boolean]>([
    [null, '/anything', true],
    ['/api/*', '/api/activities/home', true],
    ['/api/*', '/apiary', true],
    ['/api/*', '/API/x', false],
    ['/api/*', '/', false],
    ['/api/%20', '/api/ ', false],
    ['/health', '/health', true],
    ['/health', '/health/x', false],
  ])('%s on %s → headers %s', (resources, path, matched) => {
    const res = flaskCorsRespond(settings({ resources }), get(FRONT, path), 200);
    expect(res.headers.length > 0).toBe(matched);
  });
});

describe('Python literals', () => {
  it.each([
    ['None', null],
    ['True', true],
    ['600', 600],
    ['"a,b"', 'a,b'],
    ["'x'", 'x'],
    ['r"/api/*"', '/api/*'],
    ['["a", None]', ['a', null]],
    ['("GET", "POST")', ['GET', 'POST']],
    ['[]', []],
  ])('%s', (text, value) => {
    expect(parsePyLiteral(text)).toEqual(value);
  });
  it.each(['[', '"open', 'none', '[1 2]', 'os.getenv("X")'])('rejects %s with a position', (text) => {
    expect(() => parsePyLiteral(text)).toThrow(PyLiteralError);
    expect(() => parsePyLiteral(text)).toThrow(/at character \d+/);
  });
  it('writes values back', () => expect(formatPy(['a', null, true, 3])).toBe('["a", None, True, 3]'));
});
