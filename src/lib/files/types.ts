/** What the Dockerfile and Compose explainers share: findings and positions. */

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Docker's build-check name where one exists (`JSONArgsRecommended`), else ours. */
  rule: string;
  severity: Severity;
  /** 1-based line and column in the pasted text. */
  line: number;
  column: number;
  message: string;
  why: string;
  fix: string;
}

/** One instruction or key, explained in the context of what came before it. */
export interface LineNote {
  line: number;
  endLine: number;
  /** The instruction keyword (`COPY`) or the key path (`services.web.ports`). */
  label: string;
  /** The source text, as written (continuation lines joined). */
  text: string;
  notes: string[];
}

export function finding(
  rule: string,
  severity: Severity,
  at: { line: number; column: number },
  message: string,
  why: string,
  fix: string,
): Finding {
  return { rule, severity, line: at.line, column: at.column, message, why, fix };
}

export function bySeverityThenLine(a: Finding, b: Finding): number {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return rank[a.severity] - rank[b.severity] || a.line - b.line || a.column - b.column;
}
