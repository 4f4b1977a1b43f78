/**
 * Turns what xterm.js hands over (`onData`: typed characters, escape sequences
 * for special keys, or a whole pasted block) into editor keys. Pure, so the
 * editor is tested without a browser.
 */

export type NamedKey =
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'backspace'
  | 'delete'
  | 'enter'
  | 'tab'
  | 'escape'
  | 'ctrl-a'
  | 'ctrl-e'
  | 'ctrl-u'
  | 'ctrl-w'
  | 'ctrl-k'
  | 'ctrl-r'
  | 'ctrl-c'
  | 'ctrl-l'
  | 'ctrl-g'
  | 'ctrl-d';

export type Key = { name: NamedKey } | { text: string };

/** Larger input is refused whole: a runaway paste would freeze the page. */
export const MAX_PASTE = 100 * 1024;

const SEQUENCES: Record<string, NamedKey> = {
  '\x1b[D': 'left',
  '\x1bOD': 'left',
  '\x1b[C': 'right',
  '\x1bOC': 'right',
  '\x1b[A': 'up',
  '\x1bOA': 'up',
  '\x1b[B': 'down',
  '\x1bOB': 'down',
  '\x1b[H': 'home',
  '\x1bOH': 'home',
  '\x1b[1~': 'home',
  '\x1b[7~': 'home',
  '\x1b[F': 'end',
  '\x1bOF': 'end',
  '\x1b[4~': 'end',
  '\x1b[8~': 'end',
  '\x1b[3~': 'delete',
};

const CONTROLS: Record<string, NamedKey> = {
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  '\x01': 'ctrl-a',
  '\x05': 'ctrl-e',
  '\x15': 'ctrl-u',
  '\x17': 'ctrl-w',
  '\x0b': 'ctrl-k',
  '\x12': 'ctrl-r',
  '\x03': 'ctrl-c',
  '\x0c': 'ctrl-l',
  '\x07': 'ctrl-g',
  '\x04': 'ctrl-d',
};

export type Decoded = { keys: Key[] } | { refused: string };

/**
 * Splits input into keys. A paste of several lines becomes text, enter, text,
 * enter…, so its lines run in order. `\r\n` counts as one line end.
 */
export function decodeInput(data: string): Decoded {
  if (data.length > MAX_PASTE) {
    return { refused: `paste refused: ${Math.ceil(data.length / 1024)} KB is more than this practice terminal takes at once (100 KB)` };
  }
  // Bracketed-paste markers carry no meaning here.
  const input = data.replace(/\x1b\[20[01]~/g, '').replace(/\r\n/g, '\r');
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ text });
    text = '';
  };
  for (let i = 0; i < input.length;) {
    const ch = input[i] ?? '';
    if (ch === '\x1b') {
      const seq = /^\x1b(?:\[[0-9;]*[~A-Za-z]|O[A-Za-z])?/.exec(input.slice(i))![0];
      flush();
      const name = seq === '\x1b' ? 'escape' : SEQUENCES[seq.replace(/^\x1b\[1;\d/, '\x1b[')];
      if (name) keys.push({ name });
      i += seq.length;
      continue;
    }
    const control = CONTROLS[ch];
    if (control) {
      flush();
      keys.push({ name: control });
    } else if (ch >= ' ') {
      text += ch;
    }
    i += 1;
  }
  flush();
  return { keys };
}
