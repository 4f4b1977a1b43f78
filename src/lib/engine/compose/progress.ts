/**
 * Compose v5's final TTY frame (docker/compose cmd/display/tty.go):
 * `[+] <operation> done/total`, then ` ✔ <id> <status>` rows with status
 * aligned and the timer right-aligned to the terminal width.
 */
export interface Task {
  id: string;
  status: string;
  seconds: number;
  failed?: boolean;
}

export function composeFrame(operation: string, tasks: Task[], width: number): string {
  if (tasks.length === 0) return '';
  const timers = tasks.map((t) => `${t.seconds.toFixed(1)}s`);
  const timerLen = Math.max(...timers.map((t) => t.length));
  const ids = tasks.map((t) => t.id);
  // adjustLineWidth: shorten the longest ids while the rows overflow.
  const maxStatus = Math.max(...tasks.map((t) => t.status.length));
  for (let guard = 0; guard < 100; guard++) {
    const before = 3 + Math.max(...ids.map((i) => [...i].length));
    const overflow = before + 1 + maxStatus + 1 + timerLen - width;
    if (overflow <= 0) break;
    let longest = -1;
    let len = 10;
    ids.forEach((id, k) => {
      if ([...id].length > len) {
        len = [...id].length;
        longest = k;
      }
    });
    if (longest < 0) break;
    ids[longest] = [...(ids[longest] as string)].slice(0, Math.max(len - (overflow + 3), 7)).join('') + '...';
  }
  const before = Math.max(...ids.map((i) => 3 + [...i].length));
  const done = tasks.filter((t) => !t.failed).length;
  let out = `[+] ${operation} ${done}/${tasks.length}\n`;
  tasks.forEach((t, k) => {
    const id = ids[k] as string;
    const timer = (timers[k] as string).padStart(timerLen);
    const statusPad = before - (3 + [...id].length);
    const lineLen = before + 1 + t.status.length;
    const timerPad = Math.max(width - lineLen - timerLen, 1);
    out += ` ${t.failed ? '✘' : '✔'} ${id}${' '.repeat(statusPad)} ${t.status}${' '.repeat(timerPad)}${timer}\n`;
  });
  return out;
}
