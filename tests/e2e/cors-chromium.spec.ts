/**
 * The CORS lab against real Chromium. Two loopback origins (two ports on
 * 127.0.0.1) share one small Node server that answers every request with exactly
 * what the lab's server model computes for that case (src/lib/cors/server.ts) and
 * records which requests arrived. Chromium runs each case's fetch() from the page
 * origin; the test compares blocked/allowed, preflight sent or not (and its
 * Access-Control-Request-* headers), whether the actual request reached the server,
 * the readable response headers, the console message, the TypeError of a refused
 * method, and whether a repeat is preflighted again (Access-Control-Max-Age) with
 * the lab's verdict. Any disagreement fails.
 */
import type { AddressInfo, Server } from 'node:net';
// The plain Playwright test, not ./fixtures: blocked cases log console errors on purpose.
import { test, expect } from '@playwright/test';
import { decide, serverRespond, type Verdict } from '../../src/lib/cors';
import { labCases, type LabCase } from './cors/cases';
import { startRawHttpServer } from './cors/raw-http-server';

// Ports from this project's CORS range; override when they are taken.
const BASE_PORT = Number(process.env.E2E_CORS_PORT ?? 5700);
// The test server closes every connection; that header is not part of any case.
const TRANSPORT_HEADERS = new Set(['connection']);

interface Arrival {
  method: string;
  contentType?: string;
  acrm?: string;
  acrh?: string;
  origin?: string;
}

function startServer(port: number, cases: LabCase[], arrivals: Map<number, Arrival[]>): Promise<Server> {
  return startRawHttpServer(port, (req) => {
    const url = new URL(req.target, 'http://127.0.0.1');
    if (url.pathname === '/') {
      const body = '<!doctype html><html lang="en"><title>CORS lab page origin</title><p>page origin</p></html>';
      return {
        status: 200,
        headers: [
          ['Content-Type', 'text/html; charset=utf-8'],
          ['Content-Length', String(body.length)],
        ],
        body,
      };
    }
    const id = Number(url.searchParams.get('case'));
    const c = cases[id];
    if (!c) return { status: 404, headers: [['Content-Length', '0']], body: '' };
    const get = (name: string) => req.headers.find(([n]) => n.toLowerCase() === name)?.[1];
    arrivals.set(id, [
      ...(arrivals.get(id) ?? []),
      {
        method: req.method,
        contentType: get('content-type')?.split(';')[0],
        acrm: get('access-control-request-method'),
        acrh: get('access-control-request-headers'),
        origin: get('origin'),
      },
    ]);
    return serverRespond(c.state.server, { method: req.method, path: url.pathname, headers: req.headers });
  });
}

interface Outcome {
  id: number;
  ok: boolean;
  error?: string;
  headers?: string[];
  repeatOk?: boolean;
}

