/**
 * The cases the CORS lab is checked on in Chromium: every preset (moved onto the
 * test's two loopback origins) plus generated combinations of method, request
 * headers, credentials mode and server settings, raw and flask-cors. Generation is
 * seeded, so a failure names a case that the next run has too.
 */
import { FLASK_CORS_DEFAULTS, PRESETS, type Credentials, type LabState, type ServerConfig } from '../../../src/lib/cors';
import type { PyValue } from '../../../src/lib/cors/py-literal';

export interface LabCase {
  name: string;
  state: LabState;
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

function swapOrigins<T>(value: T, page: string, api: string): T {
  const swap = (s: string) => s.replaceAll('http://localhost:3000', page).replaceAll('http://localhost:4567', api);
  return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'string' ? swap(v) : v)) as T;
}

const METHODS = ['GET', 'GET', 'POST', 'POST', 'PUT', 'patch', 'DELETE', 'HEAD', 'OPTIONS', 'delete'];
const HEADER_SETS: [string, string][][] = [
  [],
  [],
  [['Content-Type', 'text/plain;charset=UTF-8']],
  [['Content-Type', 'application/json']],
  [
    ['Content-Type', 'application/json'],
    ['X-Custom', '1'],
  ],
  [['Authorization', 'Bearer abc']],
  [['X-Custom', 'yes']],
  [
    ['Accept', 'application/json'],
    ['Accept-Language', 'en-GB,en;q=0.8'],
  ],
  [['Accept-Language', 'en_GB']],
  [['Content-Type', 'text/plain; x="y"']],
  [['Range', 'bytes=0-4']],
  [['If-None-Match', '"v1"']],
  [
    ['X-Requested-With', 'XMLHttpRequest'],
    ['Authorization', 'Basic YTpi'],
    ['Content-Type', 'application/json'],
  ],
  [['Range', 'bytes=-4']],
  [['Accept', 'a'.repeat(129)]],
  [
    ['Cookie', 'a=1'],
    ['Sec-Test', '1'],
    ['X-HTTP-Method-Override', 'TRACE'],
  ],
  [
    ['Content-Type', 'multipart/form-data; boundary=x'],
    ['If-Modified-Since', 'Tue, 01 Jan 2030 00:00:00 GMT'],
  ],
  [
    ['Accept', 'b'.repeat(120)],
    ['Content-Language', 'c'.repeat(120)],
    ['Accept-Language', 'd'.repeat(120)],
    ['Content-Type', 'text/plain'],
    ['X-A', 'e'.repeat(100)],
  ],
];
const CREDENTIALS: Credentials[] = ['omit', 'same-origin', 'include'];

function rawServer(r: () => number, page: string): ServerConfig {
  const maybe = (xs: (string | undefined)[]) => pick(r, xs);
  return {
    mode: 'raw',
    raw: {
      allowOrigin: maybe([
        undefined,
        page,
        page,
        page,
        '*',
        '*',
        'http://127.0.0.1:1',
        `${page}/`,
        `${page}, ${page}`,
        'null',
        '',
        'localhost.example',
      ]),
      allowMethods: maybe([undefined, 'PUT, PATCH, DELETE, OPTIONS', '*', 'put, patch', 'GET, POST', 'PUT,,patch', 'PU T']),
      allowHeaders: maybe([
        undefined,
        'content-type',
        '*',
        'Authorization, X-Custom, Content-Type, Range, Accept-Language, Accept, If-Modified-Since, X-A, Content-Language',
        'x a',
        'x-custom',
      ]),
      allowCredentials: maybe([undefined, 'true', 'true', 'True']),
      exposeHeaders: maybe([undefined, 'X-Request-Id', '*', 'x-request-id, content-length', 'x-request-id, bad header']),
      maxAge: maybe([undefined, '0', '600', '-5', 'abc']),
      vary: maybe([undefined, 'Origin']),
    },
  };
}

