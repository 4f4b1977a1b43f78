/**
 * Plays a scenario through the Docker engine model (src/lib/engine): each
 * step's output is what the model prints for the command, and the prompt is
 * the host's or the container shell's. So every recording shows the output
 * of Docker 29 / Compose v5 as the model writes it, and stays in step with
 * the practice terminal. Deterministic: the engine is seeded from the slug.
 */
import { createEngine } from '../engine/index.ts';
import { VERSIONS } from '../engine/state.ts';
import type { Scenario, Step } from './scenario.ts';
import { generateCast, seededRandom } from './generate.ts';

/** The Docker and Compose versions the recordings show. */
export const RECORDED_WITH = { docker: VERSIONS.docker, compose: VERSIONS.compose.replace(/^v/, '') };

const hostPrompt = (cwd: string) => `<bgreen>learner@laptop</bgreen>:<bblue>${cwd}</bblue>$ `;

/** Output text without the trailing newline the generator adds back per line. */
const trimEnd = (s: string) => s.replace(/\n$/, '');

/** Returns the scenario with outputs and prompts filled in, or the setup/step problems. */
export function playWithEngine(slug: string, scenario: Scenario): { ok: true; scenario: Scenario } | { ok: false; errors: string[] } {
  const random = seededRandom(`engine:${slug}`);
  const engine = createEngine({ seed: Math.floor(random() * 2 ** 31) });
  engine.columns = scenario.cols;
  const errors: string[] = [];
  for (const line of scenario.setup ?? []) {
    const r = engine.run(line);
    if (r.exitCode !== 0) errors.push(`setup "${line}" failed (exit ${r.exitCode}): ${r.output.trim().split('\n').pop()}`);
  }
  const prompts: Record<string, string> = {};
  const promptName = () => {
    const p = engine.prompt();
    if (!engine.attached) return 'host';
    const name = `c${Object.keys(prompts).length}`;
    const existing = Object.entries(prompts).find(([, v]) => v === p);
    if (existing) return existing[0];
    prompts[name] = p;
    return name;
  };
  const cwdPrompt = () => engine.state.cwd.replace(engine.state.env.HOME ?? '\0', '~');
  let hostCwd = cwdPrompt();
  const steps: Step[] = scenario.steps.map((step) => {
    const r = engine.run(step.run);
    const out: Step = { run: step.run, wait: step.wait, pause: step.pause, stream: step.stream };
    if (r.output !== '') out.output = trimEnd(r.output.replace(/\r\n/g, '\n'));
    if (step.interrupt !== undefined) {
      out.interrupt = step.interrupt;
      const i = engine.interrupt();
      const text = i.output.replace(/^\^C\n?/, '');
      if (text) out.afterInterrupt = trimEnd(text);
    }
    const name = promptName();
    if (name === 'host') {
      const cwd = cwdPrompt();
      if (cwd !== hostCwd) {
        hostCwd = cwd;
        prompts[`host:${cwd}`] = hostPrompt(cwd);
        out.prompt = `host:${cwd}`;
      } else out.prompt = prompts[`host:${cwd}`] ? `host:${cwd}` : 'host';
    } else out.prompt = name;
    return out;
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, scenario: { ...scenario, prompts: { ...scenario.prompts, ...prompts }, steps } };
}

/** The `.cast` text for a scenario: played by the engine when it has `setup`, else as written. */
export function castFor(slug: string, scenario: Scenario): { ok: true; cast: string } | { ok: false; errors: string[] } {
  if (!scenario.setup) return { ok: true, cast: generateCast(slug, scenario) };
  const played = playWithEngine(slug, scenario);
  return played.ok ? { ok: true, cast: generateCast(slug, played.scenario) } : played;
}
