/**
 * The exercise file contract (content/exercises/*.yaml) and the checks that
 * run before the build: zod for the shape, plus the rules zod cannot state
 * (a known lesson, patterns that compile). Pure: the loader reads the files.
 */
import { z } from 'astro/zod';

const name = z.string().trim().min(1);
const port = z.number().int().min(1).max(65535);

const PublishSchema = z.strictObject({
  host: port,
  container: port,
  /** Only on this host address, e.g. `127.0.0.1`. */
  ip: z.string().optional(),
});

const MountSchema = z.strictObject({
  type: z.enum(['volume', 'bind', 'tmpfs']),
  /** Volume name, or a host path for a bind mount (matched by its end). */
  source: z.string().optional(),
  target: z.string().min(1),
});

export const ContainerCheckSchema = z.strictObject({
  /** The container's name; or `service` for a Compose service's container. */
  name: name.optional(),
  service: name.optional(),
  image: name.optional(),
  state: z.enum(['running', 'exited', 'created', 'absent']).default('running'),
  publish: z.array(PublishSchema).optional(),
  /** `KEY` (set to anything) or `KEY=value`. */
  env: z.array(name).optional(),
  network: name.optional(),
  mounts: z.array(MountSchema).optional(),
  readOnly: z.boolean().optional(),
  capDrop: z.array(name).optional(),
  nonRoot: z.boolean().optional(),
  /** Text its main process must have printed; `says` is what is missing, in words, when it has not. */
  log: z.strictObject({ contains: name, says: name }).optional(),
});

/** One schema per kind of check; a check is an object with exactly one of these keys. */
export const CHECK_KINDS = {
  container: ContainerCheckSchema,
  image: z.strictObject({ ref: name, present: z.boolean().default(true) }),
  volume: z.strictObject({ name, present: z.boolean().default(true) }),
  network: z.strictObject({
    name,
    present: z.boolean().default(true),
    internal: z.boolean().optional(),
    attached: z.array(name).optional(),
  }),
  pushed: z.strictObject({ repository: name, tag: name.default('latest') }),
  loggedIn: z.strictObject({ registry: name.default('docker.io') }),
  /** A command the learner typed that succeeded; `says` is what is missing, in words. */
  ran: z.strictObject({ pattern: name, says: name }),
  /** At most `max` containers (in `state`, when given). */
  containers: z.strictObject({ max: z.number().int().min(0), state: z.string().optional() }),
  danglingImages: z.strictObject({ max: z.number().int().min(0) }),
} as const;

const K = CHECK_KINDS;
export const CheckSchema = z.union([
  z.strictObject({ container: K.container }),
  z.strictObject({ image: K.image }),
  z.strictObject({ volume: K.volume }),
  z.strictObject({ network: K.network }),
  z.strictObject({ pushed: K.pushed }),
  z.strictObject({ loggedIn: K.loggedIn }),
  z.strictObject({ ran: K.ran }),
  z.strictObject({ containers: K.containers }),
  z.strictObject({ danglingImages: K.danglingImages }),
]);

export const ExerciseSchema = z.strictObject({
  title: name,
  /** Slug of the lesson it practises (`docker-cli` for content/lessons/NN-docker-cli.mdx). */
  lesson: name,
  /** Order within the lesson's list. */
  order: z.number().int().min(0).default(0),
  /** What the learner should reach, in a sentence or two. */
  goal: name,
  /** Commands run before the learner starts (their output is not shown). */
  setup: z.array(name).default([]),
  check: z.array(CheckSchema).min(1),
  /** Revealed one at a time. */
  hints: z.array(name).min(1),
  /** The commands of a model solution, typed after the setup. */
  solution: z.array(name).min(1),
});

export type Exercise = z.output<typeof ExerciseSchema>;
export type Check = z.output<typeof CheckSchema>;
export type ContainerCheck = z.output<typeof ContainerCheckSchema>;

const EXPECTED: Record<string, string> = {
  title: 'a non-empty string',
  lesson: 'the slug of a lesson in content/lessons',
  order: 'a whole number, 0 or more',
  goal: 'a non-empty string',
  setup: 'a list of shell lines',
  check: 'a list of at least one check: container, image, volume, network, pushed, loggedIn, ran, containers or danglingImages',
  hints: 'a list of at least one hint',
  solution: 'a list of at least one shell line',
};

/**
 * Checks one parsed exercise file. Returns readable problems, each naming the
 * file and the field, or the exercise when there are none.
 */
export function checkExercise(file: string, data: unknown, lessons: ReadonlySet<string>): { errors: string[]; exercise?: Exercise } {
  // Checks first, kind by kind: a union's own error ("invalid input") would not
  // say which field of which check is wrong.
  const checkErrors = checkItems(file, (data as { check?: unknown } | null)?.check);
  if (checkErrors.length) return { errors: checkErrors };
  const result = ExerciseSchema.safeParse(data);
  if (!result.success) {
    const errors = result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.') || '(file)';
      const top = String(issue.path[0] ?? '');
      const expected = issue.path.length === 1 && EXPECTED[top] ? EXPECTED[top] : issue.message;
      return `${file}: field "${field}": ${expected}`;
    });
    return { errors };
  }
  const exercise = result.data;
  const errors: string[] = [];
  if (!lessons.has(exercise.lesson)) {
    errors.push(
      `${file}: field "lesson" names "${exercise.lesson}", which is not a lesson (expected one of: ${[...lessons].sort().join(', ')})`,
    );
  }
  exercise.check.forEach((check, i) => {
    if ('ran' in check) {
      try {
        new RegExp(check.ran.pattern);
      } catch (err) {
        errors.push(`${file}: field "check.${i}.ran.pattern" is not a valid regular expression (${(err as Error).message})`);
      }
    }
    if ('container' in check && !check.container.name && !check.container.service) {
      errors.push(`${file}: field "check.${i}.container" needs a name or a service`);
    }
  });
  return errors.length ? { errors } : { errors, exercise };
}

function checkItems(file: string, items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  const kinds = Object.keys(CHECK_KINDS);
  return items.flatMap((item, i) => {
    const keys = item && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : [];
    if (keys.length !== 1 || !kinds.includes(keys[0] ?? '')) {
      return [
        `${file}: field "check.${i}" is ${keys.length ? `{ ${keys.join(', ')} }` : JSON.stringify(item)} (expected an object with exactly one of: ${kinds.join(', ')})`,
      ];
    }
    const kind = keys[0] as keyof typeof CHECK_KINDS;
    const parsed = CHECK_KINDS[kind].safeParse((item as Record<string, unknown>)[kind]);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => {
      const where = ['check', i, kind, ...issue.path].map(String).join('.');
      const detail = issue.code === 'unrecognized_keys' ? `has unknown field(s) ${issue.keys.join(', ')}` : issue.message;
      return `${file}: field "${where}": ${detail}`;
    });
  });
}
