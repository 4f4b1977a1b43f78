/** docker network …, volume …, inspect. */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import { type Parsed, flag, flagAll, flagBool } from '../flags.ts';
import type { Handler } from './docker.ts';
import { EngineError, daemonCall } from './shared.ts';
import { eachRef } from './containers.ts';
import { confirmNote } from './shared.ts';
import { connect, disconnect } from './lifecycle.ts';
import { formatRows, renderTemplate } from '../format/template.ts';
import { containerJson, imageJson, inspectText, networkJson, volumeJson } from '../format/inspect.ts';
import { SYSTEM_HANDLERS } from './system.ts';

/** Go's sortorder.NaturalLess, enough for network and volume names. */
export function naturalLess(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

function networkLs(ctx: Ctx, p: Parsed): number {
  let list = [...ctx.state.networks].sort((a, b) => naturalLess(a.name, b.name));
  for (const f of flagAll(p, 'filter')) {
    const [k, v = ''] = f.split('=') as [string, string | undefined];
    if (k === 'name') list = list.filter((n) => n.name.includes(v));
    if (k === 'driver') list = list.filter((n) => n.driver === v);
  }
  const trunc = !flagBool(p, 'no-trunc');
  if (flagBool(p, 'quiet')) {
    write(ctx, list.map((n) => (trunc ? n.id.slice(0, 12) : n.id) + '\n').join(''));
    return 0;
  }
  const rows = list.map((n) => ({
    ID: trunc ? n.id.slice(0, 12) : n.id,
    Name: n.name,
    Driver: n.driver,
    Scope: n.scope,
    IPv4: 'true',
    IPv6: 'false',
    Internal: String(n.internal),
    Labels: '',
    CreatedAt: '',
  }));
  write(
    ctx,
    formatRows(flag(p, 'format') ?? 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}', rows, {
      ID: 'NETWORK ID',
      Name: 'NAME',
      Driver: 'DRIVER',
      Scope: 'SCOPE',
      IPv4: 'IPV4',
      IPv6: 'IPV6',
      Internal: 'INTERNAL',
      Labels: 'LABELS',
      CreatedAt: 'CREATED AT',
    }),
  );
  return 0;
}

function networkCreate(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const name = p.args[0] as string;
    if (ctx.state.networks.some((n) => n.name === name))
      throw new EngineError(`Error response from daemon: network with name ${name} already exists`);
    const driver = flag(p, 'driver') ?? 'bridge';
    if (driver !== 'bridge') throw new EngineError(`this practice host only simulates bridge networks, not the ${driver} driver`);
    const net = ctx.state.addNetwork(name, 'bridge', {}, flagBool(p, 'internal'));
    write(ctx, net.id + '\n');
    return 0;
  });
}

const PREDEFINED = new Set(['bridge', 'host', 'none']);

function networkRm(ctx: Ctx, p: Parsed): number {
  return eachRef(ctx, p.args, (ref) => {
    const n = ctx.state.findNetwork(ref);
    if (!n) throw new EngineError(`Error response from daemon: network ${ref} not found`);
    if (PREDEFINED.has(n.name))
      throw new EngineError(`Error response from daemon: ${n.name} is a pre-defined network and cannot be removed`);
    if (n.endpoints.length) {
      const eps = n.endpoints.map((e) => `name:"${e.name}" id:"${e.containerId.slice(0, 12)}"`).join(', ');
      throw new EngineError(`Error response from daemon: error while removing network: network ${n.name} has active endpoints (${eps})`);
    }
    ctx.state.networks = ctx.state.networks.filter((x) => x !== n);
    write(ctx, ref + '\n');
  });
}

function networkConnect(ctx: Ctx, p: Parsed, path: string): number {
  return daemonCall(ctx, () => {
    const [netRef, cRef] = p.args as [string, string];
    const n = ctx.state.findNetwork(netRef);
    if (!n) throw new EngineError(`Error response from daemon: network ${netRef} not found`);
    const c = ctx.state.findContainer(cRef);
    if (!c) throw new EngineError(`Error response from daemon: No such container: ${cRef}`);
    const on = c.networks.some((x) => x.networkId === n.id);
    if (path.endsWith('disconnect')) {
      if (!on) throw new EngineError(`Error response from daemon: container ${c.id} is not connected to network ${n.name}`);
      disconnect(c, n);
    } else {
      if (on) throw new EngineError(`Error response from daemon: endpoint with name ${c.name} already exists in network ${n.name}`);
      connect(ctx, c, n, flagAll(p, 'alias'));
    }
    return 0;
  });
}

