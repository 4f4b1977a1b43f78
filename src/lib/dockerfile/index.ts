/**
 * Explains a Dockerfile: each instruction in context, the stages, what the
 * final image runs, and findings named after Docker's build checks.
 */
import { bySeverityThenLine, type Finding, type LineNote } from '../files/types.ts';
import { walk } from './analyze.ts';
import { buildChecks } from './build-checks.ts';
import { combine, type FinalCommand } from './command.ts';
import { describeImage } from './image-ref.ts';
import { lintRules } from './lint-rules.ts';
import { parseDockerfile } from './parse.ts';
import { rootImage, stageLabel } from './state.ts';

export interface StageSummary {
  index: number;
  name: string | null;
  line: number;
  base: string;
  /** "repository `python` (…), tag `3.12-slim` (…)" or the parent stage. */
  baseText: string;
  workdir: string;
  user: string;
  env: Record<string, string>;
  exposes: string[];
  final: boolean;
}

export interface DockerfileReport {
  kind: 'dockerfile';
  lines: LineNote[];
  stages: StageSummary[];
  finalCommand: FinalCommand | null;
  findings: Finding[];
}

export function explainDockerfile(text: string): DockerfileReport {
  const parsed = parseDockerfile(text);
  const w = walk(parsed.instructions);
  const findings = [...w.findings, ...buildChecks(w), ...lintRules(w)].sort(bySeverityThenLine);
  if (!w.stages.length) {
    findings.unshift({
      rule: 'NoFrom',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'There is no FROM instruction.',
      why: 'Every Dockerfile starts its image from a base with FROM.',
      fix: 'Start with e.g. `FROM python:3.12-slim`.',
    });
  }
  const lines: LineNote[] = w.steps.map((s, i) => ({
    line: s.instr.line,
    endLine: s.instr.endLine,
    label: s.instr.keyword,
    text: s.instr.source,
    notes:
      w.stages.length > 1 && s.stage >= 0 && s.instr.keyword !== 'FROM'
        ? [...(w.notes[i] ?? []), `(${stageLabel(w.stages[s.stage]!)})`]
        : (w.notes[i] ?? []),
  }));
  const last = w.stages[w.stages.length - 1];
  const finalCommand = last
    ? combine({ entrypoint: last.entrypoint, cmd: last.cmd, baseImage: rootImage(last), workdir: last.workdir, user: last.user })
    : null;
  if (finalCommand && last && !last.entrypoint && last.cmd && rootImage(last)) {
    finalCommand.notes.push(`If the base image \`${rootImage(last)}\` sets an ENTRYPOINT, it runs with this CMD as its arguments.`);
  }
  const stages = w.stages.map((s, i): StageSummary => ({
    index: s.index,
    name: s.name,
    line: s.line,
    base: s.base,
    baseText: s.parent
      ? `the result of ${stageLabel(s.parent)}`
      : s.scratch
        ? 'an empty image (`scratch`)'
        : s.image
          ? describeImage(s.image)
          : s.base,
    workdir: s.workdir,
    user: s.user ?? 'root',
    env: Object.fromEntries(s.env),
    exposes: s.exposes,
    final: i === w.stages.length - 1,
  }));
  return { kind: 'dockerfile', lines, stages, finalCommand, findings };
}

export { parseImageRef, describeImage } from './image-ref.ts';
