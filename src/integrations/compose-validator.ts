/**
 * Compiles the Compose Specification schema into a standalone validator at
 * build time and serves it as `virtual:compose-validator`. The browser then
 * runs plain generated code: Ajv's runtime compiler would need `new Function`,
 * which the site's CSP (no 'unsafe-eval') forbids.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const ID = 'virtual:compose-validator';
const RESOLVED = '\0' + ID;
const SCHEMA = fileURLToPath(new URL('../lib/compose/schema/compose-spec.json', import.meta.url));

export function composeValidatorSource(): string {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
  // The file names draft-07 by its https URL, which Ajv does not know; Ajv's default is draft-07 anyway.
  delete schema.$schema;
  dropAnnotations(schema);
  // allErrors stays off: the first error per location is what a learner needs, and it halves the code.
  const ajv = new Ajv({ code: { source: true, esm: true, optimize: true }, strict: false, messages: false, inlineRefs: false });
  const code = standaloneCode(ajv, ajv.compile(schema));
  // Ajv's ESM output still pulls its deep-equal helper with require(); make it an import for Vite.
  return code.replace(/const (\w+) = require\("ajv\/dist\/runtime\/equal"\)\.default;/, 'import $1 from "ajv/dist/runtime/equal.js";');
}

/** Descriptions and titles only annotate; the generated code embeds the schema, so they would ship for nothing. */
function dropAnnotations(node: unknown): void {
  if (Array.isArray(node)) node.forEach(dropAnnotations);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    for (const k of ['description', 'title', 'deprecated']) if (typeof o[k] === 'string' || typeof o[k] === 'boolean') delete o[k];
    Object.values(o).forEach(dropAnnotations);
  }
}

/** A Vite plugin: Astro's build and Vitest both use it. */
export function composeValidator() {
  return {
    name: 'compose-validator',
    resolveId(id: string) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id: string) {
      return id === RESOLVED ? composeValidatorSource() : undefined;
    },
  };
}
