/**
 * The simulated Docker host behind `createEngine()` (index.ts, every part
 * loaded) and the practice page's engine (lazy-engine.ts, parts loaded on first use):
 * the shell loop, the prompt and the context each command gets.
 */
import type { Engine, EngineOptions, EngineSnapshot, RunResult } from './types.ts';
import { type Ctx, type Io, errTo, mergeIo, newIo, outTo, terminalText } from './context.ts';
import { State } from './state.ts';
import { parseLine } from './shell/parse.ts';
import { expandWord } from './shell/expand.ts';
import { HOST_BUILTINS, NOT_SIMULATED, isDir, notifyFileChange, resolvePath } from './shell/host.ts';
import { applyRedirects } from './shell/redirect.ts';
import { docker } from './commands/docker.ts';
import { containerExec, stopForeground } from './commands/lifecycle.ts';
import { NeedsPart, type PartName, type PartRegistry } from './parts.ts';

/** 2026-01-05 09:00:00 UTC: the recordings' date. */
export const DEFAULT_START = Date.UTC(2026, 0, 5, 9, 0, 0);

export interface Attached {
  containerId: string;
  shell: 'sh' | 'bash' | 'python' | 'node';
  /** True when the shell is the container's main process (`run -it`), false for `exec -it`. */
  main: boolean;
}

export class DockerHost implements Engine {
  readonly state: State;
  columns = 80;
  /** An interactive container shell the terminal is in. */
  attached: Attached | null = null;
  /** A container running in the foreground (`docker run` without -d). */
  foreground: string | null = null;
  /** `$?`: the last line's exit status. */
  lastStatus = 0;
  /** The default clock's time (ms): one second more per line. Unused when `options.now` is given. */
  clockAt = DEFAULT_START;
  private depth = 0;

  /** The facts and parts this host can use (index.ts: all of them; the practice page: what it has loaded). */
  readonly parts: PartRegistry;

  constructor(options: EngineOptions, parts: PartRegistry) {
    this.parts = parts;
    const clock = options.now ?? (() => this.clockAt);
    this.state = new State(options.seed ?? 1, clock);
    if (!options.now) this.tick = () => (this.clockAt += 1000);
  }

  /** Advances the default clock by one second per line. */
  private tick: () => void = () => {};

  run(line: string): RunResult {
    // A line that may need a part not loaded yet changes nothing, not even the clock.
    const missing = line === '\x03' || this.foreground ? [] : this.parts.missing([line]);
    if (missing.length) return needs(missing);
    this.tick();
    const io = newIo();
    try {
      if (line === '\x03' || line.trim() === '^C') return this.interrupt();
      if (this.foreground) {
        return {
          stdout: '',
          output:
            'The container is running in the foreground and has the terminal: press Ctrl+C to stop it (or start it with -d to keep the prompt).\n',
          stderr:
            'The container is running in the foreground and has the terminal: press Ctrl+C to stop it (or start it with -d to keep the prompt).\n',
          exitCode: 0,
        };
      }
      if (this.attached) {
        const code = this.runInContainer(line, io);
        this.lastStatus = code;
        return result(io, code);
      }
      const code = this.runLine(line, io);
      this.lastStatus = code;
      return result(io, code);
    } catch (e) {
      // Reached a part by a way partsFor cannot see (a variable naming the command): the caller
      // loads it and replays from a clean state (src/lib/practice/session.ts).
      if (e instanceof NeedsPart) return needs([e.part]);
      // A bug in the model must not break the terminal; say so plainly.
      errTo(io, `the practice host failed on this line (${(e as Error).message})\n`);
      return result(io, 1);
    }
  }

  /** Ctrl+C: stops a foreground container. */
  interrupt(): RunResult {
    const io = newIo();
    if (this.foreground) {
      stopForeground(this.ctx(io), this.foreground);
      this.foreground = null;
      return result(io, 130);
    }
    outTo(io, '^C\n');
    return result(io, 130);
  }

  snapshot(): EngineSnapshot {
    return this.state.snapshot();
  }

  /** The prompt a terminal shows: the host's or the attached container's. */
  prompt(): string {
    if (this.attached) {
      const c = this.state.containers.find((x) => x.id === this.attached?.containerId);
      const id = c?.id.slice(0, 12) ?? '';
      if (this.attached.shell === 'python') return '>>> ';
      if (this.attached.shell === 'node') return '> ';
      return this.attached.shell === 'bash' ? `root@${id}:${c?.workingDir || '/'}# ` : `${c?.workingDir || '/'} # `;
    }
    const cwd = this.state.cwd.replace(this.state.env.HOME ?? '\0', '~');
    return `learner@practice:${cwd}$ `;
  }

