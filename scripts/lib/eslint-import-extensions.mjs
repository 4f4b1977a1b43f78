// @ts-check
// ESLint rule `local/import-extensions`: a relative import names the file it
// imports, extension included (`./explain.ts`, `./chromium.mjs`). Node needs
// that wherever it loads our code itself: the .mjs scripts, and src/lib/**,
// which scripts run through Node's type stripping (scripts/build-sessions.mjs
// imports src/lib/sessions/*). eslint.config.mjs turns it on there; code that
// Vite, Vitest or Playwright load may leave the extension out. `eslint --fix`
// adds a missing extension when exactly one file matches.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Extensions tried, in order, for an import written without one. */
const TRY = ['.ts', '.mjs', '.js', '.astro', '.json'];

/** @param {string} path */
const isFile = (path) => existsSync(path) && statSync(path).isFile();

/**
 * What an import specifier should be, seen from `fromFile`: undefined when it
 * is fine (not relative, or names an existing file), otherwise the fixed
 * specifier, or null when no file matches at all.
 * @param {string} specifier
 * @param {string} fromFile
 * @returns {string | null | undefined}
 */
export function expectedSpecifier(specifier, fromFile) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  // Vite's suffixes (`?url`, `?raw`) are not part of the file name.
  const [path = specifier, query] = specifier.split('?', 2);
  const base = resolve(dirname(fromFile), path);
  if (isFile(base)) return undefined;
  const suffix = query === undefined ? '' : `?${query}`;
  const found = TRY.filter((ext) => isFile(base + ext));
  if (found.length === 1) return `${path}${found[0]}${suffix}`;
  const index = TRY.filter((ext) => isFile(resolve(base, `index${ext}`)));
  if (found.length === 0 && index.length === 1) return `${path.replace(/\/$/, '')}/index${index[0]}${suffix}`;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const importExtensions = {
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: { description: 'Relative imports name the file they import, extension included.' },
    messages: {
      extension: "Write the file's extension: '{{expected}}'.",
      missing: "'{{specifier}}' names no file (tried {{tried}}).",
    },
    schema: [],
  },
  create(context) {
    /** @param {any} source */
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const expected = expectedSpecifier(source.value, context.filename);
      if (expected === undefined) return;
      if (expected === null) {
        context.report({ node: source, messageId: 'missing', data: { specifier: source.value, tried: TRY.join(' ') } });
        return;
      }
      const quote = source.raw?.[0] ?? "'";
      context.report({
        node: source,
        messageId: 'extension',
        data: { expected },
        fix: (fixer) => fixer.replaceText(source, `${quote}${expected}${quote}`),
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