/** A server that allows most requests, so the readable headers and the cache get checked often. */
function permissiveServer(r: () => number, page: string): ServerConfig {
  return {
    mode: 'raw',
    raw: {
      allowOrigin: pick(r, [page, page, '*']),
      allowMethods: pick(r, ['GET, POST, PUT, patch, DELETE, OPTIONS', '*']),
      allowHeaders: pick(r, [
        'content-type, authorization, x-custom, accept, accept-language, range, if-none-match, if-modified-since, x-requested-with, x-a, content-language',
        '*',
      ]),
      allowCredentials: 'true',
      exposeHeaders: pick(r, [undefined, 'X-Request-Id', '*', 'content-length, x-request-id', 'Vary, Access-Control-Allow-Origin']),
      maxAge: pick(r, [undefined, '0', '600', '-1']),
      vary: pick(r, [undefined, 'Origin']),
    },
  };
}

function flaskServer(r: () => number, page: string, api: string): ServerConfig {
  const origins: PyValue[] = [
    [null, null],
    ['*', '*'],
    [page, api],
    [`${page}/`, api],
    '*',
    page,
    ['http://127\\.0\\.0\\.1:\\d+'],
    [page, null],
    [null, page],
  ];
  return {
    mode: 'flask-cors',
    flask: {
      ...FLASK_CORS_DEFAULTS,
      origins: pick(r, origins),
      methods: pick(r, [FLASK_CORS_DEFAULTS.methods, 'OPTIONS,GET,HEAD,POST', ['GET', 'POST', 'put']]),
      allow_headers: pick(r, [
        '*',
        'content-type,if-modified-since',
        ['content-type', 'if-modified-since'],
        ['x-.*', 'content-type'],
        'Authorization',
      ]),
      expose_headers: pick(r, [null, 'location,link', ['X-Request-Id'], '*']),
      supports_credentials: pick(r, [false, true]),
      max_age: pick(r, [null, 600, 0]),
      resources: pick(r, [null, '/api/*', '/api/*', '/other/*']),
    },
  };
}

/** All cases for a page origin and an API origin (two ports on 127.0.0.1). */
export function labCases(page: string, api: string, generated = 340): LabCase[] {
  const cases: LabCase[] = PRESETS.map((p) => ({ name: `preset ${p.id}`, state: swapOrigins(p.state, page, api) }));
  const r = rng(18);
  for (let i = 0; i < generated; i++) {
    const server = i % 3 === 2 ? flaskServer(r, page, api) : i % 3 === 1 ? permissiveServer(r, page) : rawServer(r, page);
    const sameOrigin = i % 40 === 39;
    const state: LabState = {
      request: {
        origin: page,
        url: `${sameOrigin ? page : api}/api/items/${i}`,
        method: pick(r, METHODS),
        headers: pick(r, HEADER_SETS),
        credentials: pick(r, CREDENTIALS),
      },
      server,
    };
    cases.push({ name: `generated ${i} (${server.mode}${sameOrigin ? ', same origin' : ''})`, state });
  }
  // The same requests sent by a plain form: a navigation, never preflighted.
  const formHeaders: [string, string][][] = [
    [],
    [['Content-Type', 'application/json']],
    [['Content-Type', 'text/plain']],
    [['Content-Type', 'multipart/form-data']],
    [
      ['X-Custom', '1'],
      ['Authorization', 'x'],
    ],
  ];
  for (let i = 0; i < 16; i++) {
    const state: LabState = {
      request: {
        origin: page,
        url: `${api}/api/form/${i}`,
        method: pick(r, ['GET', 'POST', 'post', 'PUT', 'delete']),
        headers: pick(r, formHeaders),
        credentials: pick(r, CREDENTIALS),
        via: 'form',
      },
      server: i % 2 ? flaskServer(r, page, api) : rawServer(r, page),
    };
    cases.push({ name: `form ${i}`, state });
  }
  cases.push({
    name: 'forbidden method TRACE',
    state: {
      request: { origin: page, url: `${api}/api/trace`, method: 'TRACE', headers: [], credentials: 'omit' },
      server: { mode: 'raw', raw: { allowOrigin: '*' } },
    },
  });
  cases.push({
    name: 'forbidden method connect',
    state: {
      request: { origin: page, url: `${api}/api/connect`, method: 'connect', headers: [], credentials: 'omit' },
      server: { mode: 'raw', raw: { allowOrigin: '*' } },
    },
  });
  return cases;
}
