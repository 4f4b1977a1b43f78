/**
 * Turns one Pagefind result into the HTML of a result row. Pagefind's own UI
 * renders the rows; this replaces only its row template so that each row also
 * says what it is (lesson, command, session). Class names are Pagefind's, so
 * its stylesheet, its keyboard navigation and our theme all still apply.
 */
import { kindLabelsOf } from './kinds.ts';

/** The part of a Pagefind sub-result (a heading within the page) that we show. */
export interface SubResultData {
  title?: string;
  url?: string;
  excerpt?: string;
  locations?: number[];
}

/** The part of a loaded Pagefind result (`await result.data()`) that we show. */
export interface ResultData {
  url?: string;
  excerpt?: string;
  meta?: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: SubResultData[];
}

/** Sub-results shown under a page when nothing else is asked. */
export const DEFAULT_MAX_SUB_RESULTS = 3;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * An excerpt that is safe to insert as HTML. Pagefind's excerpts are escaped
 * page text with `<mark>` around the matched words; this keeps exactly those
 * marks and existing entities and escapes anything else, so an excerpt can
 * never carry markup even if the index held some.
 */
export function safeExcerpt(html: string): string {
  return html
    .split(/(<\/?mark>)/)
    .map((part) =>
      part === '<mark>' || part === '</mark>'
        ? part
        : part.replace(/&(?!(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});)|[<>"]/gi, (c) => ESCAPES[c] ?? c),
    )
    .join('');
}

/** A same-site path (`/lessons/cors/#x`) or null: results must never link off the site. */
export function safeResultUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const u = url.trim();
  return /^\/(?![/\\])/.test(u) ? u : null;
}

/**
 * The headings to list under a result, like Pagefind's own UI picks them: the
 * page's top section (same URL as the page) is dropped because the row itself
 * stands for it, then the `max` sections with the most matches are kept in
 * page order.
 */
export function displaySubResults(result: ResultData, max = DEFAULT_MAX_SUB_RESULTS): SubResultData[] {
  const subs = Array.isArray(result.sub_results) ? result.sub_results : [];
  const pageUrl = result.meta?.url ?? result.url;
  const sections = subs[0]?.url === pageUrl ? subs.slice(1) : subs;
  if (max <= 0) return [];
  if (sections.length <= max) return sections;
  const keep = new Set([...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, max));
  return sections.filter((s) => keep.has(s));
}

function link(url: string | null, className: string, inner: string): string {
  return url === null ? `<span class="${className}">${inner}</span>` : `<a class="${className}" href="${escapeHtml(url)}">${inner}</a>`;
}

/**
 * The HTML of one result row: title linked to the page with its kind label,
 * the excerpt with matched words marked, and the best headings within the page
 * as sub-results, each with its own excerpt.
 */
export function renderResult(result: ResultData, maxSubResults = DEFAULT_MAX_SUB_RESULTS): string {
  const url = safeResultUrl(result.meta?.url ?? result.url);
  const title = escapeHtml(result.meta?.title?.trim() || result.url || 'Untitled page');
  const kinds = kindLabelsOf(result.filters)
    .map((k) => ` <span class="search-kind" data-kind="${escapeHtml(k.toLowerCase())}">${escapeHtml(k)}</span>`)
    .join('');
  const excerpt = result.excerpt ? `<p class="pf-result-excerpt">${safeExcerpt(result.excerpt)}</p>` : '';
  const subs = displaySubResults(result, maxSubResults)
    .map((s) => {
      const subExcerpt = s.excerpt ? `<p class="pf-heading-excerpt">${safeExcerpt(s.excerpt)}</p>` : '';
      const subTitle = escapeHtml(s.title?.trim() || 'Section');
      return `<li class="pf-heading-chip">${link(safeResultUrl(s.url), 'pf-heading-link', subTitle)}${subExcerpt}</li>`;
    })
    .join('');
  return (
    `<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content">` +
    `<p class="pf-result-title">${link(url, 'pf-result-link', `<span class="search-result-title">${title}</span>${kinds}`)}</p>` +
    `${excerpt}</div></div>` +
    (subs ? `<ul class="pf-heading-chips">${subs}</ul>` : '') +
    `</li>`
  );
}
