/**
 * HTTP building blocks of the Fetch standard's CORS protocol, as Chromium
 * applies them: method normalisation, forbidden request headers, CORS-safelisted
 * request headers (with their value rules) and the header-list syntax of the
 * Access-Control-* response headers. Pure: no DOM.
 * @see https://fetch.spec.whatwg.org/#cors-safelisted-request-header
 */

/** A header as a name and a value, in the order given. */
export type HeaderPair = readonly [name: string, value: string];

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** RFC 9110 token: the syntax of methods and header names. */
export function isToken(s: string): boolean {
  return TOKEN.test(s);
}

/** The methods fetch() upper-cases whatever case they are written in. */
const NORMALISED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];

/** fetch() upper-cases these six methods only; `patch` stays `patch`. */
export function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return NORMALISED_METHODS.includes(upper) ? upper : method;
}

/** Methods that never need a preflight. */
export function isSafelistedMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'POST';
}

/** Methods fetch() refuses outright (case-insensitive). */
export function isForbiddenMethod(method: string): boolean {
  return ['CONNECT', 'TRACE', 'TRACK'].includes(method.toUpperCase());
}

const FORBIDDEN_NAMES = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
  // The standard no longer forbids User-Agent, but Chromium still keeps its own.
  'user-agent',
]);

const METHOD_OVERRIDE = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);

/**
 * Why the browser drops a header a page sets, or undefined when it keeps it.
 * fetch() drops such headers silently: no error, no preflight.
 */
export function forbiddenReason(name: string, value: string): string | undefined {
  const lower = name.toLowerCase();
  if (FORBIDDEN_NAMES.has(lower)) return `${lower} is a forbidden request header: only the browser sets it`;
  if (lower.startsWith('proxy-') || lower.startsWith('sec-')) {
    return `headers starting with ${lower.startsWith('sec-') ? 'Sec-' : 'Proxy-'} are reserved for the browser`;
  }
  if (METHOD_OVERRIDE.has(lower) && value.split(',').some((m) => isForbiddenMethod(m.trim()))) {
    return `${lower} may not name CONNECT, TRACE or TRACK`;
  }
  return undefined;
}

/** Bytes a safelisted header value may not contain (Fetch: CORS-unsafe request-header byte). */
function hasUnsafeByte(value: string): boolean {
  for (const ch of value) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09) || c === 0x7f || '"():<>?@[\\]{}'.includes(ch)) return true;
  }
  return false;
}

/** The essence of a MIME type (type/subtype, lower-cased), or undefined when it does not parse. */
export function mimeEssence(value: string): string | undefined {
  const [head = ''] = value.split(';');
  const essence = head.trim().toLowerCase();
  const [type, subtype, extra] = essence.split('/');
  if (extra !== undefined || !type || !subtype || !isToken(type) || !isToken(subtype)) return undefined;
  return essence;
}

export const SAFELISTED_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Why a header is not CORS-safelisted (and so needs a preflight), or undefined
 * when it is safelisted on its own. The 1,024-byte total is checked by the caller.
 */
export function unsafeReason(name: string, value: string): string | undefined {
  const lower = name.toLowerCase();
  const safelistedNames = ['accept', 'accept-language', 'content-language', 'content-type', 'range'];
  if (!safelistedNames.includes(lower)) return `${name} is not a CORS-safelisted request header`;
  if (new TextEncoder().encode(value).length > 128) return `the ${name} value is longer than 128 bytes`;
  switch (lower) {
    case 'accept':
      return hasUnsafeByte(value) ? `the Accept value contains a character such as " ( ) : < > ? @ [ ] { }` : undefined;
    case 'accept-language':
    case 'content-language':
      return /^[0-9A-Za-z *,\-.;=]*$/.test(value) ? undefined : `the ${name} value may hold only letters, digits, space and * , - . ; =`;
    case 'content-type': {
      if (hasUnsafeByte(value)) return `the Content-Type value contains a character such as " ( ) : < > ? @ [ ] { }`;
      const essence = mimeEssence(value);
      return essence && SAFELISTED_CONTENT_TYPES.includes(essence)
        ? undefined
        : `Content-Type ${essence ?? value} is not one of ${SAFELISTED_CONTENT_TYPES.join(', ')}`;
    }
    default:
      // Range: only a simple `bytes=start-` or `bytes=start-end` is safelisted.
      return isSimpleRange(value) ? undefined : 'the Range value is not a simple bytes=start-[end] range';
  }
}

function isSimpleRange(value: string): boolean {
  const m = /^bytes=(\d+)-(\d*)$/.exec(value);
  if (!m) return false;
  return m[2] === '' || Number(m[1]) <= Number(m[2]);
}

/**
 * Parses an Access-Control-Allow-Methods/-Headers or -Expose-Headers value the way
 * Chromium does: comma-separated, whitespace trimmed, empty items skipped, every
 * item a token. Returns undefined when the value does not parse.
 */
export function parseHeaderList(value: string): string[] | undefined {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.every(isToken) ? items : undefined;
}

/** Response headers JavaScript may always read on a CORS response. */
export const SAFELISTED_RESPONSE_HEADERS = [
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
];

/** HTTP whitespace trimmed from both ends, as fetch() does with header values. */
export function trimHttp(value: string): string {
  return value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}