test('the CORS lab agrees with Chromium on every case', async ({ page }, testInfo) => {
  // It does not use the site, so one project is enough (and the ports are taken once).
  test.skip(testInfo.project.name !== 'preview', 'runs in the preview project only');
  test.setTimeout(180_000);
  const pageOrigin = `http://127.0.0.1:${BASE_PORT}`;
  const apiOrigin = `http://127.0.0.1:${BASE_PORT + 1}`;
  const cases = labCases(pageOrigin, apiOrigin).map((c, id) => {
    const url = new URL(c.state.request.url);
    url.searchParams.set('case', String(id));
    return { ...c, state: { ...c.state, request: { ...c.state.request, url: url.href } } };
  });
  expect(cases.length).toBeGreaterThanOrEqual(300);
  const verdicts: Verdict[] = cases.map((c) => decide(c.state.request, c.state.server));
  verdicts.forEach((v, i) => expect(v.errors, cases[i]?.name).toEqual([]));

  const arrivals = new Map<number, Arrival[]>();
  const servers = [await startServer(BASE_PORT, cases, arrivals), await startServer(BASE_PORT + 1, cases, arrivals)];
  try {
    expect((servers[1]?.address() as AddressInfo).port).toBe(BASE_PORT + 1);
    const consoleLines = new Map<number, string[]>();
    page.on('console', (msg) => {
      const m = /^Access to fetch at '([^']*)'/.exec(msg.text());
      if (!m?.[1]) return;
      const id = Number(new URL(m[1]).searchParams.get('case'));
      consoleLines.set(id, [...(consoleLines.get(id) ?? []), msg.text()]);
    });
    await page.goto(`${pageOrigin}/`);

    const jobs = cases.map((c, id) => ({
      id,
      url: c.state.request.url,
      init: {
        method: c.state.request.method,
        headers: c.state.request.headers.map(([n, v]) => [n, v]),
        credentials: c.state.request.credentials,
      },
      // A second identical fetch shows whether Chromium cached the preflight answer.
      repeat: verdicts[id]?.preflightCacheSeconds !== undefined,
      // The form gets the case's method and Content-Type as written; the browser decides what it sends.
      form:
        c.state.request.via === 'form'
          ? {
              method: c.state.request.method,
              enctype: c.state.request.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '',
            }
          : undefined,
    }));
    const outcomes: Outcome[] = await page.evaluate(async (list) => {
      const out: Outcome[] = [];
      for (const job of list) {
        const o: Outcome = { id: job.id, ok: false };
        if (job.form) {
          // Submit into an iframe so the page stays; the frame's load means the navigation finished.
          const frame = document.createElement('iframe');
          frame.name = `form-${job.id}`;
          frame.title = frame.name;
          document.body.append(frame);
          await new Promise((r) => setTimeout(r, 0));
          const form = document.createElement('form');
          const action = new URL(job.url);
          form.action = action.href;
          form.method = job.form.method;
          if (job.form.enctype) form.enctype = job.form.enctype;
          form.target = frame.name;
          const fields: [string, string][] = [
            ['case', String(job.id)],
            ['title', 'hello'],
          ];
          for (const [name, value] of fields) form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }));
          document.body.append(form);
          o.ok = await new Promise<boolean>((resolve) => {
            frame.addEventListener('load', () => resolve(true), { once: true });
            setTimeout(() => resolve(false), 5000);
            form.submit();
          });
          out.push(o);
          continue;
        }
        try {
          const res = await fetch(job.url, job.init as RequestInit);
          await res.arrayBuffer();
          o.ok = true;
          o.headers = [...res.headers.keys()];
        } catch (error) {
          o.error = String(error);
        }
        if (job.repeat) {
          try {
            await (await fetch(job.url, job.init as RequestInit)).arrayBuffer();
            o.repeatOk = true;
          } catch {
            o.repeatOk = false;
          }
        }
        out.push(o);
      }
      return out;
    }, jobs);
    // Console lines arrive asynchronously; wait until every blocked case has one.
    const blockedByCors = verdicts.filter((v) => v.consoleMessage).length;
    await expect.poll(() => [...consoleLines.keys()].length, { timeout: 10_000 }).toBeGreaterThanOrEqual(blockedByCors);

    const disagreements: string[] = [];
    for (const o of outcomes) {
      const c = cases[o.id] as LabCase;
      const v = verdicts[o.id] as Verdict;
      const seen = arrivals.get(o.id) ?? [];
      const preflights = seen.filter((a) => a.method === 'OPTIONS' && a.acrm !== undefined);
      const actuals = seen.filter((a) => !(a.method === 'OPTIONS' && a.acrm !== undefined));
      if (c.state.request.via === 'form') {
        const formBrowser = {
          allowed: o.ok,
          preflightSent: preflights.length > 0,
          actualSent: actuals.length > 0,
          method: actuals[0]?.method,
          enctype: actuals[0]?.contentType,
          console: consoleLines.get(o.id)?.[0],
        };
        const formLab = {
          allowed: v.allowed,
          preflightSent: v.preflightSent,
          actualSent: v.actualSent,
          method: v.method,
          enctype: v.formEnctype,
          console: v.consoleMessage,
        };
        if (JSON.stringify(formBrowser) !== JSON.stringify(formLab)) {
          disagreements.push(
            `${c.name} ${c.state.request.method} ${c.state.request.url}\n  chromium: ${JSON.stringify(formBrowser)}\n  lab:      ${JSON.stringify(formLab)}`,
          );
        }
        continue;
      }
      const browser = {
        allowed: o.ok,
        preflightSent: preflights.length > 0,
        acrm: preflights[0]?.acrm,
        acrh: preflights[0]?.acrh,
        actualSent: actuals.length > 0,
        readable: (o.headers ?? []).filter((h) => !TRANSPORT_HEADERS.has(h)).sort(),
        console: consoleLines.get(o.id)?.[0],
        thrown: v.thrown ? o.error : undefined,
        repeatPreflighted: o.repeatOk === undefined ? undefined : preflights.length > 1,
      };
      const lab = {
        allowed: v.allowed,
        preflightSent: v.preflightSent,
        acrm: v.preflightSent ? v.method : undefined,
        acrh: v.requestHeadersList,
        actualSent: v.actualSent,
        readable: v.allowed ? v.readable : [],
        console: v.consoleMessage,
        thrown: v.thrown,
        repeatPreflighted: o.repeatOk === undefined ? undefined : v.preflightCacheSeconds === 0,
      };
      // With several refused headers Chromium's choice among them is internal: any of the lab's candidates counts.
      if (v.consoleAlternatives?.includes(browser.console ?? '')) lab.console = browser.console;
      if (JSON.stringify(browser) !== JSON.stringify(lab)) {
        disagreements.push(
          `${c.name} ${c.state.request.method} ${c.state.request.url}\n  chromium: ${JSON.stringify(browser)}\n  lab:      ${JSON.stringify(lab)}`,
        );
      }
    }
    console.log(
      `CORS lab vs Chromium: ${cases.length} cases, ${disagreements.length} disagreements, ${verdicts.filter((v) => v.allowed).length} allowed, ${verdicts.filter((v) => v.preflightSent).length} preflighted.`,
    );
    expect(disagreements, disagreements.join('\n')).toEqual([]);
  } finally {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  }
});
