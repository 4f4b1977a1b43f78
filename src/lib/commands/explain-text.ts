/**
 * Words the explainer uses: what each positional role means, how a flag reads
 * when the site has no description for it yet, and the "did you mean" helpers.
 * Pure.
 */
import type { RefFlag } from './reference.ts';

/** Plain-language meaning of a positional role, keyed by its first uppercase word. */
const ROLE_HELP: Record<string, string> = {
  IMAGE: 'The image to use, as name[:tag] (the tag defaults to latest). Options must come before it.',
  CONTAINER: 'A container, by name or ID (see `docker ps -a`).',
  COMMAND: "The program to run inside the container. It replaces the image's default CMD; every word after it goes to that program, not to Docker.",
  ARG: 'An argument for the program run inside the container (not read by Docker).',
  ARGS: 'An argument for the program run inside the container (not read by Docker).',
  PATH: 'The build context: the folder whose files the Dockerfile can COPY, usually `.`. Docker looks for its Dockerfile there unless `-f` says otherwise.',
  SOURCE_IMAGE: 'The image that already exists, as name[:tag].',
  TARGET_IMAGE: 'The new name to give it, as [registry/][user/]name[:tag].',
  NAME: 'The image, as [registry/][user/]name[:tag] (the tag defaults to latest).',
  REPOSITORY: 'Only images of this repository (name[:tag]).',
  SERVER: 'The registry to log in to; Docker Hub when left out.',
  SERVICE: 'A service name from the compose file (not a container name).',
  SERVICES: 'Service names from the compose file; all services when left out.',
  NETWORK: 'A network, by name or ID (see `docker network ls`).',
  VOLUME: 'A volume, by name (see `docker volume ls`).',
  TERM: 'The words to search Docker Hub for.',
  PRIVATE_PORT: 'A port inside the container, optionally with /tcp or /udp.',
  NEW_NAME: 'The new name for the container.',
  DEST_PATH: 'Where to copy to: a path on your machine, or `-` for a tar stream on standard output.',
  SRC_PATH: 'What to copy: a path on your machine, or `-` to read a tar stream from standard input.',
  TARGET: 'A target defined in the bake file.',
};

const COMMAND_ROLE_HELP: Record<string, string> = {
  'docker inspect NAME': 'Any Docker object (container, image, volume, network…), by name or ID.',
  'docker container cp CONTAINER': 'A path inside a container, written CONTAINER:PATH.',
  'docker compose cp SERVICE': 'A path inside a service container, written SERVICE:PATH.',
};

/** The meaning of a positional argument named `role` by the usage line of `command`. */
export function roleHelp(command: string, role: string): string {
  const key = /[A-Z][A-Z_]*/.exec(role)?.[0] ?? role;
  return (
    COMMAND_ROLE_HELP[`${command} ${key}`] ??
    ROLE_HELP[key] ??
    `A positional argument: Docker's usage line calls it ${role}.`
  );
}

const TYPE_WORDS: Record<string, string> = {
  bool: 'a switch (no value)',
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
    const on = ip ? `address ${ip} of your machine` : 'every address of your machine';
    return `Publishes container port ${port} as port ${host} on ${on}: open localhost:${host} to reach it.`;
  }
  if (long === '--env') {
    const eq = value.indexOf('=');
    if (eq > 0) return `Sets the variable ${value.slice(0, eq)} to "${value.slice(eq + 1)}" inside the container.`;
    return `Copies ${value} from your shell into the container; if your shell has not exported it, it stays unset there.`;
  }
  if (long === '--volume') {
    const [src = '', dst] = value.split(':');
    if (!dst) return `An anonymous volume mounted at ${src} in the container.`;
    return /^[./~$]/.test(src)
      ? `Bind mount: the folder ${src} of your machine appears at ${dst} inside the container.`
      : `Mounts the named volume ${src} at ${dst} inside the container (created if missing).`;
  }
  if (long === '--tag') {
    const m = /^(.*?)(?::([\w][\w.-]*))?$/.exec(value);
    return m?.[2] ? `Names the image ${m[1]} with the tag ${m[2]}.` : `Names the image ${value}; the tag defaults to latest.`;
  }
  if (long === '--name') return `The container will be called ${value}; other commands can then use that name.`;
  if (long === '--file') return `Reads ${value} instead of the default file.`;
  return `The value given to \`${long}\`.`;
}