function networkPrune(ctx: Ctx, p: Parsed): number {
  if (!flagBool(p, 'force')) return confirmNote(ctx, 'WARNING! This will remove all custom networks not used by at least one container.');
  const gone = ctx.state.networks.filter((n) => !PREDEFINED.has(n.name) && n.endpoints.length === 0);
  ctx.state.networks = ctx.state.networks.filter((n) => !gone.includes(n));
  if (gone.length) write(ctx, 'Deleted Networks:\n' + gone.map((n) => n.name + '\n').join(''));
  return 0;
}

function volumeLs(ctx: Ctx, p: Parsed): number {
  let list = [...ctx.state.volumes].sort((a, b) => naturalLess(a.name, b.name));
  for (const f of flagAll(p, 'filter')) {
    const [k, v = ''] = f.split('=') as [string, string | undefined];
    if (k === 'dangling')
      list = list.filter((vol) => ctx.state.containers.some((c) => c.mounts.some((m) => m.source === vol.name)) !== (v === 'true'));
    if (k === 'name') list = list.filter((vol) => vol.name.includes(v));
  }
  if (flagBool(p, 'quiet')) {
    write(ctx, list.map((v) => v.name + '\n').join(''));
    return 0;
  }
  const rows = list.map((v) => ({
    Driver: v.driver,
    Name: v.name,
    Mountpoint: v.mountpoint,
    Scope: 'local',
    Labels: Object.entries(v.labels)
      .map(([k, x]) => `${k}=${x}`)
      .join(','),
  }));
  write(
    ctx,
    formatRows(flag(p, 'format') ?? 'table {{.Driver}}\t{{.Name}}', rows, {
      Driver: 'DRIVER',
      Name: 'VOLUME NAME',
      Mountpoint: 'MOUNTPOINT',
      Scope: 'SCOPE',
      Labels: 'LABELS',
    }),
  );
  return 0;
}

function volumeCreate(ctx: Ctx, p: Parsed): number {
  const name = p.args[0] ?? ctx.state.newId();
  if (!ctx.state.findVolume(name)) {
    const labels: Record<string, string> = {};
    for (const l of flagAll(p, 'label')) labels[l.split('=')[0] as string] = l.split('=')[1] ?? '';
    ctx.state.volumes.push({
      name,
      driver: 'local',
      mountpoint: `/var/lib/docker/volumes/${name}/_data`,
      created: ctx.state.now(),
      labels,
      anonymous: p.args[0] === undefined,
    });
  }
  write(ctx, name + '\n');
  return 0;
}

function volumeRm(ctx: Ctx, p: Parsed): number {
  return eachRef(ctx, p.args, (name) => {
    const v = ctx.state.findVolume(name);
    if (!v) {
      if (flagBool(p, 'force')) return;
      throw new EngineError(`Error response from daemon: get ${name}: no such volume`);
    }
    const users = ctx.state.containers.filter((c) => c.mounts.some((m) => m.type === 'volume' && m.source === name));
    if (users.length)
      throw new EngineError(`Error response from daemon: remove ${name}: volume is in use - [${users.map((c) => c.id).join(', ')}]`);
    ctx.state.removeVolumes((x) => x === v);
    write(ctx, name + '\n');
  });
}

function volumePrune(ctx: Ctx, p: Parsed): number {
  const all = flagBool(p, 'all');
  if (!flagBool(p, 'force'))
    return confirmNote(
      ctx,
      all
        ? 'WARNING! This will remove all local volumes not used by at least one container.'
        : 'WARNING! This will remove anonymous local volumes not used by at least one container.',
    );
  const gone = ctx.state.removeVolumes(
    (v) => (all || v.anonymous) && !ctx.state.containers.some((c) => c.mounts.some((m) => m.source === v.name)),
  );
  if (gone.length) write(ctx, 'Deleted Volumes:\n' + gone.map((v) => v.name + '\n').join('') + '\n');
  write(ctx, 'Total reclaimed space: 0B\n');
  return 0;
}

