/** docker images, pull, rmi, tag, history, image prune. */
import type { Ctx } from '../context.ts';
import { newIo, write, writeErr } from '../context.ts';
import type { ImageSnapshot } from '../types.ts';
import { type Parsed, flag, flagAll, flagBool } from '../flags.ts';
import type { Handler } from './docker.ts';
import { EngineError, daemonCall } from './shared.ts';
import { fullRef, pullImage } from './pull.ts';
import { normalizeRef, referenceError } from '../state.ts';
import { IMAGE_TABLE, IMAGE_TABLE_DIGEST, IMAGE_TITLES, imageRows, imageTree } from '../format/images.ts';
import { formatRows } from '../format/template.ts';
import { tabwrite } from '../format/table.ts';
import { humanDuration, humanSize } from '../format/units.ts';
import { confirmNote } from './shared.ts';

function listImages(ctx: Ctx, p: Parsed): number {
  const now = ctx.state.now();
  let list = [...ctx.state.images].sort((a, b) => b.created - a.created);
  const all = flagBool(p, 'all');
  let dangling: boolean | undefined;
  for (const f of flagAll(p, 'filter')) {
    const [k, v] = f.split('=') as [string, string | undefined];
    if (k === 'dangling') dangling = v === 'true' || v === '1';
    else if (k === 'reference') list = list.filter((i) => i.repoTags.some((t) => matchRef(t, v ?? '')));
    else if (k !== 'label' && k !== 'before' && k !== 'since') {
      writeErr(ctx, `Error response from daemon: invalid filter '${k}'\n`);
      return 1;
    }
  }
  if (dangling !== undefined) list = list.filter((i) => i.dangling === dangling);
  else if (!all) list = list.filter((i) => !i.dangling);
  const match = p.args[0];
  if (match) list = list.filter((i) => i.repoTags.some((t) => matchRef(t, match)));
  const quiet = flagBool(p, 'quiet');
  const digests = flagBool(p, 'digests');
  const format = flag(p, 'format');
  const trunc = !flagBool(p, 'no-trunc');
  if (!quiet && !digests && !format && flag(p, 'no-trunc') === undefined) {
    const used = new Set(ctx.state.containers.map((c) => c.imageId));
    write(
      ctx,
      imageTree(
        list.map((image) => ({ image, inUse: used.has(image.id) })),
        ctx.columns,
      ),
    );
    return 0;
  }
  if (quiet) {
    // One line per name, like the table: an image with two tags is listed twice.
    write(
      ctx,
      imageRows(list, now, trunc)
        .map((r) => r.ID + '\n')
        .join(''),
    );
    return 0;
  }
  const fmt = !format || format === 'table' ? (digests ? IMAGE_TABLE_DIGEST : IMAGE_TABLE) : format;
  write(ctx, formatRows(fmt, imageRows(list, now, trunc), IMAGE_TITLES));
  return 0;
}

function matchRef(tag: string, pattern: string): boolean {
  const n = pattern.includes(':') ? pattern : `${pattern}:*`;
  const re = new RegExp('^' + n.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '$');
  return re.test(tag);
}

function pull(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const ref = p.args[0] as string;
    const err = referenceError(ref);
    if (err) throw new EngineError(err);
    // -q prints only the reference at the end (cli/command/image/pull.go).
    pullImage(flagBool(p, 'quiet') ? { ...ctx, io: newIo() } : ctx, ref, 'stdout');
    write(ctx, fullRef(ref) + '\n');
    return 0;
  });
}

export function mustImage(ctx: Ctx, ref: string): ImageSnapshot {
  const img = ctx.state.findImage(ref);
  if (!img)
    throw new EngineError(
      `Error response from daemon: No such image: ${ref.includes(':') || /^[0-9a-f]{6,64}$/.test(ref) ? ref : normalizeRef(ref)}`,
    );
  return img;
}

export function deleteImage(ctx: Ctx, img: ImageSnapshot): void {
  ctx.state.images = ctx.state.images.filter((i) => i !== img);
  ctx.state.imageFiles.delete(img.id);
}

