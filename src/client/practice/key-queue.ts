/**
 * The practice terminal's keyboard: keys are pressed in the order typed, and
 * while the terminal waits for code (a part of the engine, Tab completion,
 * the explainer) the keys typed meanwhile wait too, then run in order.
 */
import type { Key } from '../../lib/terminal/keys.ts';

export interface KeyQueueHost {
  /** Code to load before this key can be pressed, or undefined. */
  needs(key: Key): (() => Promise<unknown>) | undefined;
  press(key: Key): void;
  /** Code could not load (offline, say). */
  failed(err: Error): void;
}

export class KeyQueue {
  private keys: Key[] = [];
  private busy = false;

  constructor(private readonly host: KeyQueueHost) {}

  get waiting(): boolean {
    return this.busy;
  }

  push(keys: readonly Key[]): void {
    this.keys.push(...keys);
    this.drain();
  }

  /** Runs `work` with the keys held, then `then`, then the keys typed meanwhile. */
  hold(work: () => Promise<unknown>, then: () => void, failed = (err: Error) => this.host.failed(err)): void {
    this.busy = true;
    work().then(
      () => {
        this.busy = false;
        then();
        this.drain();
      },
      (err: unknown) => {
        this.busy = false;
        failed(err as Error);
        this.drain();
      },
    );
  }

  private drain(): void {
    while (!this.busy && this.keys.length) {
      const key = this.keys[0] as Key;
      const load = this.host.needs(key);
      if (load) {
        // The key is pressed once its code is there; if it cannot load, it is dropped with a message.
        this.hold(
          load,
          () => {},
          (err) => {
            this.keys.shift();
            this.host.failed(err);
          },
        );
        return;
      }
      this.keys.shift();
      this.host.press(key);
    }
  }
}
