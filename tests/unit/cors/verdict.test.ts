/**
 * The whole verdict, table by table: preflight or not and why, forbidden headers,
 * the 1,024-byte rule, the cache, what can be read, the console line; plus the
 * query contract and the presets.
 */
import { describe, expect, it } from 'vitest';
import {
  decide,
  DEFAULT_STATE,
  parseLabQuery,
  PRESETS,
  presetHref,
  serializeLabQuery,
  type LabRequest,
  type ServerConfig,
} from '../../../src/lib/cors';

const FRONT = 'http://localhost:3000';
const req = (over: Partial<LabRequest>): LabRequest => ({ ...DEFAULT_STATE.request, ...over });
const raw = (r: Extract<ServerConfig, { mode: 'raw' }>['raw']): ServerConfig => ({ mode: 'raw', raw: r });
const open = raw({ allowOrigin: FRONT, allowMethods: 'PUT, DELETE', allowHeaders: '*', exposeHeaders: 'X-Request-Id' });

describe('decide: preflight or not', () => {
  it.each<[string, Partial<LabRequest>, boolean, string | undefined]>([
    ['a plain GET', {}, false, undefined],
    ['POST text/plain', { method: 'POST', headers: [['Content-Type', 'text/plain']] }, false, undefined],
    ['POST JSON', { method: 'POST', headers: [['Content-Type', 'application/json']] }, true, 'content-type'],
    ['put is written PUT', { method: 'put' }, true, undefined],
    [
      'a custom header',
      {
        headers: [
          ['X-B', '1'],
          ['X-A', '2'],
        ],
      },
      true,
      'x-a,x-b',
    ],
    [
      'duplicates combine into one name',
      {
        headers: [
          ['X-A', '1'],
          ['x-a', '2'],
        ],
      },
      true,
      'x-a',
    ],
    ['a forbidden header is dropped, no preflight', { headers: [['Cookie', 'a=1']] }, false, undefined],
    [
      'five safelisted headers of 120 bytes',
      { headers: ['Accept', 'Accept-Language', 'Content-Language'].map((n): [string, string] => [n, 'a'.repeat(120)]) },
      false,
      undefined,
    ],
  ])('%s', (_name, over, sent, acrh) => {
    const v = decide(req(over), open);
    expect(v.preflightSent).toBe(sent);
    expect(v.requestHeadersList).toBe(acrh);
  });
});

