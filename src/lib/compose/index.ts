/**
 * Explains a compose file: YAML errors and schema violations with line and
 * column, every key in context, what `docker compose up` creates, findings,
 * and a diagram.
 */
import { bySeverityThenLine, type Finding, type LineNote } from '../files/types.ts';
import { diagram, type SvgNode } from './diagram.ts';
import { composeFindings } from './findings.ts';
import { keyNotes } from './keys.ts';
import { buildModel, type Env } from './model.ts';
import { parseCompose } from './parse.ts';
import { planProject, type ProjectPlan } from './project.ts';
import { schemaFindings } from './validate.ts';

export interface ComposeReport {
  kind: 'compose';
  lines: LineNote[];
  plan: ProjectPlan | null;
  /** `${VAR}` references with what they resolve to (defaults, since we cannot see your shell). */
  variables: { name: string; text: string; line: number; resolved: string; defined: boolean }[];
  findings: Finding[];
  diagram: { svg: SvgNode; description: string[] } | null;
}

export function explainCompose(text: string, opts: { env?: Env; folder?: string } = {}): ComposeReport {
  const p = parseCompose(text);
  if (p.errors.length) {
    const findings = p.errors.map((e): Finding => ({
      rule: 'YamlSyntax',
      severity: 'error',
      line: e.line,
      column: e.column,
      message: e.message,
      why: 'The file is not valid YAML, so Compose cannot read any of it.',
      fix: 'Check the indentation (spaces only, no tabs) and that every `key:` is followed by a space or a new line.',
    }));
    return { kind: 'compose', lines: [], plan: null, variables: [], findings, diagram: null };
  }
  if (typeof p.data !== 'object' || p.data === null || Array.isArray(p.data)) {
    const f: Finding = {
      rule: 'NotAMapping',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'A compose file must be a mapping of keys such as `services:`.',
      why: 'Compose reads the top level as keys and values.',
      fix: 'Start with `services:` and indent each service below it.',
    };
    return { kind: 'compose', lines: [], plan: null, variables: [], findings: [f], diagram: null };
  }
  const data = p.data as Record<string, unknown>;
  const model = buildModel(data, opts.env);
  const plan = planProject(model, opts.folder);
  const findings = [...schemaFindings(data, p), ...composeFindings(model, data, p)];
  if (plan.cycle)
    findings.push({
      rule: 'DependencyCycle',
      severity: 'error',
      ...p.keyPos(['services', plan.cycle[0] ?? '', 'depends_on']),
      message: `depends_on goes round in a circle: ${plan.cycle.join(' → ')}.`,
      why: 'Compose cannot choose which to start first and refuses the file.',
      fix: 'Remove one of the dependencies.',
    });
  const variables = model.vars.map((v) => ({
    name: v.name,
    text: v.text,
    line: p.locate(v.path).line,
    resolved: v.resolved,
    defined: v.defined,
  }));
  return {
    kind: 'compose',
    lines: keyNotes(p, model, plan),
    plan,
    variables,
    findings: findings.sort(bySeverityThenLine),
    diagram: diagram(model, plan),
  };
}
