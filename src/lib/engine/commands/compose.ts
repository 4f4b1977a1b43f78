/**
 * `docker compose` (v5): finds the project, then up/down/… with Compose's
 * names (`<project>-<service>-1`, `<project>_default`, image
 * `<project>-<service>`), labels, service DNS aliases and v5 progress frames.
 */
import { type Ctx, newIo } from '../context.ts';
import { write, writeErr } from '../context.ts';
import type { ContainerSnapshot } from '../types.ts';
import { type Parsed, UsageError, flag, flagAll, flagBool, parseFlags } from '../flags.ts';
import { ComposeError, type Project, type ServiceSpec, loadProject } from '../compose/project.ts';
import { type Task, composeFrame } from '../compose/progress.ts';
import { removeContainer, startContainer, stopContainer } from './lifecycle.ts';
import { buildImage } from './build.ts';
import { renderProgress, type Job } from './build-progress.ts';
import { type PullError, pullImage } from './pull.ts';
import { EngineError } from './shared.ts';
import { COMPOSE_MORE } from './compose-more.ts';
import { createServiceContainer } from './compose-service.ts';
import { deleteImage } from './images.ts';

export interface ComposeCall {
  ctx: Ctx;
  p: Parsed;
  project: Project;
}

export const imageNameOf = (project: Project, s: ServiceSpec) => s.image ?? `${project.name}-${s.name}`;
export const containerNameOf = (project: Project, s: ServiceSpec, n = 1) => s.containerName ?? `${project.name}-${s.name}-${n}`;

export function projectContainers(ctx: Ctx, project: Project): ContainerSnapshot[] {
  return ctx.state.containers.filter((c) => c.labels['com.docker.compose.project'] === project.name);
}

export function serviceContainer(ctx: Ctx, project: Project, service: string): ContainerSnapshot | undefined {
  return projectContainers(ctx, project).find(
    (c) => c.labels['com.docker.compose.service'] === service && c.labels['com.docker.compose.oneoff'] === 'False',
  );
}

const secs = (ctx: Ctx, a: number, b: number) => a + ctx.state.rng.int(Math.round((b - a) * 10) + 1) / 10;

/** Builds the services that need it; prints one BuildKit frame for all. Returns tasks or an error. */
export function buildServices(call: ComposeCall, services: ServiceSpec[], force: boolean, noCache = false): Task[] | null {
  const { ctx, project } = call;
  const jobs: Job[] = [];
  let total = 0;
  let seconds = 0;
  const tasks: Task[] = [];
  for (const s of services) {
    if (!s.build) continue;
    const name = imageNameOf(project, s);
    if (!force && ctx.state.findImage(name)) continue;
    const context = `${project.dir}/${s.build.context.replace(/^\.\//, '')}`.replace(/\/\.$/, '');
    const r = buildImage(ctx, {
      context,
      tags: [name],
      // Compose reads `dockerfile:` relative to the build context.
      file: s.build.dockerfile.startsWith('/') ? s.build.dockerfile : `${context}/${s.build.dockerfile}`,
      noCache,
    });
    if (r.early) {
      writeErr(ctx, r.early.replace(/^ERROR: /, ''));
      return null;
    }
    for (const j of r.jobs) {
      let n = j.name;
      if (!n.startsWith('=>')) {
        n = n.replace(
          /^(CACHED |ERROR )?\[(internal|\d+\/\d+)\]/,
          (_, pre: string | undefined, tag: string) => `${pre ?? ''}[${s.name} ${tag}]`,
        );
        if (n === 'exporting to image') n = `[${s.name}] exporting to image`;
      }
      jobs.push({ ...j, name: n });
    }
    total += r.total;
    seconds = Math.max(seconds, r.seconds);
    if (r.error) {
      writeErr(ctx, renderProgress(jobs, total, total, seconds, ctx.columns));
      writeErr(ctx, r.error.replace(/^ERROR: failed to build: /m, `target ${s.name}: `));
      return null;
    }
    tasks.push({ id: `Image ${name}`, status: 'Built', seconds: 0 });
  }
  if (jobs.length) writeErr(ctx, renderProgress(jobs, total, total, seconds, ctx.columns));
  return tasks;
}

