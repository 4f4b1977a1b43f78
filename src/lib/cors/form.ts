/**
 * The same request sent by a plain HTML form instead of fetch(): a navigation.
 * A form can only GET or POST, cannot set headers, and can only use the three
 * form encodings, so it never needs a preflight and CORS never applies: the
 * browser sends the request and shows the answer as a new page, which the
 * calling page's JavaScript cannot read. That is also why CORS does not stop
 * cross-site request forgery.
 * @see https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#form-submission-algorithm
 */
import { mimeEssence, SAFELISTED_CONTENT_TYPES, type HeaderPair } from './http.ts';
import { serverRespond, type ServerConfig } from './server.ts';
import { exchange, originDiff } from './steps.ts';
import type { LabRequest, Verdict } from './types.ts';

/** The one field the lab's form submits. */
export const FORM_FIELD: HeaderPair = ['title', 'hello'];

export function decideForm(req: LabRequest, server: ServerConfig, origin: string, target: URL): Verdict {
  const lower = req.method.toLowerCase();
  const method = lower === 'post' ? 'POST' : 'GET';
  const notes: string[] = [];
  if (lower !== 'get' && lower !== 'post')
    notes.push(`A form's method can only be GET or POST; with method="${req.method}" the browser uses GET.`);
  const url = new URL(target);
  const headers: HeaderPair[] = [];
  let enctype: string | undefined;
  if (method === 'GET') {
    // A GET form replaces the action's query with its fields.
    url.search = new URLSearchParams([[...FORM_FIELD]]).toString();
  } else {
    const asked = req.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
    const essence = asked === undefined ? undefined : mimeEssence(asked);
    enctype = essence && SAFELISTED_CONTENT_TYPES.includes(essence) ? essence : 'application/x-www-form-urlencoded';
    if (asked !== undefined && enctype !== essence)
      notes.push(
        `A form cannot send ${asked}; its enctype can only be one of ${SAFELISTED_CONTENT_TYPES.join(', ')}, so the browser uses ${enctype}.`,
      );
    headers.push(['Origin', origin], ['Content-Type', enctype === 'multipart/form-data' ? `${enctype}; boundary=…` : enctype]);
  }
  const ignored = req.headers.map(([n]) => n).filter((n) => n.toLowerCase() !== 'content-type');
  if (ignored.length) notes.push(`A form cannot set request headers: ${ignored.join(', ')} ${ignored.length > 1 ? 'are' : 'is'} not sent.`);
  const sameOrigin = target.origin === origin;
  const res = serverRespond(server, { method, path: url.pathname, headers });
  return {
    via: 'form',
    errors: [],
    sameOrigin,
    allowed: true,
    preflightSent: false,
    actualSent: true,
    method,
    url: url.href,
    readable: [],
    formEnctype: enctype,
    steps: [
      {
        title: sameOrigin ? 'Same origin' : 'Cross-origin form submission',
        status: 'info',
        lines: [
          sameOrigin
            ? `The form posts to its own origin ${origin}.`
            : `The page is ${origin}, the form's action is on ${target.origin}: ${originDiff(new URL(origin), target)}.`,
        ],
      },
      {
        title: 'No preflight',
        status: 'info',
        lines: [...notes, 'A form submission is a navigation, not a fetch: it is never preflighted, and CORS does not apply to it.'],
      },
      exchange(
        'The browser shows the response as a new page',
        method,
        url,
        headers,
        res,
        [
          ...res.notes,
          `The server receives and runs the request and answers ${res.status}; the browser displays that answer in place of the page (or in the form's target frame).`,
          "The calling page's JavaScript cannot read the answer, with or without CORS headers. It is also why CORS is no protection against cross-site request forgery: the request was sent and run.",
        ],
        'ok',
      ),
    ],
  };
}
