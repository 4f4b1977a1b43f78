/**
 * <cn-practice>: the practice terminal. xterm.js draws the screen; the pure
 * line editor (src/lib/terminal) turns keys into lines; the engine model
 * (src/lib/engine) runs them; the host panel, the role="log" mirror, the
 * exercise's checks and localStorage follow every command.
 *
 * The page already shows the starting state (drawn at build time), so this
 * starts in steps, each its own task: the engine's code, the engine and the
 * exercise's setup, xterm's code, the terminal. A phone's main thread is never
 * blocked for the whole start at once, and input stays responsive meanwhile.
 *
 * The engine starts with its core (src/lib/engine/lazy-engine.ts); a line that needs
 * Compose, the build, curl, networks and volumes or the rarer commands' facts
 * waits while that part loads (keys typed meanwhile are kept, in order), as
 * does the first Tab for the facts completion offers.
 */
import { whatIsMissing } from '../../lib/exercises/check.ts';
import type { HostSnapshot } from '../../lib/exercises/host.ts';
import type { CliWords } from '../../lib/terminal/cli-words.ts';
import { decodeInput, type Key } from '../../lib/terminal/keys.ts';
import type * as Core from '../../lib/engine/lazy-engine.ts';
import type { FactsPack } from '../../lib/commands/facts-pack.ts';
import { LineEditor, type Action, type Completion } from '../../lib/terminal/line-editor.ts';
import {
  decodeShare,
  encodeShare,
  INTERRUPT,
  plainPrompt,
  PracticeSession,
  PRACTICE_HELP as HELP,
  PRACTICE_SEED,
  type RunResult,
} from '../../lib/practice/session.ts';
import { readProgress, saveExercise, SANDBOX } from '../../lib/practice/progress.ts';
import { recordExercise } from '../../lib/progress/progress.ts';
import { updateProgress } from '../progress-store.ts';
import type { Prompt, TerminalScreen } from './terminal-screen.ts';
import { renderHost } from './host-panel.ts';
import { ExercisePanel, type PracticeData } from './exercise-panel.ts';
import { LogMirror } from './log-mirror.ts';
import { earlyInput } from './early-input.ts';

const PROGRAMS = [
  'cat',
  'cd',
  'clear',
  'curl',
  'docker',
  'echo',
  'explain',
  'export',
  'grep',
  'head',
  'help',
  'ls',
  'pwd',
  'reset',
  'undo',
  'wc',
];

