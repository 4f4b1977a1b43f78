import { describe, expect, it } from 'vitest';
import { codeBlockTransformer, isMistakeMeta, titleFromMeta, wrapCodeBlock } from '../../../src/lib/markdown/code-blocks';

const pre = () => ({ type: 'element' as const, tagName: 'pre', properties: {}, children: [] });

describe('isMistakeMeta', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['mistake', true],
    ['title="x" mistake', true],
    ['mistakes', false],
    ['no-mistake', false],
  ])('%j → %s', (meta, expected) => expect(isMistakeMeta(meta)).toBe(expected));
});

type El = { tagName: string; properties: Record<string, unknown>; children: El[]; value?: string };
const head = (div: El) => div.children[0]!;
const label = (div: El) => head(div).children.find((c) => c.tagName === 'span')!.children[0]!.value;

describe('titleFromMeta', () => {
  it.each([
    [undefined, undefined],
    ['mistake', undefined],
    ['title="Dockerfile"', 'Dockerfile'],
    ["mistake title='compose.yaml'", 'compose.yaml'],
    ['title=""', undefined],
  ])('%j → %j', (meta, expected) => expect(titleFromMeta(meta)).toBe(expected));
});

describe('wrapCodeBlock', () => {
  it('puts a header with the label and a hidden copy button above the pre', () => {
    const div = wrapCodeBlock(pre(), { mistake: false, lang: 'sh' }) as unknown as El;
    expect(div.properties.className).toEqual(['code-block']);
    expect(div.children.map((c) => c.tagName)).toEqual(['div', 'pre']);
    expect(head(div).children.map((c) => c.tagName)).toEqual(['span', 'button']);
    expect(label(div)).toBe('Shell');
    expect(head(div).children[1]!.properties).toMatchObject({ hidden: true, type: 'button' });
  });
  it('frames a console transcript as a terminal and names a file block by its title', () => {
    const term = wrapCodeBlock(pre(), { mistake: false, lang: 'console' }) as unknown as El;
    expect(term.properties.className).toEqual(['code-block', 'is-terminal']);
    expect(label(term)).toBe('Terminal');
    const file = wrapCodeBlock(pre(), { mistake: false, lang: 'dockerfile', title: 'backend-flask/Dockerfile' }) as unknown as El;
    expect(file.properties.className).toEqual(['code-block', 'has-title']);
    expect(label(file)).toBe('backend-flask/Dockerfile');
  });
  it('marks a mistake block with a visible label', () => {
    const div = wrapCodeBlock(pre(), true) as unknown as El;
    expect(div.properties.className).toEqual(['code-block', 'is-mistake']);
    expect(head(div).children.map((c) => c.tagName)).toEqual(['p', 'span', 'button']);
    expect(div.children[1]!.properties['data-mistake']).toBe('');
  });
});

describe('codeBlockTransformer', () => {
  it('replaces top-level pre elements and leaves other nodes', () => {
    const root = { type: 'root' as const, children: [pre(), { type: 'text', value: '\n' }] };
    codeBlockTransformer().root.call({ options: { meta: { __raw: 'mistake' } } }, root);
    expect((root.children[0] as { tagName: string }).tagName).toBe('div');
    expect(root.children[1]).toEqual({ type: 'text', value: '\n' });
  });
});
