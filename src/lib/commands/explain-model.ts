/**
 * The explainer's result types and the small collector both stages write to.
 * Modelled on explainshell's matcher: every part carries its character span in
 * the input, and parts the explainer does not understand are kept and marked,
 * never dropped. Pure.
 */
import type { Reference } from './reference.ts';
import { commandHref } from '../routes.ts';

/** What the site says about one command (from content/commands/*.yaml). */
export interface CommandDoc {
  /** Page slug: `/commands/<slug>/`. */
  slug: string;
  /** Canonical command, e.g. `docker container run`. */
  command: string;
  /** One-line summary. */
  short: string;
  /** Our usage line, when it corrects or refines the facts. */
  usage?: string;
  /** Our description of each flag, keyed by long name with dashes (`--publish`). */
  flags: Record<string, string>;
}

export interface ExplainData {
  reference: Reference;
  /** Our command docs keyed by canonical command. */
  docs: ReadonlyMap<string, CommandDoc>;
}

export type PartKind =
  | 'prompt' // `$ ` in a pasted example
  | 'comment'
  | 'operator' // |, &&, ;
  | 'redirect' // > file, 2>&1
  | 'env' // NAME=value before the program
  | 'sudo'
  | 'program' // docker, docker-compose
  | 'subcommand' // container, run, compose, up
  | 'flag'
  | 'value' // a flag's value
  | 'argument' // a positional argument, by role
  | 'end-of-options' // --
  | 'other' // a word of a command that is not docker
  | 'unknown'; // a word the explainer could not place

export interface Part {
  kind: PartKind;
  start: number;
  end: number;
  /** The input text of this part. */
  text: string;
  /** Short title: `docker container ls`, `--publish, -p`, `IMAGE`. */
  label: string;
  /** Plain-language explanation. Code is written in backquotes. */
  detail: string;
  /** Our page about the command or flag, when we have one. */
  href?: string;
  /** Set when a problem was found at this part. */
  severity?: 'error' | 'warning';
}

export type Severity = 'error' | 'warning' | 'note';

export type MessageCode =
  | 'empty'
  | 'no-docker'
  | 'unclosed-quote'
  | 'compose-v1'
  | 'missing-space'
  | 'unknown-command'
  | 'group-only'
  | 'unknown-flag'
  | 'global-flag-misplaced'
  | 'single-dash-long'
  | 'missing-value'
  | 'value-looks-like-flag'
  | 'bool-value'
  | 'missing-argument'
  | 'extra-argument'
  | 'option-after-positional'
  | 'command-looks-like-env'
  | 'rmi-container'
  | 'rm-image'
  | 'push-without-namespace'
  | 'deprecated-flag'
  | 'deprecated-command'
  | 'help'
  | 'too-many-problems';

export interface Message {
  code: MessageCode;
  severity: Severity;
  /** Plain-language explanation; code in backquotes. */
  text: string;
  start: number;
  end: number;
  /** The command as it was probably meant, when we can tell. */
  suggestion?: string;
  /** What the real docker CLI prints for this problem (its first line), when it refuses the command. */
  docker?: string;
}

/** What to say, where, and what to offer instead: the argument of Collector.message. */
export interface MessageOptions {
  code: MessageCode;
  severity: Severity;
  text: string;
  /** The span the message is about. */
  at: { start: number; end: number };
  suggestion?: string | undefined;
  /** The part to mark with the message's severity. */
  part?: Part | undefined;
  docker?: string | undefined;
}

/** One docker command found in the input. */
export interface ExplainedCommand {
  /** Canonical name, e.g. `docker container ls`; `docker` when no subcommand was recognised. */
  command: string;
  slug?: string;
  start: number;
  end: number;
  /** `--help` was given: Docker prints the command's help and runs nothing. */
  help?: boolean;
  /** The first error the real docker CLI prints for this command, if it refuses it. */
  docker?: string;
  /** One line saying what the command does, when we can tell. */
  summary?: string;
}

export interface Explanation {
  parts: Part[];
  messages: Message[];
  commands: ExplainedCommand[];
}

// Garbage input can produce a problem per word; past this many the list stops
// helping, and rendering it would slow the page down.
const MAX_MESSAGES = 100;

/** Collects parts and messages while the input is walked. */
export class Collector {
  readonly parts: Part[] = [];
  readonly messages: Message[] = [];
  readonly commands: ExplainedCommand[] = [];
  private dropped = 0;
  readonly input: string;
  readonly data: ExplainData;

  constructor(input: string, data: ExplainData) {
    this.input = input;
    this.data = data;
  }

  part(kind: PartKind, start: number, end: number, label: string, detail: string, href?: string): Part {
    const p: Part = { kind, start, end, text: this.input.slice(start, end), label, detail };
    if (href) p.href = href;
    this.parts.push(p);
    return p;
  }

  message(o: MessageOptions): void {
    const { part, severity } = o;
    if (part && severity !== 'note' && part.severity !== 'error') part.severity = severity;
    if (this.messages.length >= MAX_MESSAGES) {
      this.dropped++;
      return;
    }
    const m: Message = { code: o.code, severity, text: o.text, start: o.at.start, end: o.at.end };
    if (o.suggestion !== undefined) m.suggestion = o.suggestion;
    if (o.docker !== undefined) m.docker = o.docker;
    this.messages.push(m);
  }

  // Index of the first part starting at or after `offset` (parts are sorted).
  private firstPartFrom(offset: number): number {
    let lo = 0;
    let hi = this.parts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.parts[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Href of our page for a command, if we have one. */
  href(command: string): string | undefined {
    const doc = this.data.docs.get(command);
    return doc ? commandHref(doc.slug) : undefined;
  }

  finish(): Explanation {
    this.parts.sort((a, b) => a.start - b.start);
    this.messages.sort((a, b) => a.start - b.start);
    // A problem about a span (a glued word, a command missing its argument)
    // marks the parts inside it, so the highlighted command shows where it is.
    for (const m of this.messages) {
      if (m.severity === 'note' || m.end <= m.start) continue;
      for (let k = this.firstPartFrom(m.start); k < this.parts.length && this.parts[k]!.start < m.end; k++) {
        const p = this.parts[k]!;
        if (p.end <= m.end && !p.severity) p.severity = m.severity;
      }
    }
    if (this.dropped > 0) {
      this.messages.push({
        code: 'too-many-problems',
        severity: 'note',
        text: `${this.dropped} more problems are not listed. Is this really a docker command?`,
        start: 0,
        end: 0,
      });
    }
    return { parts: this.parts, messages: this.messages, commands: this.commands };
  }
}
