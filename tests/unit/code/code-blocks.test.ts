import { describe, expect, it } from 'vitest';
import { codeBlockTransformer, isMistakeMeta, wrapCodeBlock } from '../../../src/lib/markdown/code-blocks';

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

describe('wrapCodeBlock', () => {
  it('wraps the pre with a hidden copy button', () => {
    const div = wrapCodeBlock(pre(), false);
    expect(div.properties.className).toEqual(['code-block']);
    expect(div.children.map((c) => (c as { tagName: string }).tagName)).toEqual(['pre', 'button']);
    expect((div.children[1] as { properties: Record<string, unknown> }).properties).toMatchObject({ hidden: true, type: 'button' });
  });
  it('marks a mistake block with a visible label', () => {
    const div = wrapCodeBlock(pre(), true);
    expect(div.properties.className).toEqual(['code-block', 'is-mistake']);
    expect(div.children.map((c) => (c as { tagName: string }).tagName)).toEqual(['p', 'pre', 'button']);
    expect((div.children[1] as { properties: Record<string, unknown> }).properties['data-mistake']).toBe('');
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
