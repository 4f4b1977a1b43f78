/**
 * Schema errors from the precompiled Compose Specification validator, turned
 * into messages with the line and column of the offending key or value.
 */
import validate from 'virtual:compose-validator';
import { finding, type Finding } from '../files/types.ts';
import type { ParsedCompose, Path } from './parse.ts';

export function schemaFindings(data: unknown, p: ParsedCompose): Finding[] {
  if (validate(data)) return [];
  const seen = new Set<string>();
  const out: Finding[] = [];
  // Inside oneOf/anyOf Ajv reports every branch that failed; the deepest path is the one the learner meant.
  const errors = validate.errors ?? [];
  const depth = Math.max(...errors.map((e) => e.instancePath.split('/').length));
  for (const e of errors.filter((x) => x.instancePath.split('/').length === depth)) {
    const path: Path = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const where = path.length ? `\`${path.join('.')}\`` : 'the top level';
    let message: string;
    let at: { line: number; column: number };
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      at = p.keyPos([...path, key]);
      message = `\`${key}\` is not a Compose key allowed in ${where}.`;
    } else {
      at = p.locate(path);
      message = `${where} ${describe(e.keyword, e.params)}.`;
    }
    const k = `${at.line}:${message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(
      finding(
        'SchemaViolation',
        'error',
        at,
        message,
        'The Compose Specification does not allow this, so `docker compose` refuses the file.',
        e.keyword === 'additionalProperties'
          ? 'Check the spelling and the indentation: the key may belong one level up or down.'
          : "Check the value's type and format against the Compose reference.",
      ),
    );
  }
  return out;
}

/** Our wording for Ajv's error keywords (the generated code carries no messages, to stay small). */
function describe(keyword: string, params: Record<string, unknown>): string {
  const list = (v: unknown) => (Array.isArray(v) ? v : String(v).split(',')).map((x) => `\`${x}\``).join(' or ');
  switch (keyword) {
    case 'type':
      return `must be ${String(params.type)
        .split(',')
        .map((t) => (t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : `a ${t}`))
        .join(' or ')}`;
    case 'enum':
      return `must be one of ${list(params.allowedValues)}`;
    case 'required':
      return `needs the key \`${String(params.missingProperty)}\``;
    case 'uniqueItems':
      return 'has the same item twice';
    case 'minItems':
      return `needs at least ${String(params.limit)} item(s)`;
    case 'pattern':
    case 'format':
      return 'is not in the expected format';
    case 'minimum':
    case 'maximum':
      return `must be ${keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`;
    case 'oneOf':
    case 'anyOf':
      return 'matches none of the forms this key accepts';
    default:
      return 'is not valid here';
  }
}
