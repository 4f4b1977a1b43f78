/**
 * The first line the real docker CLI prints when it refuses a command line,
 * so that the explainer can quote it. Docker's parser (cobra and pflag) checks
 * in this order: the command path, then each option from left to right, then
 * the number of positional arguments. The wording follows the docker client
 * 28 installed for the oracle test (tests/unit/commands/docker-oracle.test.ts),
 * which compares these lines with what the binary prints. Pure.
 */
import type { RefFlag } from './reference.ts';
import type { UsageArg } from './usage.ts';

/** `docker: unknown command: docker run--rm` */
export function unknownCommand(path: string): string {
  return `docker: unknown command: ${path}`;
}

/** `unknown flag: --foo` */
export function unknownLong(name: string): string {
  return `unknown flag: ${name}`;
}

/** `unknown shorthand flag: 'r' in -rm` */
export function unknownShort(letter: string, word: string): string {
  return `unknown shorthand flag: '${letter}' in ${word}`;
}

/** `flag needs an argument: --format`, or `flag needs an argument: 'p' in -p` for a shorthand. */
export function needsArgument(word: string, letter?: string): string {
  return letter ? `flag needs an argument: '${letter}' in ${word}` : `flag needs an argument: ${word}`;
}

/** `invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax` */
export function invalidBool(flag: RefFlag, value: string): string {
  const names = flag.short ? `${flag.short}, ${flag.long}` : flag.long;
  return `invalid argument "${value}" for "${names}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
}

/** How many positional arguments a usage line allows: `max` is Infinity for `[ARG...]`. */
export function argumentBounds(args: readonly UsageArg[]): { min: number; max: number } {
  const min = args.filter((a) => !a.optional).length;
  const max = args.some((a) => a.repeat || a.rest) ? Infinity : args.length;
  return { min, max };
}

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/**
 * Commands whose argument check is not the one their usage line suggests, as
 * the client shows: one uses cobra's own check (`accepts 1 arg(s), received 0`),
 * others check fewer or more words than the usage line names.
 */
const ARG_RULES: Record<string, { min: number; max: number; style?: 'cobra' }> = {
  'docker context use': { min: 1, max: 1, style: 'cobra' },
  'docker image import': { min: 1, max: Infinity },
  'docker plugin create': { min: 2, max: Infinity },
  'docker volume update': { min: 1, max: 1 },
};

/** The bounds Docker enforces for `command`, given those of its usage line. */
export function enforcedBounds(command: string, usage: { min: number; max: number }): { min: number; max: number } {
  return ARG_RULES[command] ?? usage;
}

/**
 * The complaint about `count` positional arguments, or undefined when Docker
 * accepts that many. `path` is the command as typed (`docker run`), `command`
 * its canonical name.
 */
export function argumentCount(path: string, command: string, usage: { min: number; max: number }, count: number): string | undefined {
  const rule = ARG_RULES[command];
  const { min, max } = rule ?? usage;
  if (count >= min && count <= max) return undefined;
  if (rule?.style === 'cobra') return `accepts ${min} arg(s), received ${count}`;
  const prefix = 'docker:';
  if (max === 0) return `${prefix} '${path}' accepts no arguments`;
  if (min === max) return `${prefix} '${path}' requires ${min} ${plural(min)}`;
  if (max === Infinity) return `${prefix} '${path}' requires at least ${min} ${plural(min)}`;
  if (min === 0) return `${prefix} '${path}' requires at most ${max} ${plural(max)}`;
  return `${prefix} '${path}' requires at least ${min} and at most ${max} ${plural(max)}`;
}
