/**
 * Schema errors from the precompiled Compose Specification validator, turned
 * into messages with the line and column of the offending key or value.
 */
import validate from 'virtual:compose-validator';
import { finding, type Finding } from '../files/types';
import type { ParsedCompose, Path } from './parse';

export function schemaFindings(data: unknown, p: ParsedCompose): Finding[] {
  if (validate(data)) return [];
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const e of validate.errors ?? []) {
    const path: Path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const where = path.length ? `\`${path.join('.')}\`` : 'the top level';
    let message: string;
    let at: { line: number; column: number };
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      at = p.keyPos([...path, key]);
      message = `\`${key}\` is not a Compose key allowed in ${where}.`;
    } else {
      at = p.locate(path);
      message = `${where} ${e.message ?? 'is invalid'}${e.keyword === 'enum' ? `: ${JSON.stringify(e.params.allowedValues)}` : ''}.`;
    }
    const k = `${at.line}:${message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(finding('SchemaViolation', 'error', at, message, 'The Compose Specification does not allow this, so `docker compose` refuses the file.', e.keyword === 'additionalProperties' ? 'Check the spelling and the indentation: the key may belong one level up or down.' : 'Check the value\'s type and format against the Compose reference.'));
  }
  return out;
}
