/**
 * Path handling for the practice shell's completion: which files and folders
 * a partly typed path can become, from the list of files the host knows.
 */

/** Resolves `path` against `cwd` (`~` is `home`), without touching any disk. */
export function resolvePath(path: string, cwd: string, home: string): string {
  const start = path.startsWith('/') ? '' : path === '~' || path.startsWith('~/') ? home : cwd;
  const rest = path.replace(/^~(?=\/|$)/, '');
  const parts: string[] = [];
  for (const part of `${start}/${rest}`.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/**
 * Completions for a partly typed path: the entries of its folder whose names
 * start with what is typed, folders with a trailing `/`. Each candidate keeps
 * the folder part as typed, so it can replace the word.
 */
export function pathCandidates(word: string, cwd: string, home: string, files: readonly string[]): string[] {
  const slash = word.lastIndexOf('/');
  const typedDir = slash >= 0 ? word.slice(0, slash + 1) : '';
  const dir = resolvePath(typedDir || '.', cwd, home);
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const entries = new Set<string>();
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    const rest = file.slice(prefix.length);
    if (!rest) continue;
    const cut = rest.indexOf('/');
    entries.add(cut === -1 ? rest : rest.slice(0, cut + 1));
  }
  return [...entries].map((e) => typedDir + e);
}