function ensureNetworks(call: ComposeCall, services: ServiceSpec[], tasks: Task[]): void {
  const { ctx, project } = call;
  const keys = new Set(services.flatMap((s) => (s.networks.length ? s.networks : ['default'])));
  for (const k of keys) {
    const spec = project.networks[k];
    if (!spec || spec.external || ctx.state.findNetwork(spec.name)) continue;
    ctx.state.addNetwork(spec.name, 'bridge', {
      'com.docker.compose.network': k,
      'com.docker.compose.project': project.name,
      'com.docker.compose.version': '5.0.0',
    });
    tasks.push({ id: `Network ${spec.name}`, status: 'Created', seconds: secs(ctx, 0, 0.2) });
  }
  for (const [k, v] of Object.entries(project.volumes)) {
    if (ctx.state.findVolume(v.name)) continue;
    if (!services.some((s) => s.volumes.some((m) => m.split(':')[0] === k))) continue;
    ctx.state.volumes.push({
      name: v.name,
      driver: 'local',
      mountpoint: `/var/lib/docker/volumes/${v.name}/_data`,
      created: ctx.state.now(),
      labels: { 'com.docker.compose.project': project.name, 'com.docker.compose.version': '5.0.0', 'com.docker.compose.volume': k },
      anonymous: false,
    });
    tasks.push({ id: `Volume ${v.name}`, status: 'Created', seconds: 0 });
  }
}

function pullMissing(call: ComposeCall, services: ServiceSpec[], tasks: Task[]): boolean {
  const { ctx } = call;
  for (const s of services) {
    if (s.build || !s.image || ctx.state.findImage(s.image)) continue;
    try {
      pullImage({ ...ctx, io: newIo() }, s.image, 'stdout');
      tasks.push({ id: `Image ${s.image}`, status: 'Pulled', seconds: secs(ctx, 2, 9) });
    } catch (e) {
      writeErr(ctx, composeFrame('up', [...tasks, { id: `Image ${s.image}`, status: 'Error', seconds: 1.2, failed: true }], ctx.columns));
      const err = e as PullError;
      writeErr(
        ctx,
        err.plain ? `${err.message}\n` : `Error response from daemon: ${err.message.replace(/^Error response from daemon: /, '')}\n`,
      );
      return false;
    }
  }
  return true;
}

export function selectServices(project: Project, names: string[]): ServiceSpec[] {
  if (names.length === 0) return project.services;
  const want = new Set<string>();
  const add = (n: string) => {
    if (want.has(n)) return;
    const s = project.services.find((x) => x.name === n);
    if (!s) throw new ComposeError(`no such service: ${n}`);
    want.add(n);
    s.dependsOn.forEach(add);
  };
  names.forEach(add);
  return project.services.filter((s) => want.has(s.name));
}

function up(call: ComposeCall): number {
  const { ctx, p, project } = call;
  const services = selectServices(project, p.args);
  const detach = flagBool(call.p, 'detach');
  const built = buildServices(call, services, flagBool(p, 'build'));
  if (!built) return 1;
  const tasks: Task[] = [...built];
  if (!pullMissing(call, services, tasks)) return 1;
  ensureNetworks(call, services, tasks);
  const attach: ContainerSnapshot[] = [];
  for (const s of services) {
    let c = serviceContainer(ctx, project, s.name);
    const id = `Container ${containerNameOf(project, s)}`;
    const image = ctx.state.findImage(imageNameOf(project, s));
    if (c && image && c.imageId !== image.id) {
      stopContainer(ctx, c);
      removeContainer(ctx, c);
      c = undefined;
      tasks.push({ id, status: detach ? 'Started' : 'Recreated', seconds: secs(ctx, 0.2, 1) });
    } else if (c?.state === 'running') tasks.push({ id, status: 'Running', seconds: 0 });
    else tasks.push({ id, status: detach ? 'Started' : c ? 'Created' : 'Created', seconds: secs(ctx, 0.1, 0.8) });
    try {
      c ??= createServiceContainer(call, s);
      if (c.state !== 'running') startContainer(ctx, c);
    } catch (e) {
      (tasks[tasks.length - 1] as Task).failed = true;
      (tasks[tasks.length - 1] as Task).status = 'Error';
      writeErr(ctx, composeFrame('up', tasks, ctx.columns));
      const err = e as PullError;
      writeErr(
        ctx,
        err.plain ? `${err.message}\n` : `Error response from daemon: ${err.message.replace(/^Error response from daemon: /, '')}\n`,
      );
      return 1;
    }
    attach.push(c);
  }
  for (const w of project.warnings) writeErr(ctx, `WARN[0000] ${w}\n`);
  writeErr(ctx, composeFrame('up', tasks, ctx.columns));
  if (detach) return 0;
  write(ctx, `Attaching to ${attach.map((c) => c.name.replace(`${project.name}-`, '')).join(', ')}\n`);
  write(ctx, prefixedLogs(attach, project, undefined));
  ctx.setForeground(`compose:${project.name}`);
  return 0;
}

