/**
 * Finds the shell commands in a lesson's fenced code blocks, the way a learner
 * would copy them: in blocks with `$ ` prompts only the prompted lines (and
 * their `\` continuations), otherwise every line. Test helper.
 */

export interface LessonCommand {
  /** 1-based line of the command in the lesson file. */
  line: number;
  /** The command, continuations included, prompt removed. */
  text: string;
  /** The block's fence meta says `mistake`: it shows an error on purpose. */
  mistake: boolean;
}

const SHELL = /^(console|sh|bash|shell|shellsession|zsh|terminal)$/;

export function lessonCommands(source: string): LessonCommand[] {
  const lines = source.split(/\r?\n/);
  const out: LessonCommand[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: { line: number; text: string }[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim().startsWith(fence)) {
      body.push({ line: j + 1, text: lines[j]!.slice(open[1]!.length) });
      j++;
    }
    const lang = open[3]!;
    i = j;
    if (!SHELL.test(lang)) continue;
    const mistake = /(^|\s)mistake(\s|$)/.test(open[4]!);
    const prompted = body.some((b) => /^\s*\$(\s|$)/.test(b.text));
    let current: LessonCommand | undefined;
    for (const b of body) {
      if (current) {
        current.text += `\n${b.text}`;
      } else if (prompted ? /^\s*\$(\s|$)/.test(b.text) : b.text.trim() !== '') {
        current = { line: b.line, text: prompted ? b.text.replace(/^\s*\$\s?/, '') : b.text, mistake };
      } else {
        continue;
      }
      if (!/\\$/.test(b.text)) {
        out.push(current);
        current = undefined;
      }
    }
    if (current) out.push(current);
  }
  return out;
}
