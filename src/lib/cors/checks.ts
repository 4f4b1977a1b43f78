/**
 * The browser's decisions on a response: the CORS check (Access-Control-Allow-Origin
 * and -Credentials), the checks on a preflight response, which response headers
 * JavaScript may read, and how long a preflight answer is cached. The order of the
 * checks and the texts of the failures follow Chromium (services/network/public/cpp/cors
 * and blink's cors_error_string.cc), checked against a real Chromium by
 * tests/e2e/cors-chromium.spec.ts.
 * @see https://fetch.spec.whatwg.org/#cors-check
 */
import { isSafelistedMethod, parseHeaderList, SAFELISTED_RESPONSE_HEADERS, type HeaderPair } from './http.ts';

export type Credentials = 'omit' | 'same-origin' | 'include';

/** A failed check: what Chromium reports after "has been blocked by CORS policy: ". */
export interface CorsFailure {
  /** Short machine name of the failure. */
  kind: string;
  /** Chromium's own wording. */
  reason: string;
  /**
   * Other wordings Chromium may print instead. With several refused request
   * headers it names the first in its own internal order (a hash table of the
   * request's headers), which the lab cannot predict; the lab names the first
   * in sorted order and lists the others here.
   */
  alternatives?: string[];
}

/** The value of a header in a response, several lines joined with ", ", or undefined. */
export function headerValue(headers: readonly HeaderPair[], name: string): string | undefined {
  const lower = name.toLowerCase();
  const values = headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
  return values.length ? values.join(', ') : undefined;
}

const FIX_VALUE = ' Have the server send the header with a valid value.';

function isValidUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** The CORS check of one response; undefined when it passes. */
export function corsCheck(headers: readonly HeaderPair[], origin: string, credentials: Credentials): CorsFailure | undefined {
  const acao = headerValue(headers, 'Access-Control-Allow-Origin');
  if (acao === undefined) {
    return { kind: 'missing-allow-origin', reason: "No 'Access-Control-Allow-Origin' header is present on the requested resource." };
  }
  if (acao === '*') {
    if (credentials === 'include') {
      return {
        kind: 'wildcard-with-credentials',
        reason:
          "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.",
      };
    }
  } else if (acao !== origin) {
    // Chromium compares the exact text, then words the failure by what the value looks like.
    if (/[ ,]/.test(acao)) {
      return {
        kind: 'multiple-allow-origin',
        reason: `The 'Access-Control-Allow-Origin' header contains multiple values '${acao}', but only one is allowed.${FIX_VALUE}`,
      };
    }
    if (acao !== 'null' && !isValidUrl(acao)) {
      return {
        kind: 'invalid-allow-origin',
        reason: `The 'Access-Control-Allow-Origin' header contains the invalid value '${acao}'.${FIX_VALUE}`,
      };
    }
    return {
      kind: 'allow-origin-mismatch',
      reason: `The 'Access-Control-Allow-Origin' header has a value '${acao}' that is not equal to the supplied origin.${FIX_VALUE}`,
    };
  }
  if (credentials === 'include') {
    const acac = headerValue(headers, 'Access-Control-Allow-Credentials');
    if (acac !== 'true') {
      return {
        kind: 'invalid-allow-credentials',
        reason: `The value of the 'Access-Control-Allow-Credentials' header in the response is '${acac ?? ''}' which must be 'true' when the request's credentials mode is 'include'.`,
      };
    }
  }
  return undefined;
}

const PREFLIGHT_PREFIX = "Response to preflight request doesn't pass access control check: ";

/** What a preflight answer allows, once it passed. */
export interface PreflightAllowance {
  methods: string[];
  headers: string[];
  /** Seconds Chromium keeps this answer (Access-Control-Max-Age, default 5, at most 7200). */
  cacheSeconds: number;
  /** Authorization was let through only by `*`, which the standard no longer allows. */
  authorizationByWildcard: boolean;
}

/** Chromium's reading of Access-Control-Max-Age: default 5 s, negative 0, capped at 2 hours. */
export function preflightCacheSeconds(value: string | undefined): number {
  if (value === undefined || !/^[+-]?\d+$/.test(value)) return 5;
  const n = Number(value);
  if (n < 0) return 0;
  return Math.min(n, 7200);
}

