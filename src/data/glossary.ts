// The glossary terms, read once per build (src/lib/glossary/glossary.ts checks them).
import { readFileSync } from 'node:fs';
import { GLOSSARY_FILE, parseGlossary, type GlossaryTerm } from '../lib/glossary/glossary';

let terms: GlossaryTerm[] | undefined;
export function getGlossary(): GlossaryTerm[] {
  terms ??= parseGlossary(readFileSync(GLOSSARY_FILE, 'utf8'));
  return terms;
}