function rmi(ctx: Ctx, p: Parsed): number {
  const force = flagBool(p, 'force');
  let status = 0;
  for (const ref of p.args) {
    try {
      const img = mustImage(ctx, ref);
      const tagRef = normalizeRef(ref);
      const byTag = img.repoTags.includes(tagRef);
      const users = ctx.state.containersUsingImage(img);
      if (byTag && img.repoTags.length > 1) {
        img.repoTags = img.repoTags.filter((t) => t !== tagRef);
        write(ctx, `Untagged: ${tagRef}\n`);
        continue;
      }
      const running = users.find((c) => c.state === 'running');
      if (users.length && !force) {
        if (byTag)
          throw new EngineError(
            `Error response from daemon: conflict: unable to remove repository reference "${ref}" (must force) - container ${users[0]?.id.slice(0, 12)} is using its referenced image ${img.id.slice(7, 19)}`,
          );
        throw new EngineError(
          `Error response from daemon: conflict: unable to delete ${img.id.slice(7, 19)} (must be forced) - image is being used by stopped container ${users[0]?.id.slice(0, 12)}`,
        );
      }
      if (running)
        throw new EngineError(
          `Error response from daemon: conflict: unable to delete ${img.id.slice(7, 19)} (cannot be forced) - image is being used by running container ${running.id.slice(0, 12)}`,
        );
      for (const t of img.repoTags) write(ctx, `Untagged: ${t}\n`);
      for (const d of img.repoDigests) write(ctx, `Untagged: ${d}\n`);
      if (users.length) {
        img.repoTags = [];
        img.dangling = true;
        continue;
      }
      deleteImage(ctx, img);
      write(ctx, `Deleted: ${img.id}\n`);
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      writeErr(ctx, e.message + '\n');
      status = 1;
    }
  }
  return status;
}

function tag(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const [src, dst] = p.args as [string, string];
    const err = referenceError(dst);
    if (err) throw new EngineError(err);
    const img = mustImage(ctx, src);
    const target = normalizeRef(dst);
    for (const other of ctx.state.images) {
      if (other !== img && other.repoTags.includes(target)) {
        other.repoTags = other.repoTags.filter((t) => t !== target);
        if (other.repoTags.length === 0) other.dangling = true;
      }
    }
    if (!img.repoTags.includes(target)) img.repoTags.push(target);
    img.dangling = false;
    return 0;
  });
}

function history(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const img = mustImage(ctx, p.args[0] as string);
    const now = ctx.state.now();
    const trunc = !flagBool(p, 'no-trunc');
    const rows = [['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT']];
    const steps = [...img.history].reverse();
    steps.forEach((h, k) => {
      const by = trunc && h.createdBy.length > 45 ? h.createdBy.slice(0, 44) + '…' : h.createdBy;
      rows.push([
        k === 0 ? img.id.slice(7, 19) : '<missing>',
        `${humanDuration(now - img.created)} ago`,
        by,
        humanSize(h.size, 3),
        h.comment ?? (k === 0 ? 'buildkit.dockerfile.v0' : ''),
      ]);
    });
    write(ctx, tabwrite(rows));
    return 0;
  });
}

function prune(ctx: Ctx, p: Parsed): number {
  const all = flagBool(p, 'all');
  if (!flagBool(p, 'force'))
    return confirmNote(
      ctx,
      all
        ? 'WARNING! This will remove all images without at least one container associated to them.'
        : 'WARNING! This will remove all dangling images.',
    );
  const used = new Set(ctx.state.containers.map((c) => c.imageId));
  const gone = ctx.state.images.filter((i) => !used.has(i.id) && (i.dangling || all));
  let reclaimed = 0;
  if (gone.length) {
    write(ctx, 'Deleted Images:\n');
    for (const img of gone) {
      for (const t of img.repoTags) write(ctx, `untagged: ${t}\n`);
      write(ctx, `deleted: ${img.id}\n`);
      reclaimed += img.size;
      deleteImage(ctx, img);
    }
    write(ctx, '\n');
  }
  write(ctx, `Total reclaimed space: ${humanSize(reclaimed)}\n`);
  return 0;
}

export const IMAGE_HANDLERS: Record<string, Handler> = {
  'docker image ls': { rule: ['max', 1], run: listImages },
  'docker image pull': { rule: ['exact', 1], run: pull },
  'docker image rm': { rule: ['min', 1], run: rmi },
  'docker image tag': { rule: ['exact', 2], interspersed: false, run: tag },
  'docker image history': { rule: ['exact', 1], run: history },
  'docker image prune': { rule: ['none'], run: prune },
};
