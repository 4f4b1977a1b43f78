/**
 * The whole story of one fetch(): same origin or not, which headers the browser
 * drops, whether a preflight is needed and why, the preflight and its checks, the
 * actual request and the CORS check, what JavaScript can read, and the console
 * line when it is blocked. Pure: the lab page renders it, the unit tests check it
 * table by table, and the browser test compares it with Chromium.
 */
import { consoleMessage, corsCheck, preflightCheck, readableHeaders, type CorsFailure } from './checks.ts';
import { decideForm } from './form.ts';
import {
  forbiddenReason,
  isForbiddenMethod,
  isSafelistedMethod,
  normalizeMethod,
  trimHttp,
  unsafeReason,
  type HeaderPair,
} from './http.ts';
import { serverRespond, type ServerConfig } from './server.ts';
import { exchange, networkNotes, originDiff, parseTarget } from './steps.ts';
import type { LabRequest, Step, Verdict } from './types.ts';

export type { HttpMessage, LabRequest, Step, StepStatus, Verdict } from './types.ts';

const CONDITIONAL = ['if-modified-since', 'if-none-match', 'if-unmodified-since', 'if-match', 'if-range'];

/** Runs one request through the model. */
export function decide(req: LabRequest, server: ServerConfig): Verdict {
  const target = parseTarget(req);
  const base = {
    via: 'fetch' as const,
    sameOrigin: false,
    allowed: false,
    preflightSent: false,
    actualSent: false,
    readable: [],
    steps: [],
  };
  if ('errors' in target) return { ...base, errors: target.errors, method: req.method, url: req.url };
  const { origin, url } = target;
  if (req.via === 'form') return decideForm(req, server, origin, url);
  const method = normalizeMethod(req.method);
  const v: Verdict = { ...base, errors: [], method, url: url.href };
  const steps = v.steps;
  const sameOrigin = url.origin === origin;
  v.sameOrigin = sameOrigin;
  steps.push({
    title: sameOrigin ? 'Same origin' : 'Cross-origin request',
    status: 'info',
    lines: [
      sameOrigin
        ? `The page ${origin} and ${url.origin} share scheme, host and port: CORS does not apply.`
        : `The page is ${origin}, the URL is on ${url.origin}: ${originDiff(new URL(origin), url)}. The browser sends an Origin header and applies CORS.`,
      ...networkNotes(new URL(origin), url),
    ],
  });
  if (isForbiddenMethod(method)) {
    v.thrown = `TypeError: Failed to execute 'fetch' on 'Window': '${method}' HTTP method is unsupported.`;
    steps.push({
      title: 'fetch() refuses the request',
      status: 'fail',
      lines: [`${method} is a forbidden method; fetch() throws before anything is sent: ${v.thrown}`],
    });
    return v;
  }
  if (method !== req.method) steps.push({ title: 'Method', status: 'info', lines: [`fetch() writes ${req.method} as ${method}.`] });

  // Headers: forbidden ones dropped, duplicates combined, values trimmed.
  const kept = new Map<string, HeaderPair>();
  const dropped: string[] = [];
  for (const [name, raw] of req.headers) {
    const value = trimHttp(raw);
    const why = forbiddenReason(name, value);
    if (why) dropped.push(`${name}: dropped (${why}).`);
    else {
      const prev = kept.get(name.toLowerCase());
      kept.set(name.toLowerCase(), prev ? [prev[0], `${prev[1]}, ${value}`] : [name, value]);
    }
  }
  if (dropped.length) steps.push({ title: 'Headers the browser drops', status: 'info', lines: dropped });
  const sent = [...kept.values()];

  if (sameOrigin) {
    const res = serverRespond(server, { method, path: url.pathname, headers: sent });
    Object.assign(v, { allowed: true, actualSent: true, readable: readableAll(res.headers) });
    steps.push(exchange('Request and response', method, url, sent, res, ['Same origin: JavaScript reads the whole response.']));
    return v;
  }

  const reasons: string[] = [];
  if (!isSafelistedMethod(method)) reasons.push(`${method} is not GET, HEAD or POST`);
  const unsafe = new Set<string>();
  // (The standard's 1,024-byte total for safelisted values cannot be reached from
  // fetch(): five safelisted names of at most 128 bytes each.)
  for (const [name, value] of sent) {
    const why = unsafeReason(name, value);
    if (why) {
      unsafe.add(name.toLowerCase());
      reasons.push(why);
    }
  }
  const unsafeNames = [...unsafe].sort();
  const requestOrigin: HeaderPair = ['Origin', origin];
  if (reasons.length === 0) {
    steps.push({
      title: 'No preflight needed',
      status: 'info',
      lines: ['A simple request: GET, HEAD or POST with only CORS-safelisted headers. The browser sends it straight away.'],
    });
  } else {
    v.preflightSent = true;
    v.requestHeadersList = unsafeNames.length ? unsafeNames.join(',') : undefined;
    const preHeaders: HeaderPair[] = [requestOrigin, ['Access-Control-Request-Method', method]];
    if (v.requestHeadersList) preHeaders.push(['Access-Control-Request-Headers', v.requestHeadersList]);
    steps.push({ title: 'A preflight is needed', status: 'info', lines: reasons.map((r) => `Because ${r}.`) });
    const pre = serverRespond(server, { method: 'OPTIONS', path: url.pathname, headers: preHeaders });
    const check = preflightCheck(pre.status, pre.headers, origin, req.credentials, method, unsafeNames);
    const lines = [...pre.notes];
    if ('failure' in check) {
      return block(
        v,
        steps,
        exchange('Preflight fails', 'OPTIONS', url, preHeaders, pre, [...lines, check.failure.reason], 'fail'),
        check.failure,
        origin,
      );
    }
    const a = check.allowance;
    // A conditional header makes the request's cache mode no-store, and then
    // Chromium neither uses nor keeps preflight answers for it.
    const conditional = sent.find(([n]) => CONDITIONAL.includes(n.toLowerCase()));
    v.preflightCacheSeconds = conditional || a.authorizationByWildcard ? 0 : a.cacheSeconds;
    lines.push(
      `The preflight passes: the origin is allowed, ${method} is allowed${unsafeNames.length ? ` and so ${unsafeNames.length > 1 ? 'are' : 'is'} ${unsafeNames.join(', ')}` : ''}.`,
    );
    if (a.authorizationByWildcard) {
      lines.push(
        'Authorization is let through by Access-Control-Allow-Headers: * only because Chromium has not yet shipped the rule that * does not cover Authorization (it warns in the Issues panel). The Fetch standard and other browsers require Authorization by name. Chromium does not reuse such an answer: every such request is preflighted again.',
      );
    }
    if (!a.authorizationByWildcard)
      lines.push(
        conditional
          ? `With ${conditional[0]} the request is not cached (cache mode no-store), and neither is its preflight: every such request is preflighted again.`
          : a.cacheSeconds > 0
            ? `Chromium keeps this answer for ${a.cacheSeconds} s: the same request again within that time skips the preflight.`
            : 'Access-Control-Max-Age asks for no caching: every such request is preflighted again.',
      );
    steps.push(exchange('Preflight passes', 'OPTIONS', url, preHeaders, pre, lines, 'ok'));
  }
  v.actualSent = true;
  const actualHeaders: HeaderPair[] = [...sent, requestOrigin];
  const res = serverRespond(server, { method, path: url.pathname, headers: actualHeaders });
  const failure = corsCheck(res.headers, origin, req.credentials);
  if (failure) {
    const lines = [...res.notes, failure.reason, 'The server did receive and run the request; only the response is kept from JavaScript.'];
    return block(v, steps, exchange('Response blocked', method, url, actualHeaders, res, lines, 'fail'), failure, origin);
  }
  v.allowed = true;
  v.readable = readableHeaders(res.headers, req.credentials);
  const creds = req.credentials === 'include' ? ' Cookies were sent with it.' : '';
  steps.push(
    exchange(
      'JavaScript can read the response',
      method,
      url,
      actualHeaders,
      res,
      [
        ...res.notes,
        `The CORS check passes: fetch() resolves with status ${res.status}.${creds}`,
        `Readable response headers: ${v.readable.join(', ') || '(none)'}.`,
      ],
      'ok',
    ),
  );
  return v;
}

function block(v: Verdict, steps: Step[], step: Step, failure: CorsFailure, origin: string): Verdict {
  steps.push(step);
  v.failure = failure;
  v.consoleMessage = consoleMessage(v.url, origin, failure);
  const lines = [v.consoleMessage, 'fetch() rejects with TypeError: Failed to fetch.'];
  if (failure.alternatives) {
    v.consoleAlternatives = failure.alternatives.map((a) => consoleMessage(v.url, origin, { ...failure, reason: a }));
    lines.push(
      'Several request headers are refused. Chromium names one of them, in its own internal order, so it may name another one of these instead.',
    );
  }
  steps.push({ title: 'Console', status: 'fail', lines });
  return v;
}

function readableAll(headers: readonly HeaderPair[]): string[] {
  return [...new Set(headers.map(([n]) => n.toLowerCase()))].filter((n) => n !== 'set-cookie').sort();
}