  ctx(io: Io): Ctx {
    return {
      state: this.state,
      io,
      parts: this.parts,
      columns: this.columns,
      capture: (line) => {
        const sub = newIo();
        this.runLine(line, sub);
        mergeIo(io, sub, false);
        return sub.stdout;
      },
      attach: (containerId, shell) => {
        this.attached = { containerId, shell, main: true };
      },
      execIn: (containerId, argv) => containerExec(this.ctx(io), containerId, argv),
      runLineIn: (containerId, line) => containerExec(this.ctx(io), containerId, null, line),
      setForeground: (id: string | null) => {
        this.foreground = id;
      },
      setAttached: (a: Attached | null) => {
        this.attached = a;
      },
      attachedNow: () => this.attached,
    };
  }

  private runInContainer(line: string, io: Io): number {
    const a = this.attached as Attached;
    return containerExec(this.ctx(io), a.containerId, null, line);
  }

  /** Runs one host shell line. */
  runLine(line: string, io: Io): number {
    if (++this.depth > 8) {
      this.depth--;
      errTo(io, 'bash: maximum nesting of command substitution reached\n');
      return 1;
    }
    try {
      const parsed = parseLine(line);
      if (parsed.error) {
        errTo(io, `bash: ${parsed.error}\n`);
        return 2;
      }
      let status = this.lastStatus;
      let first = true;
      for (const p of parsed.pipelines) {
        if (!first && ((p.op === '&&' && status !== 0) || (p.op === '||' && status === 0))) continue;
        first = false;
        if (p.unsupported) {
          errTo(
            io,
            `this practice shell does not support ${p.unsupported} (redirections, background jobs and subshells); try the command without it\n`,
          );
          status = 2;
          continue;
        }
        let stdin = '';
        for (let k = 0; k < p.commands.length; k++) {
          const last = k === p.commands.length - 1;
          const stage = newIo(stdin);
          stage.piped = !last || (p.redirects[k] ?? []).some((r) => r.fd === 1);
          status = this.runCommand(p.commands[k] as string[], stage);
          applyRedirects(
            stage,
            p.redirects[k] ?? [],
            (raw) => this.expand(raw, stage).join(' '),
            (path, text, append) => this.writeHostFile(path, text, append),
          );
          mergeIo(io, stage, last);
          if (!last) stdin = stage.stdout;
          this.lastStatus = status;
          if (this.attached || this.foreground) {
            // The terminal now belongs to a container: the rest of the line waits for it.
            return status;
          }
        }
      }
      return status;
    } finally {
      this.depth--;
    }
  }

  private expand(raw: string, io: Io): string[] {
    // Most words have nothing to expand.
    if (!/[$'"\\~]/.test(raw)) return [raw];
    return expandWord(raw, {
      env: this.state.env,
      home: this.state.env.HOME ?? '/',
      lastStatus: this.lastStatus,
      substitute: (cmd) => this.ctx(io).capture(cmd),
    });
  }

  private writeHostFile(target: string, text: string, append: boolean): string | undefined {
    const path = resolvePath(this.state.cwd, this.state.env.HOME ?? '/', target);
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    if (path === '/dev/null') return undefined;
    if (!isDir(this.ctx(newIo()), dir)) return `bash: ${target}: No such file or directory\n`;
    if (isDir(this.ctx(newIo()), path)) return `bash: ${target}: Is a directory\n`;
    this.state.files.set(path, (append ? (this.state.files.get(path) ?? '') : '') + text);
    notifyFileChange(this.ctx(newIo()), path);
    return undefined;
  }

  private runCommand(raw: string[], io: Io): number {
    const ctx = this.ctx(io);
    const words: string[] = [];
    for (const w of raw) words.push(...this.expand(w, io));
    // Leading NAME=value words set variables (for this shell, simplified).
    while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] as string)) {
      const w = words.shift() as string;
      const eq = w.indexOf('=');
      if (words.length === 0) this.state.env[w.slice(0, eq)] = w.slice(eq + 1);
    }
    if (words.length === 0) return 0;
    const [cmd, ...args] = words as [string, ...string[]];
    if (cmd === 'docker') return docker(ctx, args);
    const builtin = HOST_BUILTINS[cmd];
    if (builtin) return builtin(ctx, args);
    if (cmd === 'exit') {
      errTo(io, 'this practice terminal stays open; `exit` only leaves a container shell\n');
      return 0;
    }
    if (NOT_SIMULATED.has(cmd)) {
      errTo(io, `this practice host does not run \`${cmd}\`; it simulates docker and a few shell commands\n`);
      return 127;
    }
    errTo(io, `bash: ${cmd}: command not found\n`);
    return 127;
  }
}

function result(io: Io, exitCode: number): RunResult {
  return { stdout: io.stdout, stderr: io.stderr, exitCode, output: terminalText(io) };
}

function needs(parts: PartName[]): RunResult {
  const text = `this line needs the practice host's ${parts.join(', ')} part, which is not loaded yet\n`;
  return { stdout: '', stderr: text, output: text, exitCode: 1, needs: parts };
}
