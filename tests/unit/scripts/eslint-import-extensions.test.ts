/**
 * The lint rule for relative import extensions, run by ESLint's RuleTester
 * over code "written" in a real file of this project, so resolution sees the
 * real neighbours of src/lib/search/result.ts.
 */
import { RuleTester } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectedSpecifier, importExtensions } from '../../../scripts/lib/eslint-import-extensions.mjs';

const FILE = fileURLToPath(new URL('../../../src/lib/search/result.ts', import.meta.url));
RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });

tester.run('import-extensions', importExtensions, {
  valid: [
    { code: "import { KINDS } from './kinds.ts';", filename: FILE },
    { code: "import { z } from 'zod';", filename: FILE },
    { code: "import { readFile } from 'node:fs';", filename: FILE },
    { code: "export * from './kinds.ts';", filename: FILE },
    { code: "const m = import('../replay/engine.ts');", filename: FILE },
  ],
  invalid: [
    {
      code: "import { KINDS } from './kinds';",
      filename: FILE,
      errors: [{ messageId: 'extension' }],
      output: "import { KINDS } from './kinds.ts';",
    },
    {
      code: 'export { x } from "../replay/engine";',
      filename: FILE,
      errors: [{ messageId: 'extension' }],
      output: 'export { x } from "../replay/engine.ts";',
    },
    {
      code: "const m = import('./kinds');",
      filename: FILE,
      errors: [{ messageId: 'extension' }],
      output: "const m = import('./kinds.ts');",
    },
    { code: "import x from './no-such-module';", filename: FILE, errors: [{ messageId: 'missing' }] },
  ],
});

describe('expectedSpecifier', () => {
  it.each([
    ['./kinds', './kinds.ts'],
    ['./kinds.ts', undefined],
    ['./kinds?raw', './kinds.ts?raw'],
    ['../../../scripts/lib/child', '../../../scripts/lib/child.mjs'],
    ['astro', undefined],
    ['./nope', null],
  ])('%s → %s', (specifier, expected) => {
    expect(expectedSpecifier(specifier, FILE)).toBe(expected);
  });
});
