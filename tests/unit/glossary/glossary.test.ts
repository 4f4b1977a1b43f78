import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFirstUses, GLOSSARY_FILE, parseGlossary, type GlossaryTerm } from '../../../src/lib/glossary/glossary';
import { glossaryLinks, headingAnchors, inlineCodeNowrap, type VisitContext } from '../../../src/lib/markdown/lesson-plugins';

const terms: GlossaryTerm[] = [
  { id: 'volume', term: 'Volume', forms: ['volume', 'volumes'], lesson: 'volumes', definition: 'd' },
  { id: 'named-volume', term: 'Named volume', forms: ['named volume'], lesson: 'volumes', definition: 'd' },
  { id: 'image', term: 'Image', forms: ['image', 'images'], lesson: 'x', definition: 'd' },
];

describe('parseGlossary', () => {
  it("reads the project's glossary", () => {
    const all = parseGlossary(readFileSync(GLOSSARY_FILE, 'utf8'));
    expect(all.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'image',
        'container',
        'layer',
        'tag',
        'registry',
        'build-context',
        'bind-mount',
        'named-volume',
        'service',
        'network',
      ]),
    );
  });
  it('names the file and field of every problem', () => {
    expect(() => parseGlossary('- id: Bad Id\n  term: ""\n  forms: []\n  lesson: x\n  definition: y\n  extra: 1\n', 'g.yaml')).toThrow(
      /g\.yaml: field "0\.extra" is not a glossary field[\s\S]*g\.yaml: field "0\.term" is "" \(expected a non-empty string\)[\s\S]*field "0\.id" is "Bad Id"[\s\S]*field "0\.forms" is \[\]/,
    );
    expect(() => parseGlossary('a: [', 'g.yaml')).toThrow(/g\.yaml: not valid YAML/);
    expect(() => parseGlossary('a: 1', 'g.yaml')).toThrow(/expected a list of terms/);
  });
});

describe('findFirstUses', () => {
  it('prefers the longest form, matches whole words in any case, once per term', () => {
    const text = 'A Named volume is a volume; images use an image.';
    expect(findFirstUses(text, terms, new Set())).toEqual([
      { id: 'named-volume', start: 2, end: 14 },
      { id: 'volume', start: 20, end: 26 },
      { id: 'image', start: 28, end: 34 },
    ]);
  });
  it('skips terms already used and parts of other words', () => {
    expect(findFirstUses('imagery and volume-mount', terms, new Set())).toEqual([]);
    expect(findFirstUses('an image', terms, new Set(['image']))).toEqual([]);
  });
});

/** A tiny hast tree and the context functions the plugins use. */
function tree() {
  const parents = new Map<object, object>();
  const ctx: VisitContext & { replaced: unknown[]; wrapped: unknown[]; props: [string, unknown][] } = {
    replaced: [],
    wrapped: [],
    props: [],
    textContent: (n) => (n.value ?? '') + (n.children ?? []).map((c) => ctx.textContent(c)).join(''),
    setProperty: (_n, k, v) => ctx.props.push([k, v]),
    appendChild: () => undefined,
    replaceNode: (_n, r) => ctx.replaced.push(r),
    wrapNode: (_n, w) => ctx.wrapped.push(w),
    parent: (n) => parents.get(n) as never,
  };
  const link = <T extends object>(child: T, parent: object): T => {
    parents.set(child, parent);
    return child;
  };
  return { ctx, link };
}

describe('lesson plugins', () => {
  it('links the first use of a term in prose, and only there', () => {
    const { ctx, link } = tree();
    const plugin = glossaryLinks(terms)();
    const p = { type: 'element', tagName: 'p' };
    const code = link({ type: 'element', tagName: 'code' }, p);
    plugin.text(link({ type: 'text', value: 'an image here' }, code), ctx);
    expect(ctx.replaced).toEqual([]);
    plugin.text(link({ type: 'text', value: 'an image here' }, p), ctx);
    expect(ctx.replaced[0]).toEqual([
      { type: 'text', value: 'an ' },
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['glossary-link'], href: '/glossary/#image' },
        children: [{ type: 'text', value: 'image' }],
      },
      { type: 'text', value: ' here' },
    ]);
    plugin.text(link({ type: 'text', value: 'another image' }, p), ctx);
    expect(ctx.replaced).toHaveLength(1);
  });
  it('gives headings the slugs Astro gives, and a link beside h2 and h3', () => {
    const { ctx } = tree();
    const plugin = headingAnchors()();
    const h2 = { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'Cleaning up with --rm' }] };
    plugin.element.visit(h2, ctx);
    plugin.element.visit({ ...h2, properties: {} }, ctx);
    expect(ctx.props).toEqual([
      ['id', 'cleaning-up-with---rm'],
      ['id', 'cleaning-up-with---rm-1'],
    ]);
    expect(JSON.stringify(ctx.wrapped[0])).toContain('"href":"#cleaning-up-with---rm"');
    plugin.element.visit({ type: 'element', tagName: 'h4', properties: { id: 'kept' }, children: [] }, ctx);
    expect(ctx.wrapped).toHaveLength(2);
  });
  it('keeps short inline code on one line', () => {
    const { ctx, link } = tree();
    const p = { type: 'element', tagName: 'p' };
    inlineCodeNowrap().element.visit(link({ type: 'element', tagName: 'code', children: [{ type: 'text', value: '--rm' }] }, p), ctx);
    inlineCodeNowrap().element.visit(
      link({ type: 'element', tagName: 'code', children: [{ type: 'text', value: 'x'.repeat(40) }] }, p),
      ctx,
    );
    expect(ctx.props).toEqual([['className', ['nowrap']]]);
  });
});
