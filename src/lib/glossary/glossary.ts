/**
 * The glossary (`content/glossary.yaml`): terms with our own definitions, used
 * by /glossary/ and by the hast plugin that links a term's first use in each
 * lesson. Pure: parsing and checks, with messages naming the file and field.
 */
import { parse } from 'yaml';

export interface GlossaryTerm {
  id: string;
  term: string;
  /** Words that link to the term, matched as whole words in any case. */
  forms: string[];
  lesson: string;
  definition: string;
}

export const GLOSSARY_FILE = 'content/glossary.yaml';

/** Parses and checks the glossary text; throws one error listing every problem. */
export function parseGlossary(text: string, file = GLOSSARY_FILE): GlossaryTerm[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of terms`);
  const errors: string[] = [];
  const ids = new Set<string>();
  const terms: GlossaryTerm[] = [];
  data.forEach((entry: unknown, i) => {
    const at = (field: string) => `${file}: field "${i}.${field}"`;
    if (typeof entry !== 'object' || entry === null) {
      errors.push(`${file}: entry ${i} is not a mapping`);
      return;
    }
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e))
      if (!['id', 'term', 'forms', 'lesson', 'definition'].includes(key)) errors.push(`${at(key)} is not a glossary field`);
    const str = (field: string) => {
      const v = e[field];
      if (typeof v !== 'string' || v.trim() === '')
        errors.push(`${at(field)} is ${v === undefined ? 'missing' : JSON.stringify(v)} (expected a non-empty string)`);
      return typeof v === 'string' ? v.trim() : '';
    };
    const id = str('id');
    const term = str('term');
    const lesson = str('lesson');
    const definition = str('definition');
    if (id && !/^[a-z][a-z0-9-]*$/.test(id)) errors.push(`${at('id')} is "${id}" (expected lowercase letters, digits and hyphens)`);
    if (ids.has(id)) errors.push(`${at('id')} is "${id}", used by an earlier term`);
    ids.add(id);
    const forms = e.forms;
    if (!Array.isArray(forms) || forms.length === 0 || !forms.every((f) => typeof f === 'string' && f.trim() !== '')) {
      errors.push(`${at('forms')} is ${JSON.stringify(forms)} (expected a list of words)`);
    }
    terms.push({ id, term, lesson, definition, forms: Array.isArray(forms) ? forms.map(String) : [] });
  });
  if (errors.length) throw new Error(`Broken glossary:\n  - ${errors.join('\n  - ')}`);
  return terms;
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the first use of each term not in `used` within `text`, as whole words,
 * longest forms first (so "named volume" wins over "volume"). Returns the
 * matches in text order, without overlaps.
 */
export function findFirstUses(text: string, terms: readonly GlossaryTerm[], used: ReadonlySet<string>): TermMatch[] {
  const found: TermMatch[] = [];
  const forms = terms
    .filter((t) => !used.has(t.id))
    .flatMap((t) => t.forms.map((form) => ({ id: t.id, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken = new Set<string>();
  for (const { id, form } of forms) {
    if (taken.has(id)) continue;
    const re = new RegExp(`(?<![\\w-])${escape(form)}(?![\\w-])`, 'gi');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ id, start, end });
      taken.add(id);
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
