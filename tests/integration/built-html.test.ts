/**
 * The built HTML as files: unique titles and descriptions, no inline
 * executable script (the CSP forbids them), and flags that read as typed
 * (no `--rm` turned into an en dash).
 */
import { describe, expect, it } from 'vitest';
import { builtRoutes, htmlOf, requireBuild } from './dist';

requireBuild();
const routes = builtRoutes();

/** Inline scripts and inline event handlers in a page. */
export function inlineScripts(html: string): string[] {
  const offenders: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const hasSrc = /\ssrc=/.test(tag);
    const type = /\stype="([^"]*)"/.exec(tag)?.[1];
    const isData = type !== undefined && !/^(module|text\/javascript|application\/javascript)$/.test(type);
    if (!hasSrc && !isData) offenders.push(tag);
  }
  if (/\son[a-z]+="/i.test(html.replace(/<pre[\s\S]*?<\/pre>/g, ''))) offenders.push('inline event handler attribute');
  return offenders;
}

const FLAG_WORDS = 'rm|it|env|publish|name|detach|volume|build|tag|file|all|scale|force|help|interactive|tty';
/** Flags whose `--` became a typographic dash. */
export function dashedFlags(html: string): string[] {
  const text = html.replace(/<[^>]+>/g, ' ');
  return [...text.matchAll(new RegExp(`[\\u2013\\u2014](${FLAG_WORDS})\\b`, 'g'))].map((m) => m[0]);
}

describe('built HTML', () => {
  it('every page has a unique title and a meta description', () => {
    const titles = new Map<string, string>();
    const problems: string[] = [];
    for (const route of routes) {
      const html = htmlOf(route);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1]?.trim();
      if (!title) problems.push(`${route}: no <title>`);
      else if (titles.has(title)) problems.push(`${route}: title "${title}" also used by ${titles.get(title)}`);
      else titles.set(title, route);
      if (!description || description.length < 20) problems.push(`${route}: missing or too short meta description`);
    }
    expect(routes.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('no page has an inline executable <script> or event handler', () => {
    const offenders = [...routes, '/404.html'].flatMap((route) => inlineScripts(htmlOf(route)).map((o) => `${route}: ${o}`));
    expect(offenders).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', ['<script>']],
    ['<script type="module">x()</script>', ['<script type="module">']],
    ['<button onclick="x()">', ['inline event handler attribute']],
    ['<script type="application/json">{}</script><script src="/a.js"></script>', []],
    ['<pre>a onclick="x" in code</pre>', []],
  ])('the inline-script check judges %s', (html, expected) => {
    expect(inlineScripts(html)).toEqual(expected);
  });

  it('flags read as typed: no en or em dash where -- was written', () => {
    const offenders = routes.flatMap((route) => dashedFlags(htmlOf(route)).map((d) => `${route}: "${d}"`));
    expect(offenders).toEqual([]);
    expect(dashedFlags('<p>docker run \u2013rm</p>')).toEqual(['\u2013rm']);
    const withFlags = routes.filter((r) => htmlOf(r).includes('--rm'));
    expect(withFlags.length, 'pages mention --rm as typed').toBeGreaterThan(0);
  });
});
