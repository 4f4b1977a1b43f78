/**
 * <cn-practice>: the practice terminal. xterm.js draws the screen; the pure
 * line editor (src/lib/terminal) turns keys into lines; the engine model
 * (src/lib/engine) runs them; the host panel, the role="log" mirror, the
 * exercise's checks and localStorage follow every command.
 *
 * The page already shows the starting state (drawn at build time), so this
 * starts in steps, each its own task: the engine's code, the engine with the
 * exercise's starting state (restored from the page, starting-host.ts),
 * xterm's code, the terminal. A phone's main thread is never
 * blocked for the whole start at once, and input stays responsive meanwhile.
 *
 * The engine starts with its core (src/lib/engine/lazy-engine.ts); a line that needs
 * Compose, the build, curl, networks and volumes or the rarer commands' facts
 * waits while that part loads (keys typed meanwhile are kept, in order), as
 * does the first Tab for the facts completion offers.
 */
import { whatIsMissing } from '../../lib/exercises/check.ts';
import type { HostSnapshot } from '../../lib/exercises/host.ts';
import { decodeInput } from '../../lib/terminal/keys.ts';
import type * as Core from '../../lib/engine/lazy-engine.ts';
import type { FactsPack } from '../../lib/commands/facts-pack.ts';
import { LineEditor, type Action, type Completion } from '../../lib/terminal/line-editor.ts';
import { INTERRUPT, plainPrompt, PracticeSession, PRACTICE_HELP as HELP, type RunResult } from '../../lib/practice/session.ts';
import { saveExercise, SANDBOX } from '../../lib/practice/progress.ts';
import { recordExercise } from '../../lib/progress/progress.ts';
import { updateProgress } from '../progress-store.ts';
import type { Prompt, TerminalScreen } from './terminal-screen.ts';
import { renderHost } from './host-panel.ts';
import { ExercisePanel, type PracticeData } from './exercise-panel.ts';
import { LogMirror } from './log-mirror.ts';
import { earlyInput } from './early-input.ts';
import { initialLines, share } from './share-restore.ts';
import { KeyQueue } from './key-queue.ts';
import { savedHostCode, startingHost } from './starting-host.ts';
import type { Completer } from './tab-completion.ts';

class PracticeTerminal extends HTMLElement {
  private screen!: TerminalScreen;
  private editor!: LineEditor;
  private session!: PracticeSession<HostSnapshot>;
  private data!: PracticeData;
  private mirror!: LogMirror;
  private panel!: ExercisePanel;
  private tab: Completer | undefined;
  private readonly keys = new KeyQueue({
    // The first Tab waits for completion's code and every command's facts.
    needs: (key) => ('name' in key && key.name === 'tab' && !this.tab ? () => this.loadCompletion() : undefined),
    press: (key) => {
      const before = this.editor.display().text;
      this.act(this.editor.press(key), before);
    },
    failed: (err) => {
      this.leaveLine();
      this.say(`Part of the practice host could not load (${err.message}). Check the connection and try again.`);
      this.prompt();
    },
  });
  private core!: typeof Core;

