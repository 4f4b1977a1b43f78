/**
 * The cheat sheet's shape, derived from the command files: which form of a
 * command people type (`docker ps`, not `docker container ls`), which group a
 * command is shown in (every `prune` joins "Clean up"), and which commands are
 * everyday ones, shown as cards with examples, while the rest stay one line
 * each. Derived from the command name, so new command files need no new
 * fields. Pure.
 */
import { COMMAND_GROUPS, GROUP_TITLES, type CommandGroup } from './groups.ts';

/**
 * The commands a learner types every day, by canonical name, in the order the
 * cards show them within their group. Names without a command file are skipped.
 */
export const EVERYDAY: readonly string[] = [
  'docker container run',
  'docker container ls',
  'docker container exec',
  'docker container logs',
  'docker container stop',
  'docker container rm',
  'docker image ls',
  'docker image rm',
  'docker image tag',
  'docker image build',
  'docker login',
  'docker image pull',
  'docker image push',
  'docker compose up',
  'docker compose down',
  'docker compose ps',
  'docker compose logs',
  'docker compose exec',
  'docker network create',
  'docker network ls',
  'docker volume create',
  'docker volume ls',
  'docker system df',
  'docker system prune',
];

/** The fields of a command file the cheat sheet reads. */
export interface CheatSource {
  id: string;
  data: {
    command: string;
    aliases: readonly string[];
    short: string;
    group: CommandGroup;
    examples: readonly { command: string; description: string }[];
  };
}

/** One command as the cheat sheet shows it. */
export interface CheatCommand {
  id: string;
  /** What people type: the shortest name (`docker ps`). */
  typed: string;
  /** The other names, canonical first (`docker container ls`, …). */
  otherNames: string[];
  short: string;
  group: CommandGroup;
  everyday: boolean;
  /** One example command line, two when the first is the bare command (cards show them). */
  examples: string[];
}

export interface CheatGroup {
  id: CommandGroup;
  title: string;
  /** Everyday commands, in EVERYDAY order. */
  cards: CheatCommand[];
  /** The others, by what people type. */
  rest: CheatCommand[];
}

const wordCount = (s: string) => s.trim().split(/\s+/).length;

/** The form people type: fewest words, then fewest characters; the canonical name wins ties. */
export function typedForm(command: string, aliases: readonly string[]): string {
  let best = command;
  for (const a of aliases) {
    const shorter = wordCount(a) - wordCount(best) || a.length - best.length;
    if (shorter < 0) best = a;
  }
  return best;
}

/** The group a command is shown in: clean-up commands (`… prune`) gather in "Clean up". */
export function cheatGroup(command: string, group: CommandGroup): CommandGroup {
  return /\sprune$/.test(command) ? 'system' : group;
}

/**
 * The examples a card shows: the first, and the second too when the first is
 * only the command's own name (`docker ps`) and so teaches no flag. One line
 * per card keeps the sheet to a few screens.
 */
export function pickExamples(examples: readonly string[], names: readonly string[]): string[] {
  const bare = examples[0] !== undefined && names.includes(examples[0].trim());
  return examples.slice(0, bare ? 2 : 1);
}

/** The cheat-sheet view of one command file. */
export function toCheatCommand({ id, data }: CheatSource, everyday: ReadonlySet<string> = new Set(EVERYDAY)): CheatCommand {
  const typed = typedForm(data.command, data.aliases);
  return {
    id,
    typed,
    otherNames: [data.command, ...data.aliases].filter((n) => n !== typed),
    short: data.short,
    group: cheatGroup(data.command, data.group),
    everyday: everyday.has(data.command),
    examples: pickExamples(
      data.examples.map((x) => x.command),
      [data.command, ...data.aliases],
    ),
  };
}

/** The cheat sheet: groups in task order, each with its cards and its one-line rest; empty groups left out. */
export function cheatSheet(sources: readonly CheatSource[]): CheatGroup[] {
  const order = new Map(EVERYDAY.map((name, i) => [name, i]));
  const rank = (s: CheatSource) => order.get(s.data.command) ?? Infinity;
  const all = sources.map((s) => ({ c: toCheatCommand(s), s }));
  return COMMAND_GROUPS.map((id) => {
    const mine = all.filter(({ c }) => c.group === id);
    return {
      id,
      title: GROUP_TITLES[id],
      cards: mine
        .filter(({ c }) => c.everyday)
        .sort((a, b) => rank(a.s) - rank(b.s))
        .map(({ c }) => c),
      rest: mine
        .filter(({ c }) => !c.everyday)
        .map(({ c }) => c)
        .sort((a, b) => a.typed.localeCompare(b.typed)),
    };
  }).filter((g) => g.cards.length + g.rest.length > 0);
}

/** The explainer's link for a command line. */
export function explainHref(command: string): string {
  return `/explain/?cmd=${encodeURIComponent(command)}`;
}
