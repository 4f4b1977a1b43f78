/**
 * The Fetch standard's request-side rules as the lab applies them, table by
 * table: method normalisation, forbidden headers, safelisted headers and their
 * value rules, and the header-list syntax of Access-Control-* values.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenReason, isForbiddenMethod, normalizeMethod, parseHeaderList, unsafeReason } from '../../../src/lib/cors/http';

describe('normalizeMethod: fetch() upper-cases six methods only', () => {
  it.each([
    ['get', 'GET'],
    ['Post', 'POST'],
    ['put', 'PUT'],
    ['delete', 'DELETE'],
    ['head', 'HEAD'],
    ['options', 'OPTIONS'],
    ['patch', 'patch'],
    ['Patch', 'Patch'],
    ['PATCH', 'PATCH'],
    ['propfind', 'propfind'],
  ])('%s → %s', (input, expected) => expect(normalizeMethod(input)).toBe(expected));
  it.each([
    ['CONNECT', true],
    ['trace', true],
    ['Track', true],
    ['PATCH', false],
  ])('forbidden %s: %s', (m, f) => expect(isForbiddenMethod(m)).toBe(f));
});

describe('forbiddenReason: headers fetch() drops silently', () => {
  it.each([
    ['Cookie', 'a=1', true],
    ['Origin', 'http://x', true],
    ['Host', 'x', true],
    ['Content-Length', '1', true],
    ['User-Agent', 'me', true],
    ['Sec-Fetch-Mode', 'cors', true],
    ['Proxy-Authorization', 'x', true],
    ['X-HTTP-Method-Override', 'TRACE', true],
    ['X-HTTP-Method-Override', 'PUT', false],
    ['Authorization', 'Bearer x', false],
    ['X-Custom', '1', false],
    ['Content-Type', 'text/plain', false],
  ])('%s: %s → dropped %s', (name, value, dropped) => expect(forbiddenReason(name, value) !== undefined).toBe(dropped));
});

describe('unsafeReason: CORS-safelisted request headers', () => {
  it.each([
    ['Accept', 'application/json', true],
    ['Accept', 'a"b', false],
    ['Accept', 'a'.repeat(128), true],
    ['Accept', 'a'.repeat(129), false],
    ['Accept-Language', 'en-GB,en;q=0.8', true],
    ['Accept-Language', 'en_GB', false],
    ['Content-Language', 'de', true],
    ['Content-Type', 'text/plain', true],
    ['Content-Type', 'Text/Plain;charset=UTF-8', true],
    ['Content-Type', 'multipart/form-data; boundary=x', true],
    ['Content-Type', 'application/x-www-form-urlencoded', true],
    ['Content-Type', 'application/json', false],
    ['Content-Type', 'text/plain; x="y"', false],
    ['Content-Type', 'text', false],
    ['Range', 'bytes=0-4', true],
    ['Range', 'bytes=5-', true],
    ['Range', 'bytes=-4', false],
    ['Range', 'bytes=5-4', false],
    ['Authorization', 'Bearer x', false],
    ['X-Requested-With', 'XMLHttpRequest', false],
  ])('%s: %s → safelisted %s', (name, value, safe) => expect(unsafeReason(name, value) === undefined).toBe(safe));
  it('says why', () => {
    expect(unsafeReason('Content-Type', 'application/json')).toBe(
      'Content-Type application/json is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain',
    );
    expect(unsafeReason('Accept', 'é'.repeat(65))).toBe('the Accept value is longer than 128 bytes');
  });
});

describe('parseHeaderList: Chromium skips empty items and needs tokens', () => {
  it.each([
    ['GET, POST', ['GET', 'POST']],
    ['GET,,PUT', ['GET', 'PUT']],
    [' a ,b ', ['a', 'b']],
    ['', []],
    ['*', ['*']],
    ['PU T', undefined],
    ['x a, b', undefined],
    ['content-type,if-modified-since', ['content-type', 'if-modified-since']],
  ])('%j → %j', (value, expected) => expect(parseHeaderList(value)).toEqual(expected));
});
