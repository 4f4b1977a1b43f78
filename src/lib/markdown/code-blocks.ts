/**
 * A Shiki transformer that gives every highlighted code block what the lessons
 * need around it: a header that says what the block is (a terminal for
 * ```console, the file for ```dockerfile title="Dockerfile", else the
 * language), a copy button in that header (hidden until the site script
 * enables it, so it never appears where it cannot work, and never over code),
 * and a visible "mistake" mark for blocks whose fence says ```sh mistake.
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

/** `title="Dockerfile"` (or `title='…'`) in a fence's meta: the file the block shows. */
export function titleFromMeta(meta: string | undefined): string | undefined {
  const m = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (m?.[1] ?? m?.[2])?.trim();
  return title ? title : undefined;
}

/** Labels for fences without a title: what a reader would call the block. */
const LANGUAGE_LABELS: Record<string, string> = {
  console: 'Terminal',
  sh: 'Shell',
  bash: 'Shell',
  shell: 'Shell',
  dockerfile: 'Dockerfile',
  docker: 'Dockerfile',
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  python: 'Python',
  py: 'Python',
  js: 'JavaScript',
  javascript: 'JavaScript',
  jsx: 'JSX',
  ts: 'TypeScript',
  http: 'HTTP',
  ini: 'INI',
  nginx: 'nginx',
  text: 'Text',
  txt: 'Text',
};

export interface BlockInfo {
  mistake: boolean;
  /** The fence's language (`console`, `sh`, …). */
  lang?: string;
  /** A file name from `title="…"`. */
  title?: string;
}

const text = (value: string): HastText => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: HastNode[]): HastElement => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * Wraps a `<pre>` in the code-block frame: a header with what the block is (a
 * terminal, a file, a language) and the copy button, so the button never sits
 * on top of code, then the code. A mistake block says so in its header.
 */
export function wrapCodeBlock(pre: HastElement, info: BlockInfo | boolean): HastElement {
  const { mistake, lang, title } = typeof info === 'boolean' ? { mistake: info } : info;
  if (mistake) pre.properties['data-mistake'] = '';
  const terminal = lang === 'console' && !title;
  const label = title ?? (lang ? (LANGUAGE_LABELS[lang] ?? lang) : 'Code');
  const head: HastNode[] = [];
  if (mistake) head.push(el('p', { className: ['code-mistake-label'] }, [text('Mistake: this does not work as intended')]));
  head.push(el('span', { className: [title ? 'code-title is-file' : 'code-title'] }, [text(label)]));
  const classes = ['code-block'];
  if (mistake) classes.push('is-mistake');
  if (terminal) classes.push('is-terminal');
  if (title) classes.push('has-title');
  return el('div', { className: classes }, [
    el('div', { className: ['code-head'], 'data-pagefind-ignore': '' }, [
      ...head,
      el('button', { type: 'button', className: ['copy-button'], hidden: true, 'data-pagefind-ignore': '' }, [text('Copy')]),
    ]),
    pre,
  ]);
}

/** The transformer for `markdown.shikiConfig.transformers`. */
export function codeBlockTransformer() {
  return {
    name: 'container-notes:code-blocks',
    root(this: { options: { lang?: string; meta?: { __raw?: string } } }, root: HastRoot) {
      const raw = this.options.meta?.__raw;
      const info: BlockInfo = { mistake: isMistakeMeta(raw), lang: this.options.lang, title: titleFromMeta(raw) };
      root.children = root.children.map((node) =>
        node.type === 'element' && (node as HastElement).tagName === 'pre' ? wrapCodeBlock(node as HastElement, info) : node,
      );
    },
  };
}
