/**
 * A Shiki transformer that gives every highlighted code block what the lessons
 * need around it: a wrapper for positioning, a copy button (hidden until the
 * site script enables it, so it never appears where it cannot work), and a
 * visible "mistake" mark for blocks whose fence says ```sh mistake.
 *
 * Kept free of Shiki imports: it only needs the shape of the hast nodes, so the
 * unit test can call it with plain objects.
 */

interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
interface HastText {
  type: 'text';
  value: string;
}
type HastNode = HastElement | HastText | { type: string; children?: HastNode[] };
interface HastRoot {
  type: 'root';
  children: HastNode[];
}

/** True when a code fence's meta string marks the block as showing a mistake. */
export function isMistakeMeta(meta: string | undefined): boolean {
  return /(^|\s)mistake(\s|$)/.test(meta ?? '');
}

/** Wraps a `<pre>` in the code-block figure with its copy button. */
export function wrapCodeBlock(pre: HastElement, mistake: boolean): HastElement {
  if (mistake) pre.properties['data-mistake'] = '';
  const children: HastNode[] = [];
  if (mistake) {
    children.push({
      type: 'element',
      tagName: 'p',
      properties: { className: ['code-mistake-label'] },
      children: [{ type: 'text', value: 'Mistake: this does not work as intended' }],
    });
  }
  children.push(pre, {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['copy-button'], hidden: true, 'data-pagefind-ignore': '' },
    children: [{ type: 'text', value: 'Copy' }],
  });
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: mistake ? ['code-block', 'is-mistake'] : ['code-block'] },
    children,
  };
}

/** The transformer for `markdown.shikiConfig.transformers`. */
export function codeBlockTransformer() {
  return {
    name: 'container-notes:code-blocks',
    root(this: { options: { meta?: { __raw?: string } } }, root: HastRoot) {
      const mistake = isMistakeMeta(this.options.meta?.__raw);
      root.children = root.children.map((node) =>
        node.type === 'element' && (node as HastElement).tagName === 'pre' ? wrapCodeBlock(node as HastElement, mistake) : node,
      );
    },
  };
}
