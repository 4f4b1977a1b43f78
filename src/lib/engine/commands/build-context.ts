/** What a build reads (the context, after .dockerignore) and what it stores (the image, its tags). */
import type { Ctx } from '../context.ts';
import type { ImageConfig, ImageSnapshot } from '../types.ts';

/** The files of the build context, relative paths, after .dockerignore. */
export function contextFiles(ctx: Ctx, dir: string): Map<string, string> {
  const ignore = (ctx.state.files.get(`${dir}/.dockerignore`) ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const files = new Map<string, string>();
  for (const [k, v] of ctx.state.files) {
    if (!k.startsWith(dir + '/')) continue;
    const rel = k.slice(dir.length + 1);
    if (ignore.some((pat) => rel === pat || rel.startsWith(pat.replace(/\/$/, '') + '/'))) continue;
    files.set(rel, v);
  }
  return files;
}

export function registerImage(
  ctx: Ctx,
  id: string,
  names: string[],
  config: ImageConfig,
  files: Map<string, string>,
  history: ImageSnapshot['history'],
  base: ImageSnapshot,
  manifest: string,
): void {
  for (const other of ctx.state.images) {
    if (other.id === id) continue;
    const kept = other.repoTags.filter((t) => !names.includes(t));
    if (kept.length !== other.repoTags.length) {
      other.repoTags = kept;
      // An image whose last tag moved to the new build stays, untagged (dangling), as in Docker.
      if (kept.length === 0) other.dangling = true;
    }
  }
  let img = ctx.state.images.find((i) => i.id === id);
  if (!img) {
    const extra = [...files.values()].reduce((a, v) => a + v.length, 0) + 12_400_000;
    img = {
      id,
      repoTags: [],
      repoDigests: [],
      digest: id,
      created: ctx.state.now(),
      size: base.size + extra,
      contentSize: base.contentSize + Math.round(extra / 3),
      config,
      layers: [...base.layers, 'sha256:' + manifest],
      history,
      dangling: false,
    };
    ctx.state.images.push(img);
    ctx.state.imageFiles.set(id, files);
  }
  for (const nm of names) if (!img.repoTags.includes(nm)) img.repoTags.push(nm);
  img.dangling = img.repoTags.length === 0;
}
