/** docker version, info, system df, system prune, builder prune. */
import type { Ctx } from '../context.ts';
import { write } from '../context.ts';
import { type Parsed, flag, flagBool } from '../flags.ts';
import type { Handler } from './docker.ts';
import { VERSIONS } from '../state.ts';
import { tabwrite } from '../format/table.ts';
import { humanSize } from '../format/units.ts';
import { renderTemplate } from '../format/template.ts';
import { confirmNote } from './shared.ts';
import { removeContainer } from './lifecycle.ts';
import { deleteImage } from './images.ts';

function version(ctx: Ctx, p: Parsed): number {
  const data = {
    Client: { Version: VERSIONS.docker, ApiVersion: VERSIONS.api, Os: 'linux', Arch: 'amd64', Context: 'default' },
    Server: { Version: VERSIONS.docker, ApiVersion: VERSIONS.api, MinAPIVersion: '1.44', Os: 'linux', Arch: 'amd64' },
  };
  const format = flag(p, 'format');
  if (format) {
    write(ctx, renderTemplate(format, data) + '\n');
    return 0;
  }
  write(
    ctx,
    `Client: Docker Engine - Community
 Version:           ${VERSIONS.docker}
 API version:       ${VERSIONS.api}
 Go version:        go1.25.5
 Git commit:        890dcca
 Built:             Tue Dec  2 21:55:14 2025
 OS/Arch:           linux/amd64
 Context:           default

Server: Docker Engine - Community
 Engine:
  Version:          ${VERSIONS.docker}
  API version:      ${VERSIONS.api} (minimum version 1.44)
  Go version:       go1.25.5
  Git commit:       de45c2a
  Built:            Tue Dec  2 21:55:14 2025
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          v2.2.0
 runc:
  Version:          1.3.4
 docker-init:
  Version:          0.19.0
`,
  );
  return 0;
}

function info(ctx: Ctx): number {
  const s = ctx.state;
  const running = s.containers.filter((c) => c.state === 'running').length;
  const stopped = s.containers.filter((c) => c.state === 'exited' || c.state === 'created').length;
  write(
    ctx,
    `Client: Docker Engine - Community
 Version:    ${VERSIONS.docker}
 Context:    default
 Debug Mode: false
 Plugins:
  buildx: Docker Buildx (Docker Inc.)
    Version:  ${VERSIONS.buildx}
    Path:     /usr/libexec/docker/cli-plugins/docker-buildx
  compose: Docker Compose (Docker Inc.)
    Version:  ${VERSIONS.compose}
    Path:     /usr/libexec/docker/cli-plugins/docker-compose

Server:
 Containers: ${s.containers.length}
  Running: ${running}
  Paused: 0
  Stopped: ${stopped}
 Images: ${s.images.length}
 Server Version: ${VERSIONS.docker}
 Storage Driver: overlayfs
  driver-type: io.containerd.snapshotter.v1
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
 Kernel Version: 6.8.0-generic
 Operating System: Ubuntu 24.04.3 LTS
 OSType: linux
 Architecture: x86_64
 CPUs: 4
 Total Memory: 7.657GiB
 Name: practice-host
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
 Experimental: false
 Live Restore Enabled: false
`,
  );
  return 0;
}

function df(ctx: Ctx): number {
  const s = ctx.state;
  const used = new Set(s.containers.map((c) => c.imageId));
  const imgSize = s.images.reduce((a, i) => a + i.size, 0);
  const reclaim = s.images.filter((i) => !used.has(i.id)).reduce((a, i) => a + i.size, 0);
  const pct = (a: number, b: number) => (b === 0 ? '0%' : `${Math.round((a / b) * 100)}%`);
  const cache = [...s.buildCache.values()].reduce((a, e) => a + e.size, 0);
  write(
    ctx,
    tabwrite([
      ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
      ['Images', String(s.images.length), String(used.size), humanSize(imgSize), `${humanSize(reclaim)} (${pct(reclaim, imgSize)})`],
      ['Containers', String(s.containers.length), String(s.containers.filter((c) => c.state === 'running').length), '0B', '0B (0%)'],
      [
        'Local Volumes',
        String(s.volumes.length),
        String(s.volumes.filter((v) => s.containers.some((c) => c.mounts.some((m) => m.source === v.name))).length),
        '0B',
        '0B',
      ],
      ['Build Cache', String(s.buildCache.size), '0', humanSize(cache), humanSize(cache)],
    ]),
  );
  return 0;
}

