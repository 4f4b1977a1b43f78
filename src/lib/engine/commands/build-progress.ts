/** What `docker build` prints: BuildKit's final TTY frame and the Dockerfile excerpt of an error. */

export interface Job {
  name: string;
  dt: number;
  status?: string;
  error?: boolean;
}

/** BuildKit's final TTY frame, `width` columns. */
export function renderProgress(jobs: Job[], total: number, done: number, seconds: number, width: number, label = 'Building'): string {
  const align = (l: string, r: string, w: number) => l.padEnd(w - r.length - 1) + ' ' + r;
  let out =
    align(`[+] ${label} ${seconds.toFixed(1)}s (${done}/${total}) ${done === total ? 'FINISHED' : ''}`, 'docker:default', width - 1) + '\n';
  for (const j of jobs) {
    const timer = ` ${(j.dt < 0.05 ? 0 : j.dt).toFixed(1)}s`;
    let left = width - 4 - timer.length - 2;
    let name = j.name;
    let showStatus = false;
    if (j.status && left + j.status.length > 20) {
      showStatus = true;
      left -= j.status.length + 1;
    }
    if (name.length > left) name = name.slice(0, left);
    out += align(' => ' + name + (showStatus ? ' ' + j.status : ''), timer, width - 1) + '\n';
  }
  return out;
}

/** The Dockerfile lines around `line`, as BuildKit quotes them. */
export function excerpt(text: string, line: number): string {
  const lines = text.split('\n');
  let out = '';
  for (let i = Math.max(1, line - 2); i <= Math.min(lines.length, line + 2); i++) {
    const l = lines[i - 1] ?? '';
    if (i === lines.length && l === '') break;
    out += `${String(i).padStart(4)} | ${i === line ? '>>> ' : '    '}${l}\n`;
  }
  return out;
}