/** `docker inspect` and the typed `… inspect` commands. */
function inspect(ctx: Ctx, p: Parsed, path: string): number {
  const kind = path.includes('container')
    ? 'container'
    : path.includes('image')
      ? 'image'
      : path.includes('network')
        ? 'network'
        : path.includes('volume')
          ? 'volume'
          : (flag(p, 'type') ?? '');
  const objects: unknown[] = [];
  let status = 0;
  for (const ref of p.args) {
    const c = (kind === '' || kind === 'container') && ctx.state.findContainer(ref);
    const img = !c && (kind === '' || kind === 'image') && ctx.state.findImage(ref);
    const net = !c && !img && (kind === '' || kind === 'network') && ctx.state.findNetwork(ref);
    const vol = !c && !img && !net && (kind === '' || kind === 'volume') && ctx.state.findVolume(ref);
    if (c) objects.push(containerJson(ctx.state, c));
    else if (img) objects.push(imageJson(img));
    else if (net) objects.push(networkJson(ctx.state, net));
    else if (vol) objects.push(volumeJson(vol));
    else {
      status = 1;
      const what =
        kind === 'container'
          ? 'container'
          : kind === 'image'
            ? 'image'
            : kind === 'network'
              ? 'network'
              : kind === 'volume'
                ? 'volume'
                : 'object';
      writeErr(
        ctx,
        what === 'network'
          ? `Error response from daemon: network ${ref} not found\n`
          : what === 'volume'
            ? `Error response from daemon: get ${ref}: no such volume\n`
            : what === 'object'
              ? `Error: No such object: ${ref}\n`
              : `Error response from daemon: No such ${what}: ${ref}\n`,
      );
    }
  }
  const format = flag(p, 'format');
  if (format && format !== 'json') {
    for (const o of objects) write(ctx, renderTemplate(format, o, NIL_FIELDS) + '\n');
  } else if (objects.length || status === 0) write(ctx, inspectText(objects));
  else write(ctx, '[]\n');
  return status;
}

/** Fields the model leaves null that Docker's Go structs hold as slices or maps (moby api/types). */
const NIL_FIELDS: Record<string, string> = {
  ...Object.fromEntries(
    [
      'Config.Cmd',
      'Config.Entrypoint',
      'Config.Env',
      'Config.OnBuild',
      'HostConfig.CapAdd',
      'HostConfig.CapDrop',
      'HostConfig.SecurityOpt',
    ].map((f) => [`.${f}`, '[]']),
  ),
  ...Object.fromEntries(['Config.Labels', 'Config.Volumes', 'Labels', 'Options'].map((f) => [`.${f}`, 'map[]'])),
};

export const RESOURCE_HANDLERS: Record<string, Handler> = {
  'docker network ls': { rule: ['none'], run: networkLs },
  'docker network create': { rule: ['exact', 1], run: networkCreate },
  'docker network rm': { rule: ['min', 1], run: networkRm },
  'docker network connect': { rule: ['exact', 2], run: networkConnect },
  'docker network disconnect': { rule: ['exact', 2], run: networkConnect },
  'docker network prune': { rule: ['none'], run: networkPrune },
  'docker network inspect': { rule: ['min', 1], run: inspect },
  'docker volume ls': { rule: ['none'], run: volumeLs },
  'docker volume create': { rule: ['max', 1], run: volumeCreate },
  'docker volume rm': { rule: ['min', 1], run: volumeRm },
  'docker volume prune': { rule: ['none'], run: volumePrune },
  'docker volume inspect': { rule: ['min', 1], run: inspect },
  'docker inspect': { rule: ['min', 1], run: inspect },
  'docker container inspect': { rule: ['min', 1], run: inspect },
  'docker image inspect': { rule: ['min', 1], run: inspect },
  ...SYSTEM_HANDLERS,
};