/**
 * The checks on a preflight response, in Chromium's order: the CORS check, an ok
 * status, the syntax of Allow-Methods and Allow-Headers, then the method and every
 * CORS-unsafe header name (sorted) of the real request.
 */
export function preflightCheck(
  status: number,
  headers: readonly HeaderPair[],
  origin: string,
  credentials: Credentials,
  method: string,
  unsafeNames: readonly string[],
): { failure: CorsFailure } | { allowance: PreflightAllowance } {
  const cors = corsCheck(headers, origin, credentials);
  if (cors) return { failure: { kind: `preflight-${cors.kind}`, reason: PREFLIGHT_PREFIX + cors.reason } };
  if (status < 200 || status > 299) {
    return { failure: { kind: 'preflight-status', reason: `${PREFLIGHT_PREFIX}It does not have HTTP ok status.` } };
  }
  const rawMethods = headerValue(headers, 'Access-Control-Allow-Methods');
  const methods = rawMethods === undefined ? [] : parseHeaderList(rawMethods);
  if (!methods) {
    return {
      failure: {
        kind: 'allow-methods-syntax',
        reason: 'Cannot parse Access-Control-Allow-Methods response header field in preflight response.',
      },
    };
  }
  const rawHeaders = headerValue(headers, 'Access-Control-Allow-Headers');
  const allowed = rawHeaders === undefined ? [] : parseHeaderList(rawHeaders)?.map((h) => h.toLowerCase());
  if (!allowed) {
    return {
      failure: {
        kind: 'allow-headers-syntax',
        reason: 'Cannot parse Access-Control-Allow-Headers response header field in preflight response.',
      },
    };
  }
  const wildcardOk = credentials !== 'include';
  if (!methods.includes(method) && !isSafelistedMethod(method) && !(wildcardOk && methods.includes('*'))) {
    return {
      failure: {
        kind: 'method-not-allowed',
        reason: `Method ${method} is not allowed by Access-Control-Allow-Methods in preflight response.`,
      },
    };
  }
  const headerWildcard = wildcardOk && allowed.includes('*');
  if (!headerWildcard) {
    const missing = unsafeNames.filter((n) => !allowed.includes(n));
    const text = (name: string) => `Request header field ${name} is not allowed by Access-Control-Allow-Headers in preflight response.`;
    if (missing.length) {
      const [first = '', ...others] = missing;
      return { failure: { kind: 'header-not-allowed', reason: text(first), ...(others.length ? { alternatives: others.map(text) } : {}) } };
    }
  }
  return {
    allowance: {
      methods,
      headers: allowed,
      cacheSeconds: preflightCacheSeconds(headerValue(headers, 'Access-Control-Max-Age')),
      authorizationByWildcard: headerWildcard && unsafeNames.includes('authorization') && !allowed.includes('authorization'),
    },
  };
}

/**
 * Names (lower case) of the response headers JavaScript can read on a CORS
 * response: the safelisted ones plus those in Access-Control-Expose-Headers
 * (`*` means all, except with credentials). Set-Cookie is never readable.
 */
export function readableHeaders(headers: readonly HeaderPair[], credentials: Credentials): string[] {
  const raw = headerValue(headers, 'Access-Control-Expose-Headers');
  const exposed = (raw === undefined ? [] : (parseHeaderList(raw) ?? [])).map((h) => h.toLowerCase());
  const all = exposed.includes('*') && credentials !== 'include';
  const names = [...new Set(headers.map(([n]) => n.toLowerCase()))];
  return names
    .filter((n) => n !== 'set-cookie' && n !== 'set-cookie2')
    .filter((n) => all || SAFELISTED_RESPONSE_HEADERS.includes(n) || exposed.includes(n))
    .sort();
}

/** The line Chromium prints in the console when a fetch is blocked. */
export function consoleMessage(url: string, origin: string, failure: CorsFailure): string {
  return `Access to fetch at '${url}' from origin '${origin}' has been blocked by CORS policy: ${failure.reason}`;
}
