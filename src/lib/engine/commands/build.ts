/**
 * `docker build` as buildx with the docker driver and the containerd image
 * store prints it: the final frame of BuildKit's TTY progress (buildkit
 * util/progress/progressui/display.go, vendored in docker/buildx), `CACHED`
 * steps, a real COPY of the context (minus .dockerignore), and the errors for
 * a missing context, Dockerfile or COPY source.
 */
import { type Ctx, newIo } from '../context.ts';
import { write, writeErr } from '../context.ts';
import type { ImageConfig } from '../types.ts';
import { type Parsed, flag, flagAll, flagBool } from '../flags.ts';
import { findCatalog, hubRepo, notInCatalog } from '../catalog.ts';
import { normalizeRef, referenceError, splitRef } from '../state.ts';
import { resolvePath } from '../shell/host.ts';
import { digestOf } from '../rng.ts';
import { humanSize } from '../format/units.ts';
import { fullRef, pullImage } from './pull.ts';
import { type Instruction, parseDockerfile } from './dockerfile.ts';
import { type Job, excerpt, renderProgress } from './build-progress.ts';
import { contextFiles, registerImage } from './build-context.ts';

class BuildError extends Error {}

export interface BuildOptions {
  context: string;
  tags: string[];
  file?: string;
  noCache?: boolean;
}

export interface BuildResult {
  jobs: Job[];
  total: number;
  seconds: number;
  /** Printed after the frame (BuildKit's error block), when the build failed. */
  error?: string;
  /** A failure before any progress (bad tag, missing context). */
  early?: string;
  /** The new image's id, on success. */
  id?: string;
}

export function build(ctx: Ctx, p: Parsed): number {
  const r = buildImage(ctx, {
    context: p.args[0] as string,
    tags: flagAll(p, 'tag'),
    file: flag(p, 'file'),
    noCache: flagBool(p, 'no-cache'),
  });
  if (r.early) {
    writeErr(ctx, r.early);
    return 1;
  }
  // -q: no progress; the image id on success (buildx commands/build.go, progress mode "quiet").
  if (flagBool(p, 'quiet')) {
    if (r.id) write(ctx, r.id + '\n');
  } else writeErr(ctx, renderProgress(r.jobs, r.total, r.total, r.seconds, ctx.columns));
  if (r.error) writeErr(ctx, r.error);
  return r.error ? 1 : 0;
}

