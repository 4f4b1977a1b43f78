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
 * The complaint about `count` positional arguments, or undefined when Docker
 * accepts that many. `path` is the command as typed (`docker run`).
 */
export function argumentCount(path: string, bounds: { min: number; max: number }, count: number): string | undefined {
  const { min, max } = bounds;
  if (count >= min && count <= max) return undefined;
  if (max === 0) return `docker: '${path}' accepts no arguments`;
  if (min === max) return `docker: '${path}' requires ${min} ${plural(min)}`;
  if (max === Infinity) return `docker: '${path}' requires at least ${min} ${plural(min)}`;
  if (min === 0) return `docker: '${path}' requires at most ${max} ${plural(max)}`;
  return `docker: '${path}' requires at least ${min} and at most ${max} ${plural(max)}`;
}