/** Log lines of several containers, prefixed `service-1  | `, in time order. */
export function prefixedLogs(list: ContainerSnapshot[], project: Project, tail: number | undefined, prefix = true): string {
  const names = list.map((c) => c.name.replace(`${project.name}-`, ''));
  const width = Math.max(0, ...names.map((n) => n.length));
  const entries = list.flatMap((c, k) => {
    const lines = tail === undefined ? c.logs : c.logs.slice(Math.max(0, c.logs.length - tail));
    return lines.flatMap((l, idx) =>
      l.text
        .replace(/\n$/, '')
        .split('\n')
        .map((t) => ({ t: l.time, k, idx, text: `${prefix ? `${(names[k] as string).padEnd(width)} | ` : ''}${t}\n` })),
    );
  });
  entries.sort((a, b) => a.t - b.t || a.k - b.k || a.idx - b.idx);
  return entries.map((e) => e.text).join('');
}

function down(call: ComposeCall): number {
  const { ctx, p, project } = call;
  const tasks: Task[] = [];
  const list = projectContainers(ctx, project).reverse();
  for (const c of list) {
    stopContainer(ctx, { ...c, autoRemove: false } as ContainerSnapshot);
    c.state = 'exited';
    removeContainer(ctx, c);
    tasks.push({ id: `Container ${c.name}`, status: 'Removed', seconds: secs(ctx, 0.1, 1.2) });
  }
  for (const spec of Object.values(project.networks)) {
    const n = ctx.state.findNetwork(spec.name);
    if (!n || spec.external || n.endpoints.length) continue;
    ctx.state.networks = ctx.state.networks.filter((x) => x !== n);
    tasks.push({ id: `Network ${spec.name}`, status: 'Removed', seconds: secs(ctx, 0.1, 0.4) });
  }
  if (flagBool(p, 'volumes')) {
    for (const v of Object.values(project.volumes)) {
      if (!ctx.state.findVolume(v.name)) continue;
      ctx.state.removeVolumes((x) => x.name === v.name);
      tasks.push({ id: `Volume ${v.name}`, status: 'Removed', seconds: 0 });
    }
  }
  const rmi = flag(p, 'rmi');
  if (rmi === 'all' || rmi === 'local') {
    for (const s of project.services) {
      if (rmi === 'local' && s.image) continue;
      const img = ctx.state.findImage(imageNameOf(project, s));
      if (!img || ctx.state.containersUsingImage(img).length) continue;
      deleteImage(ctx, img);
      tasks.push({ id: `Image ${imageNameOf(project, s)}`, status: 'Removed', seconds: 0 });
    }
  }
  writeErr(ctx, composeFrame('down', tasks, ctx.columns));
  return 0;
}

// Built on first use: compose-more.ts imports this module, so its table is not ready at load time.
const subcommands = (): Record<string, (call: ComposeCall) => number> => ({ up, down, ...COMPOSE_MORE });

export function compose(ctx: Ctx, words: string[]): number {
  const rootSpec = ctx.parts.spec('docker compose');
  if (!rootSpec) return 1;
  const root = parseFlags(words, 'docker compose', rootSpec, false);
  const [sub, ...rest] = root.args;
  if (root.help || sub === undefined) {
    writeErr(ctx, 'this practice host does not print help pages; the command reference describes `docker compose` and its sub-commands\n');
    return 0;
  }
  if (sub === 'version') {
    write(
      ctx,
      flagBool(parseFlags(rest, 'docker compose version', ctx.parts.spec('docker compose version') ?? rootSpec, true), 'short')
        ? '5.0.0\n'
        : 'Docker Compose version v5.0.0\n',
    );
    return 0;
  }
  const spec = ctx.parts.spec(`docker compose ${sub}`);
  const run = subcommands()[sub];
  if (!spec) throw new UsageError(`unknown docker command: "compose ${sub}"\n`, 1);
  const p = parseFlags(rest, `docker compose ${sub}`, spec, sub !== 'exec' && sub !== 'run');
  if (p.help) {
    writeErr(ctx, `this practice host does not print help pages; the command reference describes \`docker compose ${sub}\`\n`);
    return 0;
  }
  if (!run) {
    writeErr(ctx, `this practice host does not simulate \`docker compose ${sub}\`; see the command reference for what it does\n`);
    return 1;
  }
  let project: Project;
  try {
    const dirFlag = flag(root, 'project-directory');
    project = loadProject(ctx.state, dirFlag ? (dirFlag.startsWith('/') ? dirFlag : `${ctx.state.cwd}/${dirFlag}`) : ctx.state.cwd, {
      file: flagAll(root, 'file')[0],
      name: flag(root, 'project-name'),
    });
    return run({ ctx, p, project });
  } catch (e) {
    if (e instanceof ComposeError || e instanceof EngineError) {
      writeErr(ctx, e.message + '\n');
      return 1;
    }
    throw e;
  }
}
