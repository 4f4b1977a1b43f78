/**
 * Sätteri hast plugins for lessons (registered in astro.config.mjs):
 * - `headingAnchors`: every h2/h3 gets its id now (the same slugs Astro would
 *   give, so the table of contents and links agree) and a `#` link beside it
 *   (CSS draws the `#`; the link's text is for screen readers). The link is
 *   outside the heading, so heading texts, the table of contents and search
 *   stay clean.
 * - `glossaryLinks`: the first use of each glossary term in a lesson's prose
 *   links to /glossary/#term. Never inside code, links, headings or buttons.
 * Kept free of Sätteri imports: the visitor context is described structurally,
 * as in code-blocks.ts, so unit tests can drive the plugins with plain objects.
 */
import GithubSlugger from 'github-slugger';
import { findFirstUses, type GlossaryTerm } from '../glossary/glossary.ts';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}
export interface VisitContext {
  textContent(node: Node): string;
  setProperty(node: Node, key: string, value: unknown): void;
  appendChild(node: Node, child: Node | Node[]): void;
  wrapNode(node: Node, wrapper: Node): void;
  replaceNode(node: Node, replacement: Node | Node[]): void;
  parent(node: Node): Node | undefined;
}

export function headingAnchors() {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'container-notes:heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node: Node, ctx: VisitContext) {
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
          // div > [heading, link]: the link sits beside the heading, not in it,
          // so a screen reader's heading list reads the title alone.
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
                children: [
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { className: ['visually-hidden'] },
                    children: [{ type: 'text', value: `Section titled ${ctx.textContent(node)}` }],
                  },
                ],
              },
            ],
          });
        },
      },
    };
  };
}

/** Inline code this short never breaks across lines (a flag split at its hyphen reads as two flags). */
export const NOWRAP_MAX = 28;

/** Inline `code` of up to NOWRAP_MAX characters gets the class `nowrap`; longer code may wrap anywhere. */
export function inlineCodeNowrap() {
  return {
    name: 'container-notes:inline-code',
    element: {
      filter: ['code'],
      visit(node: Node, ctx: VisitContext) {
        if (ctx.parent(node)?.tagName === 'pre') return;
        if (ctx.textContent(node).length <= NOWRAP_MAX) ctx.setProperty(node, 'className', ['nowrap']);
      },
    },
  };
}

const SKIP = new Set([
  'a',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'summary',
  'kbd',
  'script',
  'style',
  'svg',
  'table',
]);
const PROSE = new Set(['p', 'li']);

/** True when the text sits in a paragraph or list item and under none of the SKIP elements. */
function inProse(node: Node, ctx: VisitContext): boolean {
  let prose = false;
  for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
    const tag =
      p.tagName ?? (p.type === 'mdxJsxFlowElement' || p.type === 'mdxJsxTextElement' ? `jsx:${(p as { name?: string }).name}` : undefined);
    if (!tag) continue;
    if (SKIP.has(tag)) return false;
    // A callout's title paragraph, the summary box: link in running text only.
    if (tag === 'jsx:Summary') return false;
    if (PROSE.has(tag)) prose = true;
  }
  return prose;
}

export function glossaryLinks(terms: readonly GlossaryTerm[]) {
  return () => {
    const used = new Set<string>();
    return {
      name: 'container-notes:glossary-links',
      text(node: Node, ctx: VisitContext) {
        const text = node.value ?? '';
        if (used.size === terms.length || !text.trim() || !inProse(node, ctx)) return;
        const matches = findFirstUses(text, terms, used);
        if (matches.length === 0) return;
        const parts: Node[] = [];
        let at = 0;
        for (const m of matches) {
          used.add(m.id);
          if (m.start > at) parts.push({ type: 'text', value: text.slice(at, m.start) });
          parts.push({
            type: 'element',
            tagName: 'a',
            properties: { className: ['glossary-link'], href: `/glossary/#${m.id}` },
            children: [{ type: 'text', value: text.slice(m.start, m.end) }],
          });
          at = m.end;
        }
        if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
        ctx.replaceNode(node, parts);
      },
    };
  };
}
