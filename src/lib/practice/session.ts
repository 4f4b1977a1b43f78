/**
 * A practice session: an engine, the commands run before the learner starts
 * (an exercise's setup) and the commands the learner typed. Undo and reset
 * rebuild the engine from scratch and replay the commands, which is exact
 * because the engine is deterministic for a seed. The practice page's engine
 * loads parts on first use (src/lib/engine/lazy-engine.ts): a line that needs one
 * answers `needs`, and the session then forgets whatever it began, so the
 * caller can load the part and run the line again. The practice page makes
 * its engines already holding the exercise's starting state
 * (src/lib/engine/restore-host.ts) and passes no setup; Node callers pass
 * the setup to replay. Both give the same host. Pure: no DOM.
 */
import type { Typed } from '../exercises/check.ts';

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** stdout and stderr interleaved as a terminal shows them, when the engine gives it. */
  output?: string;
  /** Parts of the engine the line needs that are not loaded: nothing ran. */
  needs?: readonly string[];
}

export interface EngineLike<S = unknown> {
  run(line: string): RunResult;
  snapshot(): S;
  /** The engine's own prompt (it changes inside a container shell), when it offers one. */
  prompt?(): string;
  /** Set while a container runs in the foreground and holds the terminal. */
  foreground?: string | null;
}

/** What the terminal sends the engine for Ctrl-C; kept in the typed lines so replays stop the same containers. */
export const INTERRUPT = '\x03';

/** Same seed everywhere, so a shared link rebuilds the very same ids. */
export const PRACTICE_SEED = 14;

export class PracticeSession<S = unknown> {
  private engine!: EngineLike<S>;
  private history: Typed[] = [];
  /** A replay that stopped at a line needing a part: every line to replay, and what it needs. */
  private waiting: { lines: readonly string[]; needs: readonly string[] } | undefined;

  constructor(
    private readonly make: () => EngineLike<S>,
    private readonly setup: readonly string[] = [],
    typed: readonly string[] = [],
  ) {
    this.rebuild(typed);
  }

  /** The commands typed so far, with their exit status (what checks read). */
  get typed(): readonly Typed[] {
    return this.history;
  }

  get lines(): string[] {
    return this.waiting ? [...this.waiting.lines] : this.history.map((t) => t.line);
  }

  /** Parts a replay (restore, share link, setup) stopped for: load them, then `resume()`. */
  get needs(): readonly string[] {
    return this.waiting?.needs ?? [];
  }

  resume(): void {
    if (this.waiting) this.rebuild(this.waiting.lines);
  }

  snapshot(): S {
    return this.engine.snapshot();
  }

  /** The engine's prompt, or undefined when it has none of its own. */
  prompt(): string | undefined {
    return this.engine.prompt?.();
  }

  /** True while a foreground container holds the terminal (Ctrl-C stops it). */
  get holdsTerminal(): boolean {
    return Boolean(this.engine.foreground);
  }

  /** Commands that count for golf: Ctrl-C is not one. */
  get commandCount(): number {
    return this.history.filter((t) => t.line !== INTERRUPT).length;
  }

  run(line: string): RunResult {
    const result = this.engine.run(line);
    if (result.needs?.length) {
      // The engine may have begun the line before it reached the part: start again from the lines that ran.
      this.rebuild(this.lines);
      return result;
    }
    this.history.push({ line, exitCode: result.exitCode });
    return result;
  }

  /** Takes back the last command; false when there is none. */
  undo(): boolean {
    if (this.history.length === 0) return false;
    this.rebuild(this.lines.slice(0, -1));
    return true;
  }

  reset(): void {
    this.rebuild([]);
  }

  private rebuild(typed: readonly string[]): void {
    this.engine = this.make();
    this.history = [];
    this.waiting = undefined;
    for (const line of this.setup) {
      const needs = this.engine.run(line).needs;
      if (needs?.length) return this.wait(typed, needs);
    }
    for (const line of typed) {
      const result = this.engine.run(line);
      if (result.needs?.length) return this.wait(typed, result.needs);
      this.history.push({ line, exitCode: result.exitCode });
    }
  }

  private wait(lines: readonly string[], needs: readonly string[]): void {
    this.waiting = { lines, needs };
  }
}

/** Lines a learner typed, as a URL-safe string for a share link. */
export function encodeShare(lines: readonly string[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(lines));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The lines in a share link, or undefined when it is not one of ours. */
export function decodeShare(text: string): string[] | undefined {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    if (Array.isArray(value) && value.length <= 500 && value.every((l) => typeof l === 'string' && l.length <= 4000)) return value;
  } catch {
    // Not base64 or not JSON: the caller says the link is broken.
  }
  return undefined;
}

/** `/home/learner/cruddur` → `~/cruddur`, as bash shows the working folder. */
export function promptPath(cwd: string, home: string): string {
  if (cwd === home) return '~';
  return cwd.startsWith(`${home}/`) ? `~${cwd.slice(home.length)}` : cwd;
}

/** What `help` prints; the terminal opens with its first two lines. */
export const PRACTICE_HELP = [
  'This is a simulated Docker host: nothing runs for real and nothing leaves your browser.',
  'Type docker commands as in the lessons; Tab completes, Up/Down and Ctrl-R search your history.',
  'Built in: undo (take back the last command), reset (start over), explain <command>, clear, help.',
  'To leave the terminal with the keyboard, press Esc, then Tab.',
];

/** The engine's prompt (a container shell has its own), else the host's, as bash draws it. */
export function plainPrompt(session: PracticeSession<{ shell: { cwd: string; home: string } }>): string {
  const { cwd, home } = session.snapshot().shell;
  return session.prompt() ?? `learner@practice:${promptPath(cwd, home)}$ `;
}
