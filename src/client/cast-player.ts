/**
 * `<cn-cast-player>`: wires a recording, the replay engine, xterm.js and the
 * server-rendered controls together. This module is the player's lazy chunk
 * (xterm.js and its CSS come with it); cast-player-loader.ts imports it when the
 * reader first reaches for a player, and each player starts when it is reached
 * for (cast-wake.ts), then carries out what was asked of it while it loaded.
 *
 * Attributes: `data-src` (URL of a .cast), `data-poster-time` (ms shown before
 * play). Without `data-src`, `load()` feeds it a file the user opened.
 * Reading, the timeline and the transcript happen in a worker (cast-load.ts):
 * the controls work as soon as the timeline is ready, the transcript follows.
 */
import { damageMessage, formatProblems } from '../lib/replay/asciicast';
import { Engine, systemClock, type EngineEvent } from '../lib/replay/engine';
import { describePosition } from '../lib/replay/format';
import { applyAction, type PlayerAction } from '../lib/replay/keys';
import { KeyframeStore } from '../lib/replay/keyframes';
import type { PreparedCast } from '../lib/replay/prepare';
import { affordablePosterTime } from '../lib/replay/restart';
import { shortcutsFrom } from '../lib/replay/shortcut';
import type { TranscriptEntry } from '../lib/replay/transcript';
import { CastLoader, type LoadResult } from './cast-load';
import {
  announce,
  carryOut,
  copyCommand,
  enableControls,
  markCurrentEntry,
  playerKey,
  renderControls,
  showProgress,
  toggleFullscreen,
} from './cast-player-ui';
import { markVirtualEntry, pageCommandIndex, renderTranscript } from './cast-transcript';
import { WAKE_EVENT, wanted } from './cast-wake';
import { castTheme, loadXtermStyles, mountXterm, SITE_THEME, type XtermSink } from './xterm-sink';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class CastPlayer extends HTMLElement {
  private engine: Engine | undefined;
  private sink: XtermSink | undefined;
  private raf = 0;
  private generation = 0;
  private wired = false;
  private resizer: ResizeObserver | undefined;
  private cast: PreparedCast | undefined;
  private loader: CastLoader | undefined;
  /** Keyframes of the open recording, filled while it plays (the worker sends them in batches). */
  private keyframes = new KeyframeStore();
  /** Show the recording's own colours (when it has some) rather than the site's. */
  private ownTheme = true;

  private el<T extends Element>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`cn-cast-player: missing ${selector}`);
    return found;
  }

  connectedCallback(): void {
    if (!this.wired) this.wire();
    if (!this.dataset.src || this.engine) return;
    // Each player starts (fetch, xterm) only once the reader has reached for it.
    if (wanted.has(this)) void this.start(this.dataset.src);
    else this.addEventListener(WAKE_EVENT, () => void this.start(this.dataset.src!), { once: true });
  }

  disconnectedCallback(): void {
    this.teardown();
    this.loader?.dispose();
    this.loader = undefined;
  }

  /** Replays a recording (a file the user opened). Resolves with the result: unreadable files are the caller's to explain. */
  async load(source: Blob | string): Promise<LoadResult> {
    const generation = ++this.generation;
    this.teardown();
    this.loader ??= new CastLoader();
    const progress = this.el<HTMLProgressElement>('[data-progress]');
    const keyframes = (this.keyframes = new KeyframeStore());
    delete this.dataset.keyframes;
    const result = await this.loader.open(source, this.idleLimit(), {
      onProgress: (fraction) => showProgress(progress, fraction),
      onTranscript: (entries) => this.showTranscript(entries),
      onKeyframes: (frames, done) => {
        keyframes.add(frames);
        // For tests and benchmarks: every keyframe has arrived.
        if (done && keyframes === this.keyframes) this.dataset.keyframes = String(keyframes.size);
      },
    });
    showProgress(progress, undefined);
    if (result.ok && generation === this.generation) await this.setup(result.cast, generation);
    return result;
  }

  private async start(src: string): Promise<void> {
    let text: string;
    try {
      const res = await fetch(src);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      text = await res.text();
    } catch (err) {
      this.fail(`The recording could not be loaded (${(err as Error).message}). Check your connection and reload the page.`);
      return;
    }
    try {
      const result = await this.load(text);
      if (!result.ok) this.fail(`The recording is damaged:\n${formatProblems(src, result.errors)}`);
    } catch (err) {
      this.fail(`The recording could not be read (${(err as Error).message}).`);
    }
  }

  private showTranscript(entries: TranscriptEntry[]): void {
    // Our own sessions come with a server-rendered transcript.
    if (!this.dataset.src) {
      const list = this.el<HTMLElement>('[data-transcript]');
      renderTranscript(list, entries, pageCommandIndex());
      if (this.engine) markVirtualEntry(list, this.engine.markerIndex);
    }
    if (this.engine) enableControls(this);
  }

  private async setup(cast: PreparedCast, generation: number): Promise<void> {
    this.cast = cast;
    const box = this.el<HTMLElement>('[data-error]');
    box.hidden = !cast.damage;
    if (cast.damage) box.textContent = damageMessage(cast.damage, cast.events);
    const themeButton = this.el<HTMLButtonElement>('[data-action="theme"]');
    themeButton.hidden = !cast.theme;
    themeButton.setAttribute('aria-pressed', String(this.ownTheme));
    this.paintFrame();
    const { timeline } = cast;
    this.style.setProperty('--cast-cols', String(timeline.cols));
    this.style.setProperty('--cast-rows', String(timeline.rows));
    try {
      await loadXtermStyles();
      if (generation !== this.generation) return;
      this.sink = mountXterm(this.el('.cast-term'), timeline.cols, timeline.rows, this.theme());
    } catch (err) {
      this.fail(`The terminal could not start (${(err as Error).message}).`);
      return;
    }
    // Starting xterm is the page's largest single piece of work here: let input and paint in before the next.
    await nextTask();
    if (generation !== this.generation) return;
    const shortcuts = shortcutsFrom(cast.shortcuts);
    this.startEngine(cast, shortcuts);
    const poster = Number.parseFloat(this.dataset.posterTime ?? '');
    this.engine!.showPoster(Number.isFinite(poster) ? poster : affordablePosterTime(timeline, shortcuts));
    await this.sink.flushed();
    if (generation !== this.generation) return;
    // Shown only once xterm has drawn the poster frame: never a half-written screen.
    this.el<HTMLElement>('.cast-poster').hidden = true;
    this.classList.add('is-live');
    enableControls(this);
    // Keyframes only once the player is live: until then the page gets the CPU.
    this.loader?.startKeyframes();
    this.resizer = new ResizeObserver(() => this.sink?.fit());
    this.resizer.observe(this.el('.cast-viewport'));
    this.render();
    this.carryOutEarly();
  }

  /** Takes input only once the terminal shows the recording; until then the loader keeps what was asked. */
  private get live(): boolean {
    return this.engine !== undefined && this.classList.contains('is-live');
  }

  /** What the reader asked while the player was loading (cast-player-loader.ts), in order. */
  private carryOutEarly(): void {
    if (this.engine) carryOut(wanted.get(this)?.splice(0) ?? [], this.engine, (action) => this.act(action));
    this.render();
  }

  private startEngine(cast: PreparedCast, shortcuts = shortcutsFrom(cast.shortcuts)): void {
    this.engine = new Engine(cast.timeline, {
      terminal: this.sink!,
      clock: systemClock,
      dispatch: (e) => this.onEngine(e),
      shortcuts,
      keyframes: this.keyframes,
    });
  }

  /** The idle limit chosen in the controls (ms), or undefined for the recording's own. */
  private idleLimit(): number | undefined {
    const value = this.querySelector<HTMLSelectElement>('[data-idle]')?.value ?? '';
    return value === '' ? undefined : Number(value) * 1000;
  }

  /** Rebuilds the timeline with a new idle limit, keeping the terminal and the speed. */
  private async changeIdleLimit(): Promise<void> {
    if (!this.loader || !this.engine || !this.sink) return;
    const speed = this.engine.speed;
    const result = await this.loader.retime(this.idleLimit(), { onTranscript: (entries) => this.showTranscript(entries) });
    if (!result.ok || !this.engine || !this.sink) return;
    this.engine.destroy();
    this.cast = result.cast;
    this.sink.reset();
    this.startEngine(result.cast);
    this.engine!.setSpeed(speed);
    this.engine!.seek(0);
    this.render();
  }

  private theme() {
    return this.ownTheme && this.cast?.theme ? castTheme(this.cast.theme) : SITE_THEME;
  }

  private toggleTheme(button: HTMLButtonElement): void {
    this.ownTheme = !this.ownTheme;
    button.setAttribute('aria-pressed', String(this.ownTheme));
    this.sink?.setTheme(this.theme());
    this.paintFrame();
  }

  /** The frame around the terminal takes the terminal's background. */
  private paintFrame(): void {
    const bg = this.ownTheme && this.cast?.theme ? this.cast.theme.bg : '';
    this.el<HTMLElement>('.cast-screen').style.setProperty('--term-bg', bg || null);
  }

  private teardown(): void {
    cancelAnimationFrame(this.raf);
    this.resizer?.disconnect();
    this.engine?.destroy();
    this.sink?.dispose();
    this.engine = undefined;
    this.sink = undefined;
  }

  private fail(message: string): void {
    const box = this.el<HTMLElement>('[data-error]');
    box.textContent = message;
    box.hidden = false;
    this.dataset.state = 'error';
  }

  private wire(): void {
    this.wired = true;
    this.addEventListener('keydown', (e) => this.onKey(e));
    this.addEventListener('click', (e) => this.onClick(e));
    const seek = this.el<HTMLInputElement>('[data-seek]');
    seek.addEventListener('input', () => {
      if (!this.live) return;
      this.engine?.seek(Number(seek.value));
      this.render();
    });
    const speed = this.el<HTMLSelectElement>('[data-speed]');
    speed.addEventListener('change', () => this.engine?.setSpeed(Number(speed.value)));
    this.querySelector<HTMLSelectElement>('[data-idle]')?.addEventListener('change', () => void this.changeIdleLimit());
  }

  private onKey(event: KeyboardEvent): void {
    const action = this.live ? playerKey(event) : undefined;
    if (!action) return;
    event.preventDefault();
    this.act(action);
  }

  private onClick(event: MouseEvent): void {
    if (!this.live) return;
    const target = event.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>('button');
    if (button?.dataset.marker !== undefined && this.engine) {
      this.engine.seekMarker(Number(button.dataset.marker));
      this.engine.play();
      this.el<HTMLElement>('.cast-screen').focus({ preventScroll: true });
      return;
    }
    const action = button?.dataset.action;
    if (action === 'copy') {
      const command = this.commandToCopy();
      if (command) void copyCommand(button!, command, this.el('[data-status]'));
      return;
    }
    if (action === 'theme') return this.toggleTheme(button!);
    if (action === 'restart') return this.engine?.restart();
    if (action) return this.act({ type: action } as PlayerAction);
    // A click on the terminal plays or pauses, as on a video.
    if (target.closest('.cast-screen') && this.engine) {
      this.el<HTMLElement>('.cast-screen').focus({ preventScroll: true });
      this.act({ type: 'toggle' });
    }
  }

  private act(action: PlayerAction): void {
    if (action.type === 'fullscreen') return toggleFullscreen(this);
    if (!this.engine) return;
    applyAction(this.engine, action);
    this.render();
  }

  private onEngine(event: EngineEvent): void {
    const engine = this.engine;
    if (!engine) return;
    if (event.type === 'state') {
      if (event.state === 'playing') this.loop();
      this.announce(
        event.state === 'playing'
          ? 'Playing'
          : event.state === 'ended'
            ? 'Finished'
            : `Paused at ${describePosition(engine.position(), engine.duration)}`,
      );
    } else if (event.type === 'marker') {
      if (!markVirtualEntry(this.el('[data-transcript]'), event.index)) markCurrentEntry(this, event.index);
      const command = engine.timeline.markers[event.index];
      if (command && engine.state !== 'playing') {
        this.announce(`Command ${event.index + 1} of ${engine.timeline.markers.length}: ${command.label}`);
      }
    } else if (event.type === 'speed') {
      this.el<HTMLSelectElement>('[data-speed]').value = String(event.speed);
    }
    this.render();
  }

  private loop(): void {
    cancelAnimationFrame(this.raf);
    const tick = () => {
      this.render();
      if (this.engine?.state === 'playing') this.raf = requestAnimationFrame(tick);
    };
    this.raf = requestAnimationFrame(tick);
  }

  private render(): void {
    if (!this.engine) return;
    renderControls(this, this.engine, !this.commandToCopy());
  }

  /** The command at the current position, or the first one before it starts. */
  private commandToCopy(): string | undefined {
    return this.engine?.currentCommand ?? this.engine?.timeline.markers[0]?.label;
  }

  private announce(message: string): void {
    announce(this.el<HTMLElement>('[data-status]'), message);
  }
}

if (!customElements.get('cn-cast-player')) customElements.define('cn-cast-player', CastPlayer);
