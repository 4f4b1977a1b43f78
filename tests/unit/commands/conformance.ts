/**
 * Reads the shared conformance corpus (../shared/conformance/docker-commands,
 * beside the project, as in CI). The files are public data that stay there:
 * nothing is copied into the project. Absent folder: callers skip, saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CONFORMANCE = resolve(process.cwd(), '../shared/conformance/docker-commands');
export const HAVE_CONFORMANCE = existsSync(join(CONFORMANCE, 'real-commands.tsv'));
export const SKIP_NOTE = 'skipped: ../shared/conformance not found';

/** Rows of a TSV file with a header line; a JSON-quoted first column (multi-line commands) is decoded. */
export function readTsv(name: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(CONFORMANCE, name), 'utf8').split('\n');
  const keys = head!.split('\t');
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const cells = l.split('\t');
      const row = Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']));
      if (row.command!.startsWith('"')) row.command = JSON.parse(row.command!) as string;
      return row;
    });
}

export interface TruthCommand {
  aliases: string[];
  flags: Record<string, { short: string | null; type: string }>;
}

export function readTruth(): Record<string, TruthCommand> {
  return (JSON.parse(readFileSync(join(CONFORMANCE, 'docker-cli-truth.json'), 'utf8')) as { commands: Record<string, TruthCommand> })
    .commands;
}
