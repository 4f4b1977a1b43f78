/**
 * The scenario format: a readable YAML description of a terminal session
 * (`content/sessions/scenarios/<slug>.yaml`) that scripts/build-sessions.mjs
 * turns into the `.cast` file the site ships (see generate.ts).
 *
 * A scenario is a list of steps; each step is one command typed at a prompt
 * and what it prints. Output can be plain text, an aligned table (laid out
 * like Docker's tabwriter), a BuildKit progress display, a Compose progress
 * display or hand-written redraw frames. Text may use colour tags:
 * `<green>✔</green>`, see COLOURS.
 */
import { z } from 'astro/zod';

const Seconds = z.number().nonnegative();

/** Colour tags allowed in output and prompts, and the SGR codes they stand for. */
export const COLOURS: Readonly<Record<string, string>> = {
  bold: '1',
  dim: '2',
  red: '31',
  green: '32',
  yellow: '33',
  blue: '34',
  magenta: '35',
  cyan: '36',
  bgreen: '1;32',
  bblue: '1;34',
  bred: '1;31',
};

/** One line under a BuildKit step (` => => transferring context: 2B  0.0s`). */
const BuildSubSchema = z.union([z.string(), z.strictObject({ text: z.string(), took: Seconds })]);

export const BuildStepSchema = z.strictObject({
  /** As BuildKit names it: `[2/5] WORKDIR /backend-flask`, `[internal] load .dockerignore`. */
  name: z.string().min(1),
  /** Seconds the step takes (shown right-aligned, like `1.4s`). */
  took: Seconds,
  /** Shown as `CACHED [2/5] …`, taking no time. */
  cached: z.boolean().optional(),
  /** Detail lines shown under the step once it has started. */
  sub: z.array(BuildSubSchema).optional(),
  /** Log lines shown under a running step (` => => # Collecting flask`), hidden when it is done. */
  logs: z.array(z.string()).optional(),
});

export const BuildkitSchema = z.strictObject({
  /** The builder shown at the right of the first line. */
  builder: z.string().default('docker:default'),
  /** Recording seconds per displayed second: 0.25 plays a 20 s build in 5 s. */
  pace: z.number().positive().max(1).default(0.3),
  steps: z.array(BuildStepSchema).min(1),
});

export const ComposeItemSchema = z.strictObject({
  /** `Network cruddur_default`, `Container cruddur-backend-flask-1`. */
  name: z.string().min(1),
  /** Word shown while working: `Creating`, `Starting`, `Stopping`, `Removing`. */
  doing: z.string().min(1),
  /** Word shown when done: `Created`, `Started`, `Stopped`, `Removed`. */
  done: z.string().min(1),
  /** Seconds it takes. */
  took: Seconds,
  /** Seconds after the display starts that this item starts (default: when the previous one ends). */
  start: Seconds.optional(),
});

export const ComposeProgressSchema = z.strictObject({
  /** Recording seconds per displayed second. */
  pace: z.number().positive().max(1).default(0.6),
  items: z.array(ComposeItemSchema).min(1),
});

export const FrameSchema = z.strictObject({
  /** Seconds after the previous frame (or after Enter, for the first). */
  after: Seconds,
  /** The whole block; the next frame replaces it (cursor up and erase, as progress displays do). */
  text: z.string(),
});

export const StepSchema = z.strictObject({
  /** The command typed. It also names the marker placed just before it. */
  run: z.string().min(1),
  /** Seconds between Enter and the first output. Default 0.3. */
  wait: Seconds.optional(),
  buildkit: BuildkitSchema.optional(),
  compose: ComposeProgressSchema.optional(),
  frames: z.array(FrameSchema).min(1).optional(),
  /** Rows of cells, laid out in columns like `docker ps` (3 spaces between, 10 wide at least). */
  table: z.array(z.array(z.string())).min(1).optional(),
  /** Plain output, printed after any of the above. */
  output: z.string().optional(),
  /** Print `output` line by line, this many seconds apart (default: all at once). */
  stream: Seconds.optional(),
  /**
   * Output written piece by piece, exactly as given (no newline added), each
   * piece `after` seconds after the previous: for prompts such as `Password: `.
   */
  chunks: z
    .array(z.strictObject({ after: Seconds, text: z.string() }))
    .min(1)
    .optional(),
  /** The user presses Ctrl+C this many seconds after the output (for `logs -f`, attached `up`…). */
  interrupt: Seconds.optional(),
  /** What is printed after Ctrl+C (filled in by the engine). */
  afterInterrupt: z.string().optional(),
  /** Name of the prompt shown after this step (default: the current one). */
  prompt: z.string().optional(),
  /** Seconds of reading time before the next command is typed. Default 1.2. */
  pause: Seconds.optional(),
});

export const ScenarioSchema = z.strictObject({
  /** Shown as the session's heading and in the playground list. */
  title: z.string().trim().min(3),
  /** One or two sentences for the playground list, search and the page's meta description. */
  description: z.string().trim().min(20).max(300),
  cols: z.number().int().min(40).max(200),
  rows: z.number().int().min(8).max(60),
  /** Extra prompts by name; `host` (learner@laptop:~/cruddur$) is always there. */
  prompts: z.record(z.string(), z.string()).optional(),
  /**
   * Commands the engine runs before the recording starts (not shown). A
   * scenario with `setup` (even empty) is played by the engine: each step's
   * output and prompt come from src/lib/engine, not from the file.
   */
  setup: z.array(z.string().min(1)).optional(),
  steps: z.array(StepSchema).min(1),
});

export type BuildStep = z.infer<typeof BuildStepSchema>;
export type Buildkit = z.infer<typeof BuildkitSchema>;
export type ComposeProgress = z.infer<typeof ComposeProgressSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Validates a parsed YAML document; returns readable `field: problem` messages or the scenario. */
export function checkScenario(data: unknown): { ok: true; scenario: Scenario } | { ok: false; errors: string[] } {
  const result = ScenarioSchema.safeParse(data);
  if (result.success) {
    const unknownPrompt = result.data.steps.find((s) => s.prompt && s.prompt !== 'host' && !result.data.prompts?.[s.prompt]);
    if (unknownPrompt) {
      return { ok: false, errors: [`prompt "${unknownPrompt.prompt}" (after "${unknownPrompt.run}") is not defined under prompts:`] };
    }
    return { ok: true, scenario: result.data };
  }
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`),
  };
}
