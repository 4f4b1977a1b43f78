/** Pulling from the simulated Docker Hub: progress lines as the CLI prints them (jsonmessage). */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import type { ImageSnapshot } from '../types.ts';
import { catalogDigest, catalogLayerIds, findCatalog, hubRepo, notInCatalog } from '../catalog.ts';
import { normalizeRef, splitRef } from '../state.ts';
import { DEFAULT_CREATED, type DaemonErrorLike } from './shared.ts';

export class PullError extends Error implements DaemonErrorLike {
  readonly exitCode = 1;
  /** Set when the practice host, not Docker, is answering: printed as it is, with no `docker:` prefix. */
  readonly plain: boolean;
  constructor(message: string, plain = false) {
    super(message);
    this.plain = plain;
  }
}

/** Pulls `ref`; prints progress to `stream`. Throws PullError with the daemon's message. */
export function pullImage(ctx: Ctx, ref: string, stream: 'stdout' | 'stderr'): ImageSnapshot {
  const out = stream === 'stdout' ? write : writeErr;
  const { name, tag } = splitRef(ref);
  const repo = hubRepo(name);
  const cat = findCatalog(name, tag);
  const pushed = ctx.state.registry.pushed[name]?.[tag];
  if (!cat && !pushed) {
    // A repository the learner pushed lives only in this model: its missing tags are Docker's own answer.
    if (ctx.state.registry.pushed[name])
      throw new PullError(`Error response from daemon: manifest for ${name}:${tag} not found: manifest unknown: manifest unknown`);
    if (name.includes('.') && name.split('/')[0]?.includes('.'))
      throw new PullError(
        `this practice host has no internet connection and only simulates Docker Hub, so it cannot pull ${name}:${tag}`,
        true,
      );
    throw new PullError(notInCatalog(name, tag), true);
  }
  const digest = pushed ?? catalogDigest(repo, tag);
  const existing = ctx.state.images.find((i) => i.digest === digest);
  const tagRef = normalizeRef(ref);
  if (existing && existing.repoTags.includes(tagRef)) {
    out(ctx, `${tag}: Pulling from ${repo}\nDigest: ${digest}\nStatus: Image is up to date for ${displayRef(tagRef)}\n`);
    return existing;
  }
  out(ctx, `${tag}: Pulling from ${repo}\n`);
  let image: ImageSnapshot;
  if (existing) {
    out(ctx, `Digest: ${digest}\n`);
    existing.repoTags.push(tagRef);
    existing.dangling = false;
    image = existing;
  } else if (cat) {
    const layers = catalogLayerIds(repo, tag, cat.layers);
    for (const l of layers) {
      const have = ctx.state.images.some((i) => i.layers.includes('sha256:' + l));
      out(ctx, `${l.slice(0, 12)}: ${have ? 'Already exists' : 'Pull complete'}\n`);
    }
    out(ctx, `Digest: ${digest}\n`);
    image = {
      id: digest,
      repoTags: [tagRef],
      repoDigests: [`${name}@${digest}`],
      digest,
      created: DEFAULT_CREATED,
      size: cat.size,
      contentSize: cat.contentSize,
      config: structuredClone(cat.config),
      layers: layers.map((l) => 'sha256:' + l),
      history: cat.history.map((createdBy, k) => ({ createdBy, size: k === 0 ? Math.round(cat.size * 0.6) : 0 })),
      dangling: false,
    };
    ctx.state.images.push(image);
  } else {
    throw new PullError(notInCatalog(name, tag), true);
  }
  out(ctx, `Status: Downloaded newer image for ${displayRef(tagRef)}\n`);
  return image;
}

/** How the CLI shows a reference: familiar name with tag. */
export function displayRef(ref: string): string {
  return normalizeRef(ref);
}

/** `docker.io/library/python:3.12-slim` as `docker pull` prints at the end. */
export function fullRef(ref: string): string {
  const n = normalizeRef(ref);
  const first = n.split('/')[0] ?? '';
  if (n.includes('/') && (first.includes('.') || first.includes(':'))) return n;
  return n.includes('/') ? `docker.io/${n}` : `docker.io/library/${n}`;
}