export function buildImage(ctx: Ctx, o: BuildOptions): BuildResult {
  const contextArg = o.context;
  const dir = resolvePath(ctx.state.cwd, ctx.state.env.HOME ?? '/', contextArg);
  const tags = o.tags;
  for (const t of tags) {
    const err = referenceError(t);
    if (err) {
      return { jobs: [], total: 0, seconds: 0, early: `ERROR: failed to build: invalid tag "${t}": ${err}\n` };
    }
  }
  const isDir = [...ctx.state.files.keys()].some((k) => k.startsWith(dir + '/'));
  if (!isDir) {
    return { jobs: [], total: 0, seconds: 0, early: `ERROR: failed to build: unable to prepare context: path "${contextArg}" not found\n` };
  }
  const dfName = o.file ?? 'Dockerfile';
  // -f is relative to the current folder, not to the context (buildx build/opt.go).
  const dfPath = o.file === undefined ? `${dir}/Dockerfile` : resolvePath(ctx.state.cwd, ctx.state.env.HOME ?? '/', o.file);
  const text = ctx.state.files.get(dfPath);
  const jobs: Job[] = [];
  const rng = ctx.state.rng;
  const t = (a: number, b: number) => a + rng.int(Math.round((b - a) * 10) + 1) / 10;
  jobs.push({ name: '[internal] load build definition from ' + dfName.split('/').pop(), dt: 0 });
  if (text === undefined) {
    jobs.push({ name: `=> transferring dockerfile: 2B`, dt: 0 });
    return {
      jobs,
      total: 1,
      seconds: 0.1,
      error: `ERROR: failed to build: failed to solve: failed to read dockerfile: open ${dfName.split('/').pop()}: no such file or directory\n`,
    };
  }
  jobs.push({ name: `=> transferring dockerfile: ${humanSize(text.length, 3)}`, dt: 0 });
  const result = parseDockerfile(text);
  if ('error' in result) {
    return {
      jobs,
      total: 1,
      seconds: 0.1,
      error: `ERROR: failed to build: failed to solve: dockerfile parse error on line ${result.line}: ${result.error}\n`,
    };
  }
  const steps = result.instructions;
  const from = steps.find((s) => s.op === 'FROM') as Instruction;
  const baseRef = normalizeRef(from.args[0] ?? 'scratch');
  const { name: baseName, tag: baseTag } = splitRef(baseRef);
  const baseFull = fullRef(baseRef);
  jobs.push({ name: `[internal] load metadata for ${baseFull}`, dt: t(0.4, 1.4) });
  jobs.push(
    { name: '[internal] load .dockerignore', dt: 0 },
    { name: `=> transferring context: ${humanSize((ctx.state.files.get(`${dir}/.dockerignore`) ?? '').length || 2, 3)}`, dt: 0 },
  );
  let base = ctx.state.findImage(baseRef);
  const counted = steps.filter((s) => ['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR'].includes(s.op));
  const n = counted.length;
  if (!findCatalog(baseName, baseTag) && !base) {
    return {
      jobs: jobs.slice(0, 2),
      total: 2,
      seconds: 0.4,
      // The model cannot know whether the base exists on the real Hub: it says what it lacks.
      error: `${notInCatalog(baseName, baseTag)}\n`,
    };
  }
  const catDigest = 'sha256:' + digestOf(`manifest ${hubRepo(baseName)}:${baseTag}`);
  const digest = base?.digest ?? catDigest;
  const fromName = `[1/${n}] FROM ${baseFull}@${digest}`;
  jobs.push({ name: fromName, dt: base ? 0 : t(1.5, 4) }, { name: `=> resolve ${baseFull}@${digest}`, dt: 0 });
  if (!base) {
    const quiet = { ...ctx, io: newIo() };
    base = pullImage(quiet, baseRef, 'stdout');
    for (const l of base.layers.slice(0, 3))
      jobs.push({
        name: `=> sha256:${l.slice(7)}`,
        status: `${humanSize(base.contentSize / 3, 4)} / ${humanSize(base.contentSize / 3, 4)}`,
        dt: t(0.5, 2),
      });
    for (const l of base.layers.slice(0, 3)) jobs.push({ name: `=> extracting sha256:${l.slice(7)}`, dt: t(0.2, 1.2) });
  }
  const ctxFiles = contextFiles(ctx, dir);
  const ctxSize = [...ctxFiles.values()].reduce((a, v) => a + v.length, 0);
  jobs.push({ name: '[internal] load build context', dt: 0 }, { name: `=> transferring context: ${humanSize(ctxSize, 3)}`, dt: 0 });
  const config: ImageConfig = {
    ...base.config,
    env: [...base.config.env],
    exposedPorts: [...base.config.exposedPorts],
    labels: { ...base.config.labels },
    volumes: [...base.config.volumes],
  };
  const files = new Map<string, string>(ctx.state.imageFiles.get(base.id) ?? []);
  const history = [...base.history];
  let key = base.id;
  let k = 1;
  const noCache = o.noCache === true;
  const env: Record<string, string> = {};
  try {
    for (const s of steps) {
      if (s.op === 'FROM') continue;
      const expand = (v: string) => v.replace(/\$\{?([A-Za-z_]\w*)\}?/g, (_, name: string) => env[name] ?? '');
      const counts = ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(s.op);
      const label = `[${counts ? ++k : k}/${n}] ${s.op} ${s.raw}`;
      let inputs = '';
      if (s.op === 'COPY' || s.op === 'ADD') {
        const srcs = s.args.slice(0, -1).filter((a) => !a.startsWith('--'));
        const dest = s.args[s.args.length - 1] as string;
        const destDir =
          dest === '.' || dest === './'
            ? config.workingDir || '/'
            : dest.startsWith('/')
              ? dest.replace(/\/$/, '')
              : `${config.workingDir}/${dest}`.replace(/\/$/, '');
        for (const src of srcs) {
          const rel = src.replace(/^\.\/?/, '').replace(/^(\.\.\/)+/, '');
          const hits = [...ctxFiles].filter(([f]) => rel === '' || f === rel || f.startsWith(rel.replace(/\/$/, '') + '/'));
          if (hits.length === 0) {
            jobs.push({ name: `ERROR ${label}`, dt: 0 });
            throw new BuildError(
              `------\n > ${label}:\n------\nDockerfile:${s.line}\n--------------------\n${excerpt(text, s.line)}--------------------\nERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref ${rng.hex(25)}::${rng.hex(25)}: "/${rel}": not found\n`,
            );
          }
          for (const [f, v] of hits) {
            const target =
              rel === '' || rel.endsWith('/') || hits.length > 1 || srcs.length > 1 || dest.endsWith('/') || dest === '.'
                ? `${destDir}/${rel === '' ? f : f.slice(rel.replace(/\/$/, '').length + 1) || f}`
                : destDir.endsWith(rel) || dest.includes('.')
                  ? dest.startsWith('/')
                    ? dest
                    : `${config.workingDir}/${dest}`
                  : `${destDir}/${f.split('/').pop()}`;
            files.set(target.replace(/\/+/g, '/'), v);
            inputs += f + digestOf(v);
          }
        }
      }
      if (s.op === 'WORKDIR') config.workingDir = s.args[0]?.startsWith('/') ? (s.args[0] as string) : `${config.workingDir}/${s.args[0]}`;
      if (s.op === 'ENV' || s.op === 'ARG') {
        for (const kv of s.args) {
          const eq = kv.indexOf('=');
          if (eq < 0) continue;
          const [name, value] = [kv.slice(0, eq), expand(kv.slice(eq + 1).replace(/^"|"$/g, ''))];
          env[name] = value;
          if (s.op === 'ENV') config.env = [...config.env.filter((e) => !e.startsWith(name + '=')), `${name}=${value}`];
        }
      }
      if (s.op === 'EXPOSE') for (const a of s.args.map(expand).filter(Boolean)) config.exposedPorts.push(a.includes('/') ? a : `${a}/tcp`);
      if (s.op === 'CMD') config.cmd = s.json ?? ['/bin/sh', '-c', s.raw];
      if (s.op === 'ENTRYPOINT') {
        config.entrypoint = s.json ?? ['/bin/sh', '-c', s.raw];
        config.cmd = null;
      }
      if (s.op === 'USER') config.user = s.args[0] ?? '';
      if (s.op === 'VOLUME') for (const v of (s.json ?? s.args).map(expand)) if (!config.volumes.includes(v)) config.volumes.push(v);
      if (s.op === 'LABEL')
        for (const kv of s.args) config.labels[kv.split('=')[0] as string] = (kv.split('=')[1] ?? '').replace(/^"|"$/g, '');
      key = digestOf(`${key}|${s.op} ${s.raw}|${inputs}`);
      history.push({
        createdBy: `${s.op} ${s.raw}`,
        size: s.op === 'RUN' ? 12_400_000 : s.op === 'COPY' ? inputs.length * 4 : 0,
        comment: 'buildkit.dockerfile.v0',
      });
      if (!counts) continue;
      const cached = !noCache && ctx.state.buildCache.has(key);
      jobs.push({ name: (cached ? 'CACHED ' : '') + label, dt: cached ? 0 : s.op === 'RUN' ? t(2, 9) : t(0, 0.2) });
      ctx.state.buildCache.set(key, { key, size: s.op === 'RUN' ? 12_400_000 : 4096 });
    }
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    return { jobs, total: n + 4, seconds: jobs.reduce((a, j) => a + j.dt, 0) + 0.2, error: e.message };
  }
  const id = 'sha256:' + digestOf(`image ${key}`);
  const names = tags.map(normalizeRef);
  const exportJobs: Job[] = [{ name: '=> exporting layers', dt: t(0.1, 0.8) }];
  exportJobs.push(
    { name: `=> exporting manifest sha256:${digestOf('m' + key)}`, dt: 0 },
    { name: `=> exporting config sha256:${digestOf('c' + key)}`, dt: 0 },
    { name: `=> exporting attestation manifest sha256:${digestOf('a' + key)}`, dt: 0 },
    { name: `=> exporting manifest list ${id}`, dt: 0 },
  );
  for (const nm of names)
    exportJobs.push({ name: `=> naming to ${fullRef(nm)}`, dt: 0 }, { name: `=> unpacking to ${fullRef(nm)}`, dt: t(0, 0.3) });
  jobs.push({ name: 'exporting to image', dt: exportJobs.reduce((a, j) => a + j.dt, 0) }, ...exportJobs);
  const total = n + 4;
  registerImage(ctx, id, names, config, files, history, base, digestOf('m' + key));
  return { jobs, total, seconds: jobs.filter((j) => !j.name.startsWith('=>')).reduce((a, j) => a + j.dt, 0) + 0.3, id };
}
