/**
 * The explainer over real command lines (Docker's reference, tldr pages,
 * official images' READMEs) and real mistakes from issue threads, read from
 * ../shared/conformance. Bars: ≥ 98 % fully explained, none misparsed (a
 * flag that the independent docker-cli-truth.json does not know for that
 * command), none throwing, and every mistake flagged with the right problem.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/commands/explain';
import { explainData } from './helpers';
import { HAVE_CONFORMANCE, readTruth, readTsv, SKIP_NOTE } from './conformance';
import type { Explanation } from '../../../src/lib/commands/explain';

const data = explainData();

/** Why a line is not fully explained, or '' when it is. */
function shortfall(e: Explanation): string {
  const problems = e.messages.filter((m) => m.severity !== 'note').map((m) => `${m.code}: ${m.text}`);
  const unknown = e.parts.filter((p) => p.kind === 'unknown').map((p) => `not understood: ${p.text}`);
  const none = e.commands.length === 0 ? ['no docker command recognised'] : [];
  return [...problems, ...unknown, ...none].join('; ');
}

describe.skipIf(!HAVE_CONFORMANCE)('real-commands.tsv', () => {
  const rows = HAVE_CONFORMANCE ? readTsv('real-commands.tsv') : [];
  const truth = HAVE_CONFORMANCE ? readTruth() : {};
  // Every name the truth file knows a command by, to its flag table.
  const flagsOf = new Map<string, Set<string>>();
  for (const [name, t] of Object.entries(truth)) {
    const flags = new Set(Object.keys(t.flags));
    for (const n of [name, ...t.aliases]) flagsOf.set(n, new Set([...(flagsOf.get(n) ?? []), ...flags]));
  }

  it('reads the corpus', () => {
    expect(rows.length).toBeGreaterThan(800);
  });

  it('never throws, and explains at least 98 % fully', () => {
    const misses: string[] = [];
    for (const { command } of rows) {
      const why = shortfall(explain(command!, data));
      if (why) misses.push(`${command}\n    ${why}`);
    }
    const share = 1 - misses.length / rows.length;
    if (share < 0.98 || process.env.CORPUS_REPORT)
      console.log(`${misses.length} of ${rows.length} not fully explained:\n${misses.join('\n')}`);
    expect(share).toBeGreaterThanOrEqual(0.98);
  });

  it('has a page of ours for every command the corpus uses', () => {
    const without = new Set<string>();
    for (const { command } of rows)
      for (const c of explain(command!, data).commands) if (!c.slug && c.command !== 'docker') without.add(c.command);
    expect([...without]).toEqual([]);
  });

  it('misparses nothing: every long option it reads is one the independent truth knows for that command', () => {
    const misparsed: string[] = [];
    for (const { command } of rows) {
      const e = explain(command!, data);
      for (const cmd of e.commands) {
        const known = flagsOf.get(cmd.command);
        if (!known || known.size === 0) continue; // plugins: the truth file lists no flags
        // Options before the command's name belong to `docker` or `docker compose`.
        const after = e.parts.find((p) => p.kind === 'subcommand' && p.label === cmd.command && p.start >= cmd.start)?.end ?? cmd.end;
        for (const p of e.parts) {
          if (p.kind !== 'flag' || p.start < after || p.end > cmd.end || !p.text.startsWith('--')) continue;
          const typed = p.text.split('=')[0]!;
          if (typed !== '--help' && !known.has(typed) && !known.has(p.label.split(' ')[0]!))
            misparsed.push(`${command}: ${typed} for ${cmd.command}`);
        }
      }
    }
    expect(misparsed).toEqual([]);
  });
});

describe.skipIf(!HAVE_CONFORMANCE)('real-mistakes.tsv', () => {
  const rows = HAVE_CONFORMANCE ? readTsv('real-mistakes.tsv') : [];
  it.each(rows.map((r) => [r.command!, r.expected!]))('%s → %s', (command, expected) => {
    const codes = explain(command, data)
      .messages.filter((m) => m.severity !== 'note')
      .map((m) => m.code);
    expect(
      codes.some((c) => expected.split('|').includes(c)),
      `got ${codes.join(', ') || 'no problem'}`,
    ).toBe(true);
  });
});

describe.runIf(!HAVE_CONFORMANCE)('conformance corpus', () => {
  it.skip(SKIP_NOTE, () => {});
});