function builderPrune(ctx: Ctx, p: Parsed): number {
  if (!flagBool(p, 'force')) return confirmNote(ctx, 'WARNING! This will remove all dangling build cache.');
  const size = [...ctx.state.buildCache.values()].reduce((a, e) => a + e.size, 0);
  if (ctx.state.buildCache.size) write(ctx, 'ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED\n');
  for (const e of ctx.state.buildCache.values())
    write(ctx, `${e.key.slice(0, 25)}\ttrue\t\t${humanSize(e.size)}\t\tLess than a second ago\n`);
  ctx.state.buildCache.clear();
  write(ctx, `Total:\t${humanSize(size)}\n`);
  return 0;
}

function systemPrune(ctx: Ctx, p: Parsed): number {
  const all = flagBool(p, 'all');
  const volumes = flagBool(p, 'volumes');
  if (!flagBool(p, 'force')) {
    const lines = ['WARNING! This will remove:', '  - all stopped containers', '  - all networks not used by at least one container'];
    if (volumes) lines.push('  - all anonymous volumes not used by at least one container');
    lines.push(
      all ? '  - all images without at least one container associated to them' : '  - all dangling images',
      '  - unused build cache',
      '',
    );
    return confirmNote(ctx, lines.join('\n'));
  }
  const s = ctx.state;
  const gone = s.containers.filter((c) => c.state !== 'running');
  for (const c of gone) removeContainer(ctx, c);
  if (gone.length) write(ctx, 'Deleted Containers:\n' + gone.map((c) => c.id + '\n').join('') + '\n');
  const nets = s.networks.filter((n) => !['bridge', 'host', 'none'].includes(n.name) && n.endpoints.length === 0);
  s.networks = s.networks.filter((n) => !nets.includes(n));
  if (nets.length) write(ctx, 'Deleted Networks:\n' + nets.map((n) => n.name + '\n').join('') + '\n');
  if (volumes) s.removeVolumes((v) => v.anonymous && !s.containers.some((c) => c.mounts.some((m) => m.source === v.name)));
  const used = new Set(s.containers.map((c) => c.imageId));
  const imgs = s.images.filter((i) => !used.has(i.id) && (all || i.dangling));
  if (imgs.length) {
    write(ctx, 'Deleted Images:\n');
    for (const i of imgs) {
      for (const t of i.repoTags) write(ctx, `untagged: ${t}\n`);
      write(ctx, `deleted: ${i.id}\n`);
      deleteImage(ctx, i);
    }
    write(ctx, '\n');
  }
  const cache = [...s.buildCache.values()].reduce((a, e) => a + e.size, 0);
  if (s.buildCache.size)
    write(ctx, 'Deleted build cache objects:\n' + [...s.buildCache.keys()].map((k) => k.slice(0, 25) + '\n').join('') + '\n');
  s.buildCache.clear();
  write(ctx, `Total reclaimed space: ${humanSize(cache + imgs.reduce((a, i) => a + i.size, 0))}\n`);
  return 0;
}

export const SYSTEM_HANDLERS: Record<string, Handler> = {
  'docker version': { rule: ['none'], run: version },
  'docker system info': { rule: ['none'], run: info },
  'docker system df': { rule: ['none'], run: df },
  'docker system prune': { rule: ['none'], run: systemPrune },
  'docker builder prune': { rule: ['none'], run: builderPrune },
};