  async connectedCallback(): Promise<void> {
    const screen = this.querySelector<HTMLElement>('[data-practice-screen]');
    const block = this.querySelector('script[data-practice-data]');
    const log = this.querySelector<HTMLElement>('[data-practice-log]');
    if (!screen || !block || !log) return;
    this.data = JSON.parse(block.textContent ?? '{}') as PracticeData;
    this.mirror = new LogMirror(log);
    this.panel = new ExercisePanel(this, this.data);

    // Both downloads start now; each chunk runs in its own task, with a yield between the steps.
    const engineCode = import('../../lib/engine/lazy-engine.ts');
    const savedCode = savedHostCode(this.data);
    const terminalCode = import('./terminal-screen.ts');
    const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));
    const restored = initialLines(this.data.id);
    this.core = await engineCode;
    const { loadParts, missingParts } = this.core;
    // The exercise starts from the host saved in the page; its setup is replayed only if that cannot be read.
    const start = await startingHost(this.data, this.core, savedCode);
    // A restored or shared state may use parts the core lacks: load them before replaying.
    await loadParts(missingParts([...start.setup, ...restored.lines]));
    await breathe();
    this.session = new PracticeSession(start.make, start.setup, restored.lines);
    // A line can reach a part by a way its words do not show (a variable naming a command).
    await this.core.settle(this.session);
    this.editor = new LineEditor((buffer, cursor) => this.complete(buffer, cursor), restored.lines);
    const { TerminalScreen } = await terminalCode;
    await breathe();
    this.screen = await TerminalScreen.open(screen, (data) => this.input(data));
    await breathe();
    this.querySelector('[data-practice-undo]')?.addEventListener('click', () => this.builtin('undo', true));
    this.querySelector('[data-practice-reset]')?.addEventListener('click', () => this.builtin('reset', true));
    this.querySelector('[data-practice-share]')?.addEventListener('click', () =>
      share(this, this.session.lines, (m) => this.panel.announce(m)),
    );
    this.querySelector('[data-practice-explain]')?.addEventListener('click', () => {
      const line = this.editor.buffer.trim() || this.session.lines.at(-1) || '';
      this.builtin(`explain ${line}`, true);
    });
    this.querySelector('[data-practice-focus]')?.addEventListener('click', () => this.screen.focus());

    this.say([start.note, restored.note].filter(Boolean).join(' '));
    for (const line of HELP.slice(0, 2)) this.writeLine(line);
    this.afterCommand(false);
    this.prompt();
    this.classList.add('is-ready');
    // A click into the terminal while it loaded gives it the focus, and what was typed meanwhile.
    if (earlyInput.wantsFocus) this.screen.focus();
    for (const key of earlyInput.keys.splice(0)) this.input(key);
  }

  /** The key queue loads completion before it presses the first Tab. */
  private complete(buffer: string, cursor: number): Completion {
    return this.tab ? this.tab(buffer, cursor, this.session.snapshot()) : { buffer, cursor, listing: [] };
  }

  private async loadCompletion(): Promise<void> {
    const [code, facts] = await Promise.all([import('./tab-completion.ts'), this.core.allFacts()]);
    this.tab = code.completer(facts);
  }

  /** The engine's prompt (a container shell has its own), coloured like bash's when it is the host's. */
  private promptText(): Prompt {
    const plain = plainPrompt(this.session);
    const host = /^([\w.-]+@[\w.-]+):(.*)\$ $/.exec(plain);
    const text = host ? `\x1b[32m${host[1]}\x1b[0m:\x1b[34m${host[2]}\x1b[0m$ ` : plain;
    return { text, plain };
  }

  private prompt(): void {
    this.screen.prompt(this.promptText(), this.editor.display());
  }

  private redraw(): void {
    this.screen.redraw(this.promptText(), this.editor.display());
  }

  private leaveLine(text = this.editor.display().text, suffix = ''): void {
    this.screen.leaveLine(this.promptText(), text, suffix);
  }

  private input(data: string): void {
    const decoded = decodeInput(data);
    if ('refused' in decoded) {
      this.leaveLine();
      this.writeLine(`\x1b[31m${decoded.refused}\x1b[0m`);
      this.mirror.add(decoded.refused);
      this.prompt();
      return;
    }
    this.keys.push(decoded.keys);
  }

  private act(action: Action, before: string): void {
    switch (action.type) {
      case 'redraw':
        this.redraw();
        break;
      case 'submit':
        this.leaveLine(before);
        this.submit(action.line);
        break;
      case 'cancel':
        this.leaveLine(before, '^C');
        this.mirror.add('^C');
        if (this.session.holdsTerminal) {
          // Ctrl-C stops the container that holds the terminal, as in a real shell.
          this.show(this.session.run(INTERRUPT));
          this.afterCommand(true);
        }
        this.prompt();
        break;
      case 'clear':
        this.screen.clear();
        this.prompt();
        break;
      case 'list':
        this.leaveLine(before);
        this.writeLine(action.items.join('  '));
        this.prompt();
        break;
    }
  }

  private writeLine(text: string): void {
    this.screen.writeLine(text);
  }

  private say(text: string): void {
    if (!text) return;
    this.writeLine(`\x1b[3m${text}\x1b[0m`);
    this.mirror.add(text);
  }

  private show(result: RunResult): void {
    const out = result.output ?? result.stdout + result.stderr;
    if (out) this.screen.write(out.endsWith('\n') ? out : `${out}\n`);
    this.mirror.add(out);
  }

  private submit(line: string): void {
    this.mirror.add(`${this.promptText().plain}${line}`);
    const trimmed = line.trim();
    if (!trimmed) return this.prompt();
    const word = trimmed.split(/\s+/)[0] ?? '';
    if (['undo', 'reset', 'help', 'explain', 'clear'].includes(word)) {
      this.builtin(trimmed);
      return;
    }
    const missing = this.core.missingParts([line]);
    if (missing.length)
      return this.keys.hold(
        () => this.core.loadParts(missing),
        () => this.runLoaded(line),
        this.notLoaded,
      );
    this.runLoaded(line);
  }

  /** A line whose part could not load did not run (↑ brings it back). */
  private readonly notLoaded = (err: Error): void => {
    this.say(`Part of the practice host could not load (${err.message}), so that line did not run. Check the connection and try again.`);
    this.prompt();
  };

  private runLoaded(line: string, tries = 0): void {
    const result = this.session.run(line);
    const needs = (result.needs ?? []) as Core.PartName[];
    // Found only while running (the session has undone the line): load, then run it again.
    if (needs.length && tries < 8)
      return this.keys.hold(
        () => this.core.loadParts(needs),
        () => this.runLoaded(line, tries + 1),
        this.notLoaded,
      );
    this.show(result);
    this.afterCommand(true);
    this.prompt();
  }

  /** undo, reset, explain, clear and help: answered by the page, not the engine, and not counted. */
  private builtin(line: string, fromButton = false): void {
    if (this.keys.waiting) return;
    const word = line.split(/\s+/)[0];
    if (fromButton) this.leaveLine();
    if (word === 'explain') {
      const target = line.slice('explain'.length).trim();
      let lines = ['Usage: explain <command>, e.g. explain docker run -d -p 8080:80 nginx'];
      // Keys typed while the explainer loads wait for its answer.
      this.keys.hold(
        async () => {
          if (target) lines = await explainLine(target, () => this.core.allFacts());
        },
        () => {
          for (const l of lines) this.writeLine(l);
          this.mirror.add(lines.join('\n'));
          this.prompt();
        },
      );
      return;
    } else if (word === 'undo') {
      const last = this.session.lines.at(-1);
      const done = this.session.undo();
      this.say(done ? `Undone: ${last}` : 'Nothing to undo.');
      this.afterCommand(true);
    } else if (word === 'reset') {
      this.session.reset();
      this.screen.clear();
      this.say(this.data.setup.length ? "Reset: back to the exercise's starting state." : 'Reset: an empty host again.');
      this.afterCommand(true);
    } else if (word === 'clear') {
      this.screen.clear();
    } else {
      for (const l of HELP) this.writeLine(l);
      this.mirror.add(HELP.join('\n'));
    }
    this.prompt();
  }

  /** After every command: the host panel, the checks, the saved progress. */
  private afterCommand(save: boolean): void {
    const host = this.session.snapshot();
    const hostPanel = this.querySelector<HTMLElement>('[data-practice-host]');
    if (hostPanel) renderHost(host, hostPanel);
    const missing = this.data.checks.length ? whatIsMissing(this.data.checks, host, this.session.typed) : [];
    const solved = this.data.checks.length > 0 && missing.length === 0;
    this.panel.update(missing, solved, this.session.commandCount);
    if (save) saveExercise(localStorage, this.data.id, this.session.lines, solved);
    // The course's progress (/progress/) counts it solved, with the best command count.
    if (save && solved && this.data.id !== SANDBOX)
      updateProgress((p) => recordExercise(p, this.data.id, Date.now(), this.session.commandCount));
  }
}

async function explainLine(line: string, facts: () => Promise<FactsPack>): Promise<string[]> {
  try {
    const [{ explainLine: run }, pack] = await Promise.all([import('./explain-inline.ts'), facts()]);
    return run(line, pack);
  } catch (err) {
    return [`The explainer could not load (${(err as Error).message}).`];
  }
}

customElements.define('cn-practice', PracticeTerminal);
