/**
 * What `<cn-cast-player>`'s controls do, both ways. In: keys, clicks (buttons,
 * the transcript's "Play from here", a click on the screen), the seek bar and
 * the speed and pause selects become engine actions. Out: the engine's events
 * bring the controls, the current command and the spoken announcements up to
 * date, every animation frame while it plays. cast-player.ts creates it and
 * owns the engine; the small DOM helpers are cast-player-ui.ts's.
 */
import type { Engine, EngineEvent } from '../lib/replay/engine';
import { describePosition } from '../lib/replay/format';
import { applyAction, type PlayerAction } from '../lib/replay/keys';
import { announce, copyCommand, markCurrentEntry, playerKey, renderControls, toggleFullscreen } from './cast-player-ui';
import { markVirtualEntry } from './cast-transcript';

/** What the controls need from the player element. */
export interface ControlsHost {
  /** The engine, once the player runs. */
  engine(): Engine | undefined;
  /** The terminal shows the recording: until then the loader keeps what was asked (cast-wake.ts). */
  live(): boolean;
  toggleTheme(button: HTMLButtonElement): void;
  changeIdleLimit(): void;
}

/** The element under `root` matching `selector`; the player's markup always has it. */
export function playerPart<T extends Element>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`cn-cast-player: missing ${selector}`);
  return found;
}

export class PlayerControls {
  private readonly root: HTMLElement;
  private readonly host: ControlsHost;
  private raf = 0;

  constructor(root: HTMLElement, host: ControlsHost) {
    this.root = root;
    this.host = host;
  }

  /** Listens to the controls; once per element. */
  wire(): void {
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    this.root.addEventListener('click', (e) => this.onClick(e));
    const seek = this.el<HTMLInputElement>('[data-seek]');
    seek.addEventListener('input', () => {
      if (!this.host.live()) return;
      this.host.engine()?.seek(Number(seek.value));
      this.render();
    });
    const speed = this.el<HTMLSelectElement>('[data-speed]');
    speed.addEventListener('change', () => this.host.engine()?.setSpeed(Number(speed.value)));
    this.root.querySelector<HTMLSelectElement>('[data-idle]')?.addEventListener('change', () => this.host.changeIdleLimit());
  }

  act(action: PlayerAction): void {
    if (action.type === 'fullscreen') return toggleFullscreen(this.root);
    const engine = this.host.engine();
    if (!engine) return;
    applyAction(engine, action);
    this.render();
  }

  /** The engine's `dispatch`. */
  onEngine(event: EngineEvent): void {
    const engine = this.host.engine();
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
      if (!markVirtualEntry(this.el('[data-transcript]'), event.index)) markCurrentEntry(this.root, event.index);
      const command = engine.timeline.markers[event.index];
      if (command && engine.state !== 'playing') {
        this.announce(`Command ${event.index + 1} of ${engine.timeline.markers.length}: ${command.label}`);
      }
    } else if (event.type === 'speed') {
      this.el<HTMLSelectElement>('[data-speed]').value = String(event.speed);
    }
    this.render();
  }

  render(): void {
    const engine = this.host.engine();
    if (!engine) return;
    renderControls(this.root, engine, !this.commandToCopy());
  }

  /** Stops following the playback (the engine is going away). */
  stop(): void {
    cancelAnimationFrame(this.raf);
  }

  private onKey(event: KeyboardEvent): void {
    const action = this.host.live() ? playerKey(event) : undefined;
    if (!action) return;
    event.preventDefault();
    this.act(action);
  }

  private onClick(event: MouseEvent): void {
    if (!this.host.live()) return;
    const engine = this.host.engine();
    const target = event.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>('button');
    if (button?.dataset.marker !== undefined && engine) {
      engine.seekMarker(Number(button.dataset.marker));
      engine.play();
      this.el<HTMLElement>('.cast-screen').focus({ preventScroll: true });
      return;
    }
    const action = button?.dataset.action;
    if (action === 'copy') {
      const command = this.commandToCopy();
      if (command) void copyCommand(button!, command, this.el('[data-status]'));
      return;
    }
    if (action === 'theme') return this.host.toggleTheme(button!);
    if (action === 'restart') return engine?.restart();
    if (action) return this.act({ type: action } as PlayerAction);
    // A click on the terminal plays or pauses, as on a video.
    if (target.closest('.cast-screen') && engine) {
      this.el<HTMLElement>('.cast-screen').focus({ preventScroll: true });
      this.act({ type: 'toggle' });
    }
  }

  private loop(): void {
    cancelAnimationFrame(this.raf);
    const tick = () => {
      this.render();
      if (this.host.engine()?.state === 'playing') this.raf = requestAnimationFrame(tick);
    };
    this.raf = requestAnimationFrame(tick);
  }

  /** The command at the current position, or the first one before it starts. */
  private commandToCopy(): string | undefined {
    const engine = this.host.engine();
    return engine?.currentCommand ?? engine?.timeline.markers[0]?.label;
  }

  private announce(message: string): void {
    announce(this.el<HTMLElement>('[data-status]'), message);
  }

  private el<T extends Element>(selector: string): T {
    return playerPart<T>(this.root, selector);
  }
}
