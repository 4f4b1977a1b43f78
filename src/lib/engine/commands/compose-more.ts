/** docker compose ps, logs, build, exec, run, config, restart, stop, start. */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import { flag, flagBool } from '../flags.ts';
import type { Project } from '../compose/project.ts';
import { composeFrame, type Task } from '../compose/progress.ts';
import {
  type ComposeCall,
  buildServices,
  containerNameOf,
  prefixedLogs,
  projectContainers,
  selectServices,
  serviceContainer,
} from './compose.ts';
import { removeContainer, startContainer, stopContainer } from './lifecycle.ts';
import { createServiceContainer } from './compose-service.ts';
import { containerRow } from '../format/containers.ts';
import { formatRows } from '../format/template.ts';
import { runInContainer } from '../shell/container.ts';
import { executablesFor } from '../programs.ts';
import { EngineError } from './shared.ts';

function ps(call: ComposeCall): number {
  const { ctx, p, project } = call;
  const now = ctx.state.now();
  let list = projectContainers(ctx, project).filter((c) => c.labels['com.docker.compose.oneoff'] === 'False');
  if (!flagBool(p, 'all')) list = list.filter((c) => c.state === 'running');
  if (p.args.length) list = list.filter((c) => p.args.includes(c.labels['com.docker.compose.service'] ?? ''));
  list.sort((a, b) => (a.name < b.name ? -1 : 1));
  if (flagBool(p, 'quiet')) {
    write(ctx, list.map((c) => c.id + '\n').join(''));
    return 0;
  }
  if (flagBool(p, 'services')) {
    write(ctx, list.map((c) => (c.labels['com.docker.compose.service'] ?? '') + '\n').join(''));
    return 0;
  }
  const rows = list.map((c) => ({
    ...containerRow(c, now, true, c.image),
    Name: c.name,
    Service: c.labels['com.docker.compose.service'] ?? '',
  }));
  write(
    ctx,
    formatRows(
      flag(p, 'format') ?? 'table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}',
      rows,
      { Name: 'NAME', Image: 'IMAGE', Command: 'COMMAND', Service: 'SERVICE', RunningFor: 'CREATED', Status: 'STATUS', Ports: 'PORTS' },
    ),
  );
  return 0;
}

function logs(call: ComposeCall): number {
  const { ctx, p, project } = call;
  let list = projectContainers(ctx, project).filter((c) => c.labels['com.docker.compose.oneoff'] === 'False');
  if (p.args.length) list = list.filter((c) => p.args.includes(c.labels['com.docker.compose.service'] ?? ''));
  list.sort((a, b) => (a.name < b.name ? -1 : 1));
  const tail = flag(p, 'tail');
  write(ctx, prefixedLogs(list, project, tail === undefined || tail === 'all' ? undefined : Number(tail), !flagBool(p, 'no-log-prefix')));
  return 0;
}

function build(call: ComposeCall): number {
  const services = selectServices(call.project, call.p.args);
  const tasks = buildServices(call, services, true, flagBool(call.p, 'no-cache'));
  if (!tasks) return 1;
  writeErr(call.ctx, composeFrame('build', tasks, call.ctx.columns));
  return 0;
}

function mustRunning(call: ComposeCall, service: string) {
  if (!call.project.services.some((s) => s.name === service)) throw new EngineError(`no such service: ${service}`);
  const c = serviceContainer(call.ctx, call.project, service);
  if (!c || c.state !== 'running') throw new EngineError(`service "${service}" is not running`);
  return c;
}