class PracticeTerminal extends HTMLElement {
  private screen!: TerminalScreen;
  private editor!: LineEditor;
  private session!: PracticeSession<HostSnapshot>;
  private data!: PracticeData;
  private mirror!: LogMirror;
  private panel!: ExercisePanel;
  private busy = false;
  /** Keys typed while a part loads or the explainer answers, in order. */
  private keys: Key[] = [];
  /** Tab completion, loaded on the first Tab. */
  private tab: { complete: typeof import('./tab-completion.ts').complete; words: CliWords } | undefined;
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
    const terminalCode = import('./terminal-screen.ts');
    const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));
    const restored = this.initialLines();
    this.core = await engineCode;
    const { createEngine, loadParts, missingParts } = this.core;
    // A restored or shared state may use parts the core lacks: load them before replaying.
    await loadParts(missingParts([...this.data.setup, ...restored.lines]));
    await breathe();
    this.session = new PracticeSession(() => createEngine({ seed: PRACTICE_SEED }), this.data.setup, restored.lines);
    // A line can reach a part by a way its words do not show (a variable naming a command).
    for (let i = 0; i < 8 && this.session.needs.length; i++) {
      await loadParts(this.session.needs as Core.PartName[]);
      this.session.resume();
    }
    this.editor = new LineEditor((buffer, cursor) => this.complete(buffer, cursor), restored.lines);
    const { TerminalScreen } = await terminalCode;
    await breathe();
    this.screen = await TerminalScreen.open(screen, (data) => this.input(data));
    await breathe();
    this.querySelector('[data-practice-undo]')?.addEventListener('click', () => void this.builtin('undo', true));
    this.querySelector('[data-practice-reset]')?.addEventListener('click', () => void this.builtin('reset', true));
    this.querySelector('[data-practice-share]')?.addEventListener('click', () => this.share());
    this.querySelector('[data-practice-explain]')?.addEventListener('click', () => {
      const line = this.editor.buffer.trim() || this.session.lines.at(-1) || '';
      void this.builtin(`explain ${line}`, true);
    });
    this.querySelector('[data-practice-focus]')?.addEventListener('click', () => this.screen.focus());

    this.say(restored.note);
    for (const line of HELP.slice(0, 2)) this.writeLine(line);
    this.afterCommand(false);
    this.prompt();
    this.classList.add('is-ready');
    // A click into the terminal while it loaded gives it the focus, and what was typed meanwhile.
    if (earlyInput.wantsFocus) this.screen.focus();
    for (const key of earlyInput.keys.splice(0)) this.input(key);
  }

  /** Lines to start from: a share link wins over what this browser saved. */
  private initialLines(): { lines: string[]; note: string } {
    const hash = new URLSearchParams(location.hash.slice(1)).get('run');
    if (hash !== null) {
      history.replaceState(null, '', location.pathname + location.search);
      const lines = decodeShare(hash);
      if (lines) return { lines, note: `Rebuilt from a shared link: ${lines.length} command${lines.length === 1 ? '' : 's'}.` };
      return { lines: [], note: 'That share link is broken (it could not be read), so this starts fresh.' };
    }
    const saved = readProgress(localStorage).exercises[this.data.id];
    const lines = saved?.typed ?? [];
    return { lines, note: lines.length ? `Restored ${lines.length} command${lines.length === 1 ? '' : 's'} from your last visit.` : '' };
  }

  /** drain() loads completion before it presses the first Tab. */
  private complete(buffer: string, cursor: number): Completion {
    return this.tab ? this.tab.complete(buffer, cursor, this.completionContext(this.tab.words)) : { buffer, cursor, listing: [] };
  }

  private completionContext(words: CliWords) {
    const host = this.session.snapshot();
    return {
      // The engine's own copy of the facts, both halves.
      words,
      programs: PROGRAMS,
      names: {
        images: host.images.flatMap((i) => i.repoTags),
        containers: host.containers.map((c) => c.name),
        networks: host.networks.map((n) => n.name),
        volumes: host.volumes.map((v) => v.name),
        files: Object.keys(host.files),
        cwd: host.shell.cwd,
        home: host.shell.home,
      },
    };
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
    this.keys.push(...decoded.keys);
    this.drain();
  }

  /** Presses the kept keys until one has to wait for code (a part, the explainer). */
  private drain(): void {
    while (!this.busy && this.keys.length) {
      const key = this.keys[0] as Key;
      if ('name' in key && key.name === 'tab' && !this.tab) {
        this.whileLoading(
          async () => {
            const [code, facts] = await Promise.all([import('./tab-completion.ts'), this.core.allFacts()]);
            this.tab = { complete: code.complete, words: code.cliWordsFromPack(facts) };
          },
          () => {},
          () => {
            this.keys.shift();
            this.leaveLine();
          },
        );
        return;
      }
      this.keys.shift();
      const before = this.editor.display().text;
      this.act(this.editor.press(key), before);
    }
  }

  /** Runs `work` with the keyboard held (keys are kept), then `then`; says so when the code could not load. */
  private whileLoading(work: () => Promise<unknown>, then: () => void, failed = () => {}): void {
    this.busy = true;
    work().then(
      () => {
        this.busy = false;
        then();
        this.drain();
      },
      (err: unknown) => {
        this.busy = false;
        failed();
        this.say(`Part of the practice host could not load (${(err as Error).message}). Check the connection and try again.`);
        this.prompt();
        this.drain();
      },
    );
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
    this.writeLine(`\x1b[2m${text}\x1b[0m`);
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
      void this.builtin(trimmed);
      return;
    }
    const missing = this.core.missingParts([line]);
    if (missing.length)
      return this.whileLoading(
        () => this.core.loadParts(missing),
        () => this.runLoaded(line),
      );
    this.runLoaded(line);
  }

  private runLoaded(line: string, tries = 0): void {
    const result = this.session.run(line);
    const needs = (result.needs ?? []) as Core.PartName[];
    // Found only while running (the session has undone the line): load, then run it again.
    if (needs.length && tries < 8)
      return this.whileLoading(
        () => this.core.loadParts(needs),
        () => this.runLoaded(line, tries + 1),
      );
    this.show(result);
    this.afterCommand(true);
    this.prompt();
  }

  /** undo, reset, explain, clear and help: answered by the page, not the engine, and not counted. */
  private async builtin(line: string, fromButton = false): Promise<void> {
    if (this.busy) return;
    const word = line.split(/\s+/)[0];
    if (fromButton) this.leaveLine();
    if (word === 'explain') {
      const target = line.slice('explain'.length).trim();
      this.busy = true;
      const lines = target
        ? await explainLine(target, () => this.core.allFacts())
        : ['Usage: explain <command>, e.g. explain docker run -d -p 8080:80 nginx'];
      this.busy = false;
      for (const l of lines) this.writeLine(l);
      this.mirror.add(lines.join('\n'));
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
    // Keys typed while the explainer loaded.
    if (word === 'explain') this.drain();
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

  private share(): void {
    const url = `${location.origin}${location.pathname}#run=${encodeShare(this.session.lines)}`;
    const field = this.querySelector<HTMLInputElement>('[data-practice-share-url]');
    if (field) {
      field.value = url;
      field.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
      field.select();
    }
    navigator.clipboard?.writeText(url).then(
      () => this.panel.announce('Share link copied.'),
      () => this.panel.announce('Share link ready to copy.'),
    );
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
