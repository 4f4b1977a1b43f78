import { describe, expect, it } from 'vitest';
import { displaySubResults, escapeHtml, renderResult, safeExcerpt, safeResultUrl, type ResultData } from '../../../src/lib/search/result';

describe('escapeHtml', () => {
  it.each([
    ['<b>"x" & \'y\'</b>', '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;'],
    ['plain', 'plain'],
  ])('%j → %j', (text, expected) => expect(escapeHtml(text)).toBe(expected));
});

describe('safeExcerpt', () => {
  it.each([
    ['use <mark>--rm</mark> to clean up', 'use <mark>--rm</mark> to clean up'],
    ['FROM python &lt;3.13&gt; &amp; <mark>RUN</mark>', 'FROM python &lt;3.13&gt; &amp; <mark>RUN</mark>'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a & b "c"', 'a &amp; b &quot;c&quot;'],
    ['<mark onclick="x">no</mark>', '&lt;mark onclick=&quot;x&quot;&gt;no</mark>'],
    ['&#39; &#x27; &nbsp;', '&#39; &#x27; &nbsp;'],
    ['', ''],
  ])('%j → %j', (html, expected) => expect(safeExcerpt(html)).toBe(expected));
});

describe('safeResultUrl', () => {
  it.each([
    ['/lessons/cors/', '/lessons/cors/'],
    ['/lessons/cors/#preflight', '/lessons/cors/#preflight'],
    ['//evil.example/', null],
    ['/\\evil.example', null],
    ['javascript:alert(1)', null],
    ['https://example.com/', null],
    ['lessons/cors/', null],
    [undefined, null],
  ])('%j → %j', (url, expected) => expect(safeResultUrl(url)).toBe(expected));
});

const sub = (url: string, hits: number, title = url) => ({
  url,
  title,
  excerpt: `x <mark>y</mark>`,
  locations: Array.from({ length: hits }, (_, i) => i),
});

describe('displaySubResults', () => {
  it('drops the top section, which is the page itself', () => {
    const r: ResultData = { url: '/a/', sub_results: [sub('/a/', 5), sub('/a/#one', 1)] };
    expect(displaySubResults(r).map((s) => s.url)).toEqual(['/a/#one']);
  });

  it('keeps the sections with most matches, in page order', () => {
    const r: ResultData = {
      url: '/a/',
      sub_results: [sub('/a/#1', 1), sub('/a/#2', 4), sub('/a/#3', 2), sub('/a/#4', 3), sub('/a/#5', 0)],
    };
    expect(displaySubResults(r, 3).map((s) => s.url)).toEqual(['/a/#2', '/a/#3', '/a/#4']);
  });

  it.each([
    [{ url: '/a/' }, 3, []],
    [{ url: '/a/', sub_results: [sub('/a/#1', 1)] }, 0, []],
  ])('%j max %i → %j', (r, max, expected) => expect(displaySubResults(r as ResultData, max)).toEqual(expected));
});

describe('renderResult', () => {
  const result: ResultData = {
    url: '/lessons/compose-networks/',
    excerpt: 'the default <mark>bridge</mark> network',
    meta: { title: 'Compose networks' },
    filters: { type: ['Lesson'] },
    sub_results: [sub('/lessons/compose-networks/', 2), sub('/lessons/compose-networks/#bridge', 2, 'The <bridge> driver')],
  };
  const html = renderResult(result);

  it('links the title and labels the kind', () => {
    expect(html).toContain(
      '<a class="pf-result-link" href="/lessons/compose-networks/"><span class="search-result-title">Compose networks</span> <span class="search-kind" data-kind="lesson">Lesson</span></a>',
    );
  });
  it('keeps the highlighted excerpt', () =>
    expect(html).toContain('<p class="pf-result-excerpt">the default <mark>bridge</mark> network</p>'));
  it('lists headings as sub-results, escaped', () => {
    expect(html).toContain('<a class="pf-heading-link" href="/lessons/compose-networks/#bridge">The &lt;bridge&gt; driver</a>');
    expect(html.match(/pf-heading-chip"/g)).toHaveLength(1);
  });
  it('is one list item', () => expect(html).toMatch(/^<li class="pf-result">.*<\/li>$/s));

  it.each([
    [{ url: '/x/' }, '<span class="search-result-title">/x/</span>'],
    [
      { url: 'javascript:alert(1)', meta: { title: 'T' } },
      '<span class="pf-result-link"><span class="search-result-title">T</span></span>',
    ],
    [
      { url: '/x/', meta: { title: '<i>t</i>' }, filters: { type: ['Command'] } },
      '&lt;i&gt;t&lt;/i&gt;</span> <span class="search-kind" data-kind="command">Command</span>',
    ],
    [{}, 'Untitled page'],
  ])('renders %j safely', (r, fragment) => {
    const out = renderResult(r as ResultData);
    expect(out).toContain(fragment);
    expect(out).not.toContain('pf-heading-chips');
  });
});