function exec(call: ComposeCall): number {
  const { ctx, p } = call;
  const [service, ...argv] = p.args as [string, ...string[]];
  if (argv.length === 0) {
    writeErr(ctx, "'docker compose exec' requires at least 2 arguments\n");
    return 1;
  }
  const c = mustRunning(call, service);
  const cmd = argv[0] as string;
  const known = executablesFor(c.image);
  if (!known.has(cmd) && !known.has(cmd.split('/').pop() as string)) {
    writeErr(
      ctx,
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown\n`,
    );
    return 127;
  }
  if ((cmd === 'sh' || cmd === 'bash') && argv.length === 1 && !flagBool(p, 'no-tty')) {
    ctx.setAttached({ containerId: c.id, shell: cmd, main: false });
    return 0;
  }
  return runInContainer(ctx, c, argv);
}

function run(call: ComposeCall): number {
  const { ctx, p, project } = call;
  const [service, ...argv] = p.args as [string, ...string[]];
  const s = project.services.find((x) => x.name === service);
  if (!s) throw new EngineError(`no such service: ${service}`);
  const built = buildServices(call, [s], false);
  if (!built) return 1;
  const name = flag(p, 'name') ?? `${containerNameOf(project, s).replace(/-1$/, '')}-run-${ctx.state.rng.hex(12)}`;
  const c = createServiceContainer(call, s, {
    name,
    command: argv.length ? argv : undefined,
    oneoff: true,
    rm: flagBool(p, 'rm'),
    tty: true,
  });
  const r = startContainer(ctx, c);
  for (const l of r.lines) write(ctx, l.text);
  if (r.shell) {
    ctx.setAttached({ containerId: c.id, shell: r.shell, main: true });
    return 0;
  }
  if (r.running) {
    ctx.setForeground(c.id);
    return 0;
  }
  if (r.lines.length === 0 && argv.length) {
    c.state = 'running';
    c.exitCode = runInContainer(ctx, c, c.command);
    c.state = 'exited';
  }
  const code = c.exitCode;
  if (c.autoRemove) removeContainer(ctx, c);
  return code;
}

function yamlScalar(v: string): string {
  return /^[\w./@-]+$/.test(v) && !/^\d+$/.test(v) && !['true', 'false', 'null', 'yes', 'no'].includes(v) ? v : JSON.stringify(v);
}

function config(call: ComposeCall): number {
  const { ctx, p, project } = call;
  if (flagBool(p, 'services')) {
    write(ctx, project.services.map((s) => s.name + '\n').join(''));
    return 0;
  }
  if (flagBool(p, 'volumes')) {
    write(
      ctx,
      Object.keys(project.volumes)
        .map((v) => v + '\n')
        .join(''),
    );
    return 0;
  }
  let out = `name: ${project.name}\nservices:\n`;
  for (const s of [...project.services].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    out += `  ${s.name}:\n`;
    if (s.build)
      out +=
        `    build:\n      context: ${project.dir}/${s.build.context.replace(/^\.\/?/, '')}\n      dockerfile: ${s.build.dockerfile}\n`.replace(
          /\/\n/,
          '\n',
        );
    if (s.command) out += `    command:\n${s.command.map((c) => `      - ${yamlScalar(c)}\n`).join('')}`;
    if (s.dependsOn.length)
      out += `    depends_on:\n${s.dependsOn.map((d) => `      ${d}:\n        condition: service_started\n        required: true\n`).join('')}`;
    const env = Object.entries(s.environment).sort(([a], [b]) => (a < b ? -1 : 1));
    if (env.length) out += `    environment:\n${env.map(([k, v]) => `      ${k}: ${yamlScalar(v)}\n`).join('')}`;
    if (s.image) out += `    image: ${s.image}\n`;
    out += `    networks:\n${(s.networks.length ? s.networks : ['default']).map((n) => `      ${n}: null\n`).join('')}`;
    if (s.ports.length) {
      out += '    ports:\n';
      for (const port of s.ports) {
        const [body, proto = 'tcp'] = port.split('/') as [string, string | undefined];
        const parts = body.split(':');
        const target = parts.pop() as string;
        const published = parts.pop();
        out += `      - mode: ingress\n        target: ${target}\n${published ? `        published: "${published}"\n` : ''}        protocol: ${proto}\n`;
      }
    }
    if (s.volumes.length) {
      out += '    volumes:\n';
      for (const v of s.volumes) {
        const [src, dst, mode] = v.split(':') as [string, string | undefined, string | undefined];
        const bind = /^[./~]/.test(src);
        out += `      - type: ${bind ? 'bind' : 'volume'}\n        source: ${bind ? `${project.dir}/${src.replace(/^\.\/?/, '')}`.replace(/\/$/, '') : src}\n        target: ${dst}\n${mode === 'ro' ? '        read_only: true\n' : ''}${bind ? '        bind: {}\n' : '        volume: {}\n'}`;
      }
    }
  }
  out +=
    'networks:\n' +
    Object.entries(project.networks)
      .map(([k, n]) => `  ${k}:\n    name: ${n.name}\n${n.external ? '    external: true\n' : ''}`)
      .join('');
  if (Object.keys(project.volumes).length)
    out +=
      'volumes:\n' +
      Object.entries(project.volumes)
        .map(([k, v]) => `  ${k}:\n    name: ${v.name}\n`)
        .join('');
  write(ctx, out);
  return 0;
}

function lifecycle(op: 'stop' | 'start' | 'restart') {
  return (call: ComposeCall): number => {
    const { ctx, p, project } = call;
    const tasks: Task[] = [];
    let list = projectContainers(ctx, project).filter((c) => c.labels['com.docker.compose.oneoff'] === 'False');
    if (p.args.length) list = list.filter((c) => p.args.includes(c.labels['com.docker.compose.service'] ?? ''));
    for (const c of op === 'stop' ? [...list].reverse() : list) {
      if (op !== 'start') stopContainer(ctx, c);
      if (op !== 'stop') startContainer(ctx, c);
      tasks.push({
        id: `Container ${c.name}`,
        status: op === 'stop' ? 'Stopped' : op === 'start' ? 'Started' : 'Started',
        seconds: op === 'start' ? 0.3 : 10.2,
      });
    }
    writeErr(ctx, composeFrame(op, tasks, ctx.columns));
    return 0;
  };
}

/** Ctrl+C on an attached `docker compose up`. */
export function stopComposeForeground(ctx: Ctx, project: Project | string): void {
  const name = typeof project === 'string' ? project : project.name;
  const list = ctx.state.containers.filter((c) => c.labels['com.docker.compose.project'] === name && c.state === 'running');
  write(ctx, 'Gracefully Stopping... press Ctrl+C again to force\n');
  const tasks: Task[] = [];
  for (const c of [...list].reverse()) {
    stopContainer(ctx, c);
    tasks.push({ id: `Container ${c.name}`, status: 'Stopped', seconds: 10.2 });
  }
  write(ctx, composeFrame('stop', tasks, ctx.columns));
}

export const COMPOSE_MORE: Record<string, (call: ComposeCall) => number> = {
  ps,
  logs,
  build,
  exec,
  run,
  config,
  convert: config,
  stop: lifecycle('stop'),
  start: lifecycle('start'),
  restart: lifecycle('restart'),
};
