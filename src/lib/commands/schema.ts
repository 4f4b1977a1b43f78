/**
 * The contract of `content/commands/<slug>.yaml`: one file per command. Field
 * names follow Docker's own CLI docs YAML (docker/cli-docs-tool: `command`,
 * `aliases`, `short`, `long`, `usage`, `options[].option`, `shorthand`,
 * `value_type`, `default_value`, `description`), so our data can be compared
 * with Docker's; `aliases` is a list here rather than a comma-joined string.
 * Our own additions: `group`, `examples`, `lessons`, `mistakes`.
 * Pure: checkCommandFile turns schema problems into messages that name the file,
 * the field and what was expected.
 * @see https://github.com/docker/cli-docs-tool
 */
import { z } from 'astro/zod';
import { commandSlug } from './reference.ts';
import { COMMAND_GROUPS } from './groups.ts';

export { COMMAND_GROUPS, GROUP_TITLES, type CommandGroup } from './groups.ts';

const text = (min: number) => z.string().trim().min(min);

/** One flag, described in our words. */
export const CommandOptionSchema = z.strictObject({
  /** Long name without dashes, as in Docker's docs: `publish`. */
  option: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Single-letter shorthand without its dash: `p`. Must match docker-cli.json. */
  shorthand: z
    .string()
    .regex(/^[A-Za-z0-9]$/)
    .optional(),
  /** Docker's value type (`bool`, `string`, `list`…). Must match docker-cli.json. */
  value_type: z.string().regex(/^[A-Za-z0-9-]+$/),
  /** Default as Docker prints it, when worth saying. */
  default_value: z.string().optional(),
  /** What the flag does, for a beginner. The first sentence is shown on the cheat sheet. */
  description: text(10),
});

/** A command line and what it does. */
export const CommandExampleSchema = z.strictObject({
  /** Exactly what to type, without a prompt. */
  command: text(6).startsWith('docker'),
  /** What it does, in one or two sentences. */
  description: text(10),
});

/** A mistake learners make with this command. */
export const CommandMistakeSchema = z.strictObject({
  /** The command or habit as learners get it wrong. */
  wrong: text(3),
  /** Why it does not do what was meant. */
  why: text(10),
  /** The correct command, when there is one. */
  right: text(6).optional(),
});

/** `content/commands/<slug>.yaml`. Unknown fields are errors. */
export const CommandSchema = z.strictObject({
  /** Canonical command: `docker container run`. The file name is its slug (`container-run.yaml`). */
  command: z.string().regex(/^docker( [a-z][a-z-]*)*$/),
  /** Other names that run the same command: `docker run`. */
  aliases: z.array(z.string().regex(/^docker( [a-z][a-z-]*)+$/)).default([]),
  /** Usage line, as Docker prints it (corrected where Docker's docs are wrong). */
  usage: z.string().trim().startsWith('docker'),
  /** One-line summary. */
  short: text(10).max(140),
  /** A paragraph that says more, when one line is not enough. */
  long: text(20).optional(),
  /** Cheat-sheet group. */
  group: z.enum(COMMAND_GROUPS),
  options: z.array(CommandOptionSchema).default([]),
  examples: z.array(CommandExampleSchema).min(1),
  /**
   * Slugs of the lessons that teach this command. Checked against the
   * lessons that exist by the loader (checkCommandFile's `lessons`).
   */
  lessons: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default([]),
  mistakes: z.array(CommandMistakeSchema).default([]),
});

export type CommandOption = z.infer<typeof CommandOptionSchema>;
export type CommandExample = z.infer<typeof CommandExampleSchema>;
export type CommandMistake = z.infer<typeof CommandMistakeSchema>;
export type Command = z.infer<typeof CommandSchema>;

const EXPECTED: Record<string, string> = {
  command: 'the canonical command, like "docker container run"',
  aliases: 'a list of other names, like ["docker run"]',
  usage: 'the usage line, starting with "docker"',
  short: 'a one-line summary of 10 to 140 characters',
  long: 'a paragraph of at least 20 characters',
  group: `one of ${COMMAND_GROUPS.join(', ')}`,
  'options.option': 'the long flag name without dashes, like "publish"',
  'options.shorthand': 'one letter without its dash, like "p"',
  'options.value_type': "Docker's value type, like bool, string or list",
  'options.default_value': 'a string',
  'options.description': 'a description of at least 10 characters',
  'examples.command': 'a command starting with "docker"',
  'examples.description': 'what the example does, at least 10 characters',
  examples: 'a list of at least one {command, description}',
  lessons: 'a list of lesson slugs, like ["cors"]',
  'mistakes.wrong': 'the mistaken command or habit',
  'mistakes.why': 'why it is wrong, at least 10 characters',
  'mistakes.right': 'the correct command',
};

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 50 ? `${value.slice(0, 50)}…` : value)}`;
  return `${value === null ? 'null' : typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * Checks one command file. `file` is the path shown in messages
 * (`content/commands/container-run.yaml`); the slug is its base name. Returns
 * one readable message per problem; an empty list means the file is valid.
 * `lessons`, when given, are the slugs of the lessons that exist: a command
 * may only name those.
 */
export function checkCommandFile(file: string, data: unknown, lessons?: readonly string[]): string[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [`${file}: expected a YAML mapping with the fields ${Object.keys(CommandSchema.shape).join(', ')}`];
  }
  const errors: string[] = [];
  const result = CommandSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const at = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) errors.push(`${file}: field "${at ? `${at}.` : ''}${key}" is not a command field`);
        continue;
      }
      const generic = issue.path.filter((p) => typeof p === 'string').join('.');
      const got = valueAt(data, issue.path);
      const expected = EXPECTED[generic] ?? issue.message;
      errors.push(`${file}: field "${at || '(file)'}" is ${describe(got)} (expected ${expected})`);
    }
  }
  const slug = (file.split('/').pop() ?? '').replace(/\.ya?ml$/, '');
  const command = (data as { command?: unknown }).command;
  if (typeof command === 'string' && commandSlug(command) !== slug) {
    errors.push(
      `${file}: field "command" is "${command}", which belongs in ${commandSlug(command)}.yaml (expected the file name to be the command's slug)`,
    );
  }
  const named = (data as { lessons?: unknown }).lessons;
  if (lessons && Array.isArray(named)) {
    named.forEach((slug, i) => {
      if (typeof slug === 'string' && !lessons.includes(slug)) {
        errors.push(`${file}: field "lessons.${i}" is the string "${slug}", which is not a lesson (expected one of ${lessons.join(', ')})`);
      }
    });
  }
  return errors;
}
