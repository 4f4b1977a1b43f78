/** A Compose service's container, made as `docker run` options would make it, with Compose's labels. */
import { newIo } from '../context.ts';
import type { ContainerSnapshot } from '../types.ts';
import type { Parsed } from '../flags.ts';
import type { ServiceSpec } from '../compose/project.ts';
import { createContainer } from './create.ts';
import { connect } from './lifecycle.ts';
import { type ComposeCall, containerNameOf, imageNameOf } from './compose.ts';

/** Creates the service's container as `docker run` options would. */
export function createServiceContainer(
  call: ComposeCall,
  s: ServiceSpec,
  opts: { name?: string; command?: string[]; oneoff?: boolean; rm?: boolean; tty?: boolean } = {},
): ContainerSnapshot {
  const { ctx, project } = call;
  const flags = new Map<string, string[]>();
  const set = (k: string, v: string) => flags.set(k, [...(flags.get(k) ?? []), v]);
  set('name', opts.name ?? containerNameOf(project, s));
  for (const port of opts.oneoff ? [] : s.ports) set('publish', port);
  for (const [k, v] of Object.entries(s.environment)) set('env', `${k}=${v}`);
  for (const v of s.volumes) {
    const [src, dst, mode] = v.split(':') as [string, string | undefined, string | undefined];
    if (dst === undefined) set('volume', src);
    else if (/^[./~]/.test(src))
      set(
        'volume',
        `${src.startsWith('/') ? src : `${project.dir}/${src.replace(/^\.\/?/, '')}`.replace(/\/$/, '')}:${dst}${mode ? ':' + mode : ''}`,
      );
    else set('volume', `${project.volumes[src]?.name ?? src}:${dst}${mode ? ':' + mode : ''}`);
  }
  const netKeys = s.networks.length ? s.networks : ['default'];
  set('network', project.networks[netKeys[0] as string]?.name ?? 'bridge');
  set('network-alias', s.name);
  if (s.entrypoint) set('entrypoint', s.entrypoint.join(' '));
  if (s.workingDir) set('workdir', s.workingDir);
  if (s.user) set('user', s.user);
  if (s.readOnly) set('read-only', 'true');
  for (const [key, values] of [
    ['tmpfs', s.tmpfs],
    ['cap-add', s.capAdd],
    ['cap-drop', s.capDrop],
    ['security-opt', s.securityOpt],
  ] as const)
    for (const v of values) set(key, v);
  if (opts.rm) set('rm', 'true');
  if (opts.tty) {
    set('tty', 'true');
    set('interactive', 'true');
  }
  const image = imageNameOf(project, s);
  const labels: Record<string, string> = {
    'com.docker.compose.config-hash': ctx.state.rng.hex(64),
    'com.docker.compose.container-number': '1',
    'com.docker.compose.depends_on': s.dependsOn.map((d) => `${d}:service_started:false`).join(','),
    'com.docker.compose.image': ctx.state.findImage(image)?.id ?? '',
    'com.docker.compose.oneoff': opts.oneoff ? 'True' : 'False',
    'com.docker.compose.project': project.name,
    'com.docker.compose.project.config_files': project.file,
    'com.docker.compose.project.working_dir': project.dir,
    'com.docker.compose.service': s.name,
    'com.docker.compose.version': '5.0.0',
  };
  const p: Parsed = { flags, args: [image, ...(opts.command ?? s.command ?? [])], help: false };
  const quiet = { ...ctx, io: newIo() };
  const { container } = createContainer(quiet, p, 'docker run', labels);
  for (const k of netKeys.slice(1)) {
    const net = ctx.state.findNetwork(project.networks[k]?.name ?? '');
    if (net) connect(ctx, container, net, [s.name]);
  }
  return container;
}
