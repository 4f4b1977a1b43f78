/**
 * Words the explainer uses: what each positional role means, how a flag reads
 * when the site has no description for it yet, and the "did you mean" helpers.
 * Pure.
 */
import type { RefFlag } from './reference.ts';

const TYPE_WORDS: Record<string, string> = {
  bool: 'a switch (no value)',
  string: 'a value',
  list: 'a value (repeat the flag for several)',
  stringArray: 'a value (repeat the flag for several)',
  stringSlice: 'a comma-separated list',
  int: 'a whole number',
  int64: 'a whole number',
  uint: 'a whole number',
  uint16: 'a whole number',
  uint32: 'a whole number',
  uint64: 'a whole number',
  bytes: 'a size such as 512m or 2g',
  duration: 'a duration such as 30s or 5m',
  decimal: 'a number such as 1.5',
  float: 'a number',
};

/** How a flag reads from the facts alone, for flags the site has not described yet. */
export function flagFacts(flag: RefFlag): string {
  const names = flag.short ? `\`${flag.long}\` (\`${flag.short}\`)` : `\`${flag.long}\``;
  const takes = TYPE_WORDS[flag.type] ?? `a value of type ${flag.type}`;
  const def = flag.default && flag.default !== '[]' ? `; default ${flag.default}` : '';
  return `${names} takes ${takes}${def}. This site has no description of it yet.`;
}

/** Edit distance, capped: strings are cut to 40 characters so garbage stays cheap. */
export function distance(a: string, b: string): number {
  a = a.slice(0, 40);
  b = b.slice(0, 40);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo:
 * at most a third of the word's length in edits, or a candidate that starts
 * with the word (a flag cut short).
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(w) && w.length >= 3 ? 0.5 : distance(w, c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best !== undefined && bestScore <= Math.max(1, Math.floor(w.length / 3)) ? best : undefined;
}

/**
 * Whether an argument given to `docker rmi` looks like a container rather than
 * an image: it says "container", or it has the shape of the names Docker makes
 * up (`nostalgic_hopper`) or Compose gives (`cruddur-backend-flask-1`).
 */
export function looksLikeContainer(word: string): boolean {
  return /container/i.test(word) || /^[a-z]+_[a-z]+$/.test(word) || /^[a-z0-9][a-z0-9_.-]*-\d+$/.test(word);
}

/** Container names allow only letters, digits and `_.-`; a `:` or `/` means an image reference. */
export function looksLikeImage(word: string): boolean {
  return !/^<.*>$/.test(word) && /^[\w.-]+(\/[\w.-]+)*:[\w.-]+$|^[\w.-]+\/[\w.-]+/.test(word);
}

/** `FRONTEND_URL` or `FRONTEND_URL=x`: a word shaped like an environment variable. */
export function looksLikeEnvVar(word: string): boolean {
  return /^[A-Z][A-Z0-9]*_[A-Z0-9_]*(=.*)?$|^[A-Z][A-Z0-9_]*=.*$/.test(word);
}

/** What a flag's value does, for the flags beginners meet most; a plain line otherwise. */
export function valueHelp(long: string, value: string): string {
  if (long === '--publish') {
    // [ip:][host-port:]container-port[/protocol]
    const [main = '', proto] = value.split('/');
    const parts = main.split(':');
    const container = parts.pop() ?? '';
    const host = parts.pop() ?? '';
    const ip = parts.join(':');
    if (!/^\d+(-\d+)?$/.test(container)) return 'Which port to publish, as host-port:container-port (for example 8080:80).';
    const port = `${container}${proto ? `/${proto}` : ''}`;
    if (!host) return `Publishes container port ${port} on a free port of your machine that Docker picks (see \`docker port\`).`;
    const local = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/.test(ip);
    const on = local
      ? `address ${ip} of your machine only (localhost: other machines cannot reach it)`
      : ip
        ? `address ${ip} of your machine`
        : 'every address of your machine';
    return `Publishes container port ${port} as port ${host} on ${on}: open localhost:${host} to reach it.`;
  }
  if (long === '--env') {
    const eq = value.indexOf('=');
    if (eq > 0) return `Sets the variable ${value.slice(0, eq)} to "${value.slice(eq + 1)}" inside the container.`;
    return `Copies ${value} from your shell into the container; if your shell has not exported it, it stays unset there.`;
  }
  if (long === '--volume') return volumeHelp(value);
  if (long === '--tag') {
    const m = /^(.*?)(?::([\w][\w.-]*))?$/.exec(value);
    return m?.[2] ? `Names the image ${m[1]} with the tag ${m[2]}.` : `Names the image ${value}; the tag defaults to latest.`;
  }
  if (long === '--name') return `The container will be called ${value}; other commands can then use that name.`;
  if (long === '--file') return `Reads ${value} instead of the default file.`;
  return `The value given to \`${long}\`.`;
}

const MOUNT_OPTIONS: Record<string, string> = {
  ro: '`ro` makes it read-only inside the container',
  rw: '`rw` makes it writable (the default)',
  z: '`z` relabels it for SELinux, shared between containers',
  Z: '`Z` relabels it for SELinux, private to this container',
  cached: '`cached` is a hint for Docker Desktop file sharing',
  delegated: '`delegated` is a hint for Docker Desktop file sharing',
};

/** `-v source:target[:options]`: a bind mount (a folder or a file such as the Docker socket) or a named volume. */
function volumeHelp(value: string): string {
  const [src = '', dst, opts] = value.split(':');
  if (!dst) return `An anonymous volume mounted at ${src} in the container: Docker makes it up and keeps it until you remove it.`;
  let what: string;
  if (/docker\.sock$/.test(src)) {
    what = `Mounts the Docker socket ${src} at ${dst}: whoever controls the container controls Docker on your machine (as good as root).`;
  } else if (/^[./~$]/.test(src)) {
    what = `Bind mount: the folder ${src} of your machine appears at ${dst} inside the container.`;
    if (/\.[a-z0-9]{1,5}$/i.test(src))
      what = `Bind mount: the file (or folder) ${src} of your machine appears at ${dst} inside the container.`;
  } else {
    what = `Mounts the named volume ${src} at ${dst} inside the container (created if missing).`;
  }
  const extras = (opts ?? '')
    .split(',')
    .filter(Boolean)
    .map((o) => MOUNT_OPTIONS[o] ?? `\`${o}\` is a mount option`);
  return extras.length ? `${what} ${extras.join('; ')}.` : what;
}
