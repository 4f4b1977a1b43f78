/**
 * The browser's checks, with Chromium's order and wording (the same texts the
 * browser comparison test reads from a real Chromium).
 */
import { describe, expect, it } from 'vitest';
import { corsCheck, preflightCacheSeconds, preflightCheck, readableHeaders, type Credentials } from '../../../src/lib/cors/checks';
import type { HeaderPair } from '../../../src/lib/cors/http';

const O = 'http://localhost:3000';
const acao = (v: string): HeaderPair[] => [['Access-Control-Allow-Origin', v]];

describe('corsCheck', () => {
  it.each<[HeaderPair[], Credentials, string | undefined]>([
    [[], 'omit', 'missing-allow-origin'],
    [acao(O), 'omit', undefined],
    [acao('*'), 'same-origin', undefined],
    [acao('*'), 'include', 'wildcard-with-credentials'],
    [acao(`${O}/`), 'omit', 'allow-origin-mismatch'],
    [acao('HTTP://localhost:3000'), 'omit', 'allow-origin-mismatch'],
    [acao('null'), 'omit', 'allow-origin-mismatch'],
    [acao(`${O}, ${O}`), 'omit', 'multiple-allow-origin'],
    [acao(`${O} http://x`), 'omit', 'multiple-allow-origin'],
    [acao(''), 'omit', 'invalid-allow-origin'],
    [acao('localhost.example'), 'omit', 'invalid-allow-origin'],
    [acao(O), 'include', 'invalid-allow-credentials'],
    [[...acao(O), ['Access-Control-Allow-Credentials', 'True']], 'include', 'invalid-allow-credentials'],
    [[...acao(O), ['Access-Control-Allow-Credentials', 'true']], 'include', undefined],
  ])('%j with %s → %s', (headers, credentials, kind) => expect(corsCheck(headers, O, credentials)?.kind).toBe(kind));

  it('words failures as Chromium does', () => {
    expect(corsCheck(acao('http://other'), O, 'omit')?.reason).toBe(
      "The 'Access-Control-Allow-Origin' header has a value 'http://other' that is not equal to the supplied origin. Have the server send the header with a valid value.",
    );
    expect(corsCheck(acao(O), O, 'include')?.reason).toBe(
      "The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true' when the request's credentials mode is 'include'.",
    );
  });
});

describe('preflightCheck: CORS check, status, syntax, method, then headers', () => {
  const ok = (extra: HeaderPair[] = []): HeaderPair[] => [...acao(O), ...extra];
  it.each<[number, HeaderPair[], Credentials, string, string[], string | undefined]>([
    [204, [], 'omit', 'PUT', [], 'preflight-missing-allow-origin'],
    [500, [], 'omit', 'PUT', [], 'preflight-missing-allow-origin'],
    [500, ok(), 'omit', 'PUT', [], 'preflight-status'],
    [204, ok(), 'omit', 'PUT', [], 'method-not-allowed'],
    [204, ok([['Access-Control-Allow-Methods', 'put']]), 'omit', 'PUT', [], 'method-not-allowed'],
    [204, ok([['Access-Control-Allow-Methods', 'PATCH']]), 'omit', 'patch', [], 'method-not-allowed'],
    [204, ok([['Access-Control-Allow-Methods', '*']]), 'omit', 'PUT', [], undefined],
    [
      204,
      ok([
        ['Access-Control-Allow-Methods', '*'],
        ['Access-Control-Allow-Credentials', 'true'],
      ]),
      'include',
      'PUT',
      [],
      'method-not-allowed',
    ],
    [204, ok([['Access-Control-Allow-Methods', 'PU T']]), 'omit', 'PUT', [], 'allow-methods-syntax'],
    [204, ok([['Access-Control-Allow-Headers', 'x a']]), 'omit', 'GET', ['x-a'], 'allow-headers-syntax'],
    [204, ok([['Access-Control-Allow-Headers', 'X-A']]), 'omit', 'GET', ['x-a'], undefined],
    [204, ok([['Access-Control-Allow-Headers', '*']]), 'omit', 'GET', ['authorization'], undefined],
    [
      204,
      ok([
        ['Access-Control-Allow-Headers', '*'],
        ['Access-Control-Allow-Credentials', 'true'],
      ]),
      'include',
      'GET',
      ['x-a'],
      'header-not-allowed',
    ],
    [204, ok([['Access-Control-Allow-Headers', 'content-type,if-modified-since']]), 'omit', 'POST', ['content-type'], undefined],
  ])('%i %j %s %s %j → %s', (status, headers, credentials, method, unsafe, kind) => {
    const r = preflightCheck(status, headers, O, credentials, method, unsafe);
    expect('failure' in r ? r.failure.kind : undefined).toBe(kind);
  });

  it('lists every refused header, naming the first in sorted order', () => {
    const r = preflightCheck(204, ok(), O, 'omit', 'GET', ['content-type', 'x-custom']);
    expect('failure' in r && r.failure.reason).toBe(
      'Request header field content-type is not allowed by Access-Control-Allow-Headers in preflight response.',
    );
    expect('failure' in r && r.failure.alternatives).toEqual([
      'Request header field x-custom is not allowed by Access-Control-Allow-Headers in preflight response.',
    ]);
  });

  it('marks Authorization let through by * alone', () => {
    const r = preflightCheck(204, ok([['Access-Control-Allow-Headers', '*']]), O, 'omit', 'GET', ['authorization']);
    expect('allowance' in r && r.allowance.authorizationByWildcard).toBe(true);
  });
});

describe('preflightCacheSeconds: Chromium default 5, negative 0, at most 7200', () => {
  it.each<[string | undefined, number]>([
    [undefined, 5],
    ['abc', 5],
    ['0', 0],
    ['-5', 0],
    ['600', 600],
    ['86400', 7200],
    ['7200', 7200],
  ])('%s → %i', (value, seconds) => expect(preflightCacheSeconds(value)).toBe(seconds));
});

describe('readableHeaders', () => {
  const res: HeaderPair[] = [
    ['Content-Type', 'application/json'],
    ['Content-Length', '11'],
    ['X-Request-Id', '1'],
    ['Set-Cookie', 'a=1'],
    ['Date', 'x'],
  ];
  it.each<[string | undefined, Credentials, string[]]>([
    [undefined, 'omit', ['content-length', 'content-type']],
    ['X-Request-Id', 'omit', ['content-length', 'content-type', 'x-request-id']],
    ['*', 'omit', ['content-length', 'content-type', 'date', 'x-request-id']],
    ['*', 'include', ['content-length', 'content-type']],
    ['set-cookie, date', 'omit', ['content-length', 'content-type', 'date']],
    ['x-request-id, bad header', 'omit', ['content-length', 'content-type']],
  ])('expose %s with %s → %j', (expose, credentials, names) => {
    const headers: HeaderPair[] = expose === undefined ? res : [...res, ['Access-Control-Expose-Headers', expose]];
    const extra = expose === '*' && credentials !== 'include' ? ['access-control-expose-headers'] : [];
    expect(readableHeaders(headers, credentials)).toEqual([...names, ...extra].sort());
  });
});