describe('decide: outcome', () => {
  it('reads the exposed header on an allowed response', () => {
    const v = decide(req({ method: 'DELETE' }), open);
    expect(v.allowed).toBe(true);
    expect(v.readable).toEqual(['content-length', 'content-type', 'x-request-id']);
    expect(v.preflightCacheSeconds).toBe(5);
  });
  it('a simple request is sent even when its response is blocked', () => {
    const v = decide(req({}), raw({}));
    expect(v).toMatchObject({ allowed: false, preflightSent: false, actualSent: true });
    expect(v.consoleMessage).toBe(
      "Access to fetch at 'http://localhost:4567/api/activities/home' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    );
  });
  it('a failed preflight stops the request', () => {
    const v = decide(req({ method: 'PATCH' }), open);
    expect(v).toMatchObject({ allowed: false, preflightSent: true, actualSent: false });
    expect(v.failure?.reason).toBe('Method PATCH is not allowed by Access-Control-Allow-Methods in preflight response.');
  });
  it('a forbidden method throws before anything is sent', () => {
    const v = decide(req({ method: 'connect' }), open);
    expect(v.thrown).toBe("TypeError: Failed to execute 'fetch' on 'Window': 'connect' HTTP method is unsupported.");
    expect(v).toMatchObject({ allowed: false, preflightSent: false, actualSent: false });
  });
  it('same origin: no CORS, everything readable', () => {
    const v = decide(req({ url: `${FRONT}/api/x`, headers: [['X-A', '1']] }), raw({}));
    expect(v).toMatchObject({ sameOrigin: true, allowed: true, preflightSent: false });
    expect(v.readable).toEqual(['content-length', 'content-type', 'x-request-id']);
  });
  it.each<[string, Partial<LabRequest>, number]>([
    ['Authorization by * alone is never cached', { headers: [['Authorization', 'x']] }, 0],
    ['a conditional header bypasses the preflight cache', { headers: [['If-None-Match', '"1"']] }, 0],
    ['otherwise the default 5 s', { headers: [['X-A', '1']] }, 5],
  ])('%s', (_name, over, seconds) => expect(decide(req(over), open).preflightCacheSeconds).toBe(seconds));
  it.each<[Partial<LabRequest>, string]>([
    [{ origin: 'localhost:3000' }, 'origin: use an http or https origin, not localhost:'],
    [{ origin: 'http://localhost:3000/app' }, 'origin: an origin is only scheme, host and port; drop "/app"'],
    [{ url: 'http://[' }, 'url: "http://[" is not a URL'],
    [{ method: 'GE T' }, 'method: "GE T" is not a valid HTTP method name'],
    [{ headers: [['X A', '1']] }, 'header: "X A" is not a valid header name'],
  ])('input error %j', (over, message) => expect(decide(req(over), open).errors).toEqual([message]));
});

describe('a plain form instead of fetch()', () => {
  const form = (over: Partial<LabRequest>) => decide(req({ via: 'form', ...over }), raw({}));
  it.each<[Partial<LabRequest>, string, string | undefined, string]>([
    [{ method: 'GET' }, 'GET', undefined, 'http://localhost:4567/api/activities/home?title=hello'],
    [{ method: 'post' }, 'POST', 'application/x-www-form-urlencoded', 'http://localhost:4567/api/activities/home'],
    [{ method: 'PUT' }, 'GET', undefined, 'http://localhost:4567/api/activities/home?title=hello'],
    [
      { method: 'POST', headers: [['Content-Type', 'application/json']] },
      'POST',
      'application/x-www-form-urlencoded',
      'http://localhost:4567/api/activities/home',
    ],
    [{ method: 'POST', headers: [['Content-Type', 'text/plain']] }, 'POST', 'text/plain', 'http://localhost:4567/api/activities/home'],
  ])('%j → %s %s', (over, method, enctype, url) => {
    const v = form(over);
    expect(v).toMatchObject({ via: 'form', allowed: true, preflightSent: false, actualSent: true, readable: [], method, url });
    expect(v.formEnctype).toBe(enctype);
    expect(v.consoleMessage).toBeUndefined();
  });
  it('says which headers a form cannot send', () => {
    expect(form({ headers: [['Authorization', 'x']] }).steps[1]?.lines[0]).toBe(
      'A form cannot set request headers: Authorization is not sent.',
    );
  });
});

describe('what the lab says it does not model', () => {
  it.each<[string, string, string[]]>([
    ['http://localhost:3000', 'http://localhost:4567/x', []],
    ['http://127.0.0.1:3000', 'http://localhost:4567/x', []],
    ['https://app.example', 'https://api.example/x', []],
    [
      'https://app.example',
      'http://api.example/x',
      ['Not modelled: an https page may not fetch an http URL (mixed content); Chromium blocks it before CORS.'],
    ],
    [
      'https://app.example',
      'http://localhost:4567/x',
      [
        "Not modelled: a public page calling a loopback address meets Chromium's Local Network Access rules (a permission prompt) on top of CORS.",
      ],
    ],
    ['http://192.168.1.5:3000', 'http://10.0.0.2/x', []],
  ])('%s → %s', (origin, url, notes) => {
    expect(decide(req({ origin, url }), open).steps[0]?.lines.slice(1)).toEqual(notes);
  });
});

describe('query contract', () => {
  it('reads every contract name', () => {
    const q = new URLSearchParams(
      'origin=http://a.test&url=http://b.test/x&method=PUT&header=X-A:%201&header=Content-Type:%20text/plain&credentials=include&allow-origin=http://a.test&allow-methods=PUT&allow-headers=x-a&allow-credentials=true&expose-headers=X-Request-Id&max-age=600',
    );
    const { state, errors } = parseLabQuery(q);
    expect(errors).toEqual([]);
    expect(state.request).toEqual({
      origin: 'http://a.test',
      url: 'http://b.test/x',
      method: 'PUT',
      headers: [
        ['X-A', '1'],
        ['Content-Type', 'text/plain'],
      ],
      credentials: 'include',
    });
    expect(state.server).toEqual({
      mode: 'raw',
      raw: {
        allowOrigin: 'http://a.test',
        allowMethods: 'PUT',
        allowHeaders: 'x-a',
        allowCredentials: 'true',
        exposeHeaders: 'X-Request-Id',
        maxAge: '600',
      },
    });
    expect(parseLabQuery(new URLSearchParams(serializeLabQuery(state))).state).toEqual(state);
  });
  it('an empty value is a header sent empty; absent is not sent', () => {
    expect(parseLabQuery(new URLSearchParams('allow-origin=')).state.server).toEqual({ mode: 'raw', raw: { allowOrigin: '' } });
  });
  it.each([
    ['credentials=all', 'credentials: "all" is not one of omit, same-origin, include'],
    ['header=NoColon', 'header: "NoColon" is not "Name: value"'],
    ['server=nginx', 'server: "nginx" is not raw or flask-cors'],
    ['via=xhr', 'via: "xhr" is not fetch or form'],
    ['server=flask-cors&fc-supports-credentials="yes"', 'fc-supports-credentials: expected True or False'],
    ['server=flask-cors&fc-origins=[None', 'fc-origins: expected , or ] at character 6 of "[None"'],
  ])('%s → %s', (query, message) => expect(parseLabQuery(new URLSearchParams(query)).errors).toEqual([message]));
  it('every preset survives the round trip through its link', () => {
    for (const p of PRESETS) {
      const { state, errors } = parseLabQuery(new URL(presetHref(p), 'http://x').searchParams);
      expect(errors, p.id).toEqual([]);
      expect(state, p.id).toEqual(p.state);
    }
  });
});

describe('presets: the course cases end as the lesson says', () => {
  it.each([
    ['cruddur-get', true, false],
    ['cruddur-get-no-env', false, false],
    ['cruddur-get-star', true, false],
    ['cruddur-get-trailing-slash', false, false],
    ['cruddur-post-json', false, true],
    ['cruddur-post-json-list', true, true],
    ['cruddur-post-no-env', false, true],
    ['raw-credentials-wildcard', false, false],
    ['raw-authorization', true, true],
    ['raw-authorization-wildcard', true, true],
    ['form-post', true, false],
  ])('%s: allowed %s, preflight %s', (id, allowed, preflight) => {
    const p = PRESETS.find((x) => x.id === id);
    expect(p).toBeDefined();
    const v = decide(p!.state.request, p!.state.server);
    expect([v.allowed, v.preflightSent]).toEqual([allowed, preflight]);
  });
  it('lists every preset in the table above', () => expect(PRESETS).toHaveLength(11));
});
