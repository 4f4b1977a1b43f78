/**
 * Runs an exercise's checks over the host's state and the commands typed, and
 * says in plain words what is still missing. An empty list means solved.
 */
import type { Check, ContainerCheck } from './schema.ts';
import { normalizeRef, runsAsNonRoot, type HostContainer, type HostSnapshot } from './host.ts';
import { dropsCapability, normalizeCapability } from '../engine/commands/security.ts';

export { dropsCapability };

/** A command line the learner typed, with its exit status. */
export interface Typed {
  line: string;
  exitCode: number;
}

const code = (s: string | number) => `\`${s}\``;

function describe(c: ContainerCheck): string {
  return c.name ? `the container ${code(c.name)}` : `the container of the service ${code(c.service!)}`;
}

function findContainer(host: HostSnapshot, c: ContainerCheck): HostContainer | undefined {
  const matches = host.containers.filter((x) => (c.name ? x.name === c.name : x.compose?.service === c.service));
  return matches.find((x) => x.state === 'running') ?? matches[0];
}

function containerMissing(host: HostSnapshot, c: ContainerCheck): string[] {
  const found = findContainer(host, c);
  const what = describe(c);
  if (c.state === 'absent') return found ? [`${what} still exists (${found.state}); remove it`] : [];
  if (!found) {
    const from = c.image ? ` from ${code(c.image)}` : '';
    return [c.name ? `there is no container named ${code(c.name)}${from} yet` : `no container runs the service ${code(c.service!)} yet`];
  }
  if (c.image && normalizeRef(found.image) !== normalizeRef(c.image)) {
    return [`${what} runs ${code(found.image)}, not ${code(c.image)}`];
  }
  const missing: string[] = [];
  if (found.state !== c.state) missing.push(`${what} is ${found.state}, not ${c.state}`);
  const first = missing.length ? `${what}` : `${what} ${c.state === 'running' ? 'runs' : `is ${c.state}`}, but`;
  const but = (text: string) => missing.push(missing.length ? `${what}: ${text}` : `${first} ${text}`);
  for (const p of c.publish ?? []) {
    const bound = found.ports.filter((b) => b.hostPort === p.host);
    const right = bound.find((b) => b.containerPort === p.container);
    if (bound.length === 0) but(`port ${p.host} is not published`);
    else if (!right) but(`host port ${p.host} goes to container port ${bound[0]?.containerPort}, not ${p.container}`);
    else if (p.ip && bound.some((b) => b.hostIp !== p.ip)) {
      but(`port ${p.host} is published on ${bound.map((b) => b.hostIp || '0.0.0.0').join(' and ')}, not only on ${p.ip}`);
    }
  }
  for (const wanted of c.env ?? []) {
    const key = wanted.split('=')[0] ?? wanted;
    const set = found.env.find((e) => e.split('=')[0] === key);
    if (!set) but(`${code(key)} is not set in its environment`);
    else if (wanted.includes('=') && set !== wanted)
      but(`${code(key)} is ${code(set.slice(key.length + 1))}, not ${code(wanted.slice(key.length + 1))}`);
  }
  if (c.network && !found.networks.some((n) => n.network === c.network)) but(`it is not attached to the network ${code(c.network)}`);
  for (const m of c.mounts ?? []) {
    const mount = found.mounts.find((x) => x.destination === m.target);
    const kind = m.type === 'bind' ? 'a bind mount' : m.type === 'volume' ? 'a named volume' : 'a tmpfs';
    if (!mount) but(`nothing is mounted at ${code(m.target)}`);
    else if (mount.type !== m.type) but(`${code(m.target)} is a ${mount.type} mount, not ${kind}`);
    else if (m.source && !(m.type === 'bind' ? mount.source.endsWith(m.source) : mount.source === m.source)) {
      but(`${code(m.target)} comes from ${code(mount.source)}, not ${code(m.source)}`);
    }
  }
  if (c.readOnly !== undefined && found.readOnly !== c.readOnly)
    but(c.readOnly ? 'its root filesystem is writable (no --read-only)' : 'its root filesystem is read-only');
  for (const cap of c.capDrop ?? []) {
    if (dropsCapability(found, cap)) continue;
    but(
      normalizeCapability(cap) === 'ALL'
        ? 'it keeps its Linux capabilities (no --cap-drop ALL)'
        : `it keeps the capability ${code(cap)} (no --cap-drop ${cap})`,
    );
  }
  if (c.nonRoot && !runsAsNonRoot(host, found)) but('it runs as root');
  if (c.log && !found.logs.some((l) => l.text.includes(c.log!.contains))) but(c.log.says);
  return missing;
}

function checkMissing(host: HostSnapshot, typed: readonly Typed[], check: Check): string[] {
  if ('container' in check) return containerMissing(host, check.container);
  if ('image' in check) {
    const { ref, present } = check.image;
    const has = host.images.some((i) => i.repoTags.some((t) => normalizeRef(t) === normalizeRef(ref)));
    if (has === present) return [];
    return [present ? `there is no image ${code(ref)} yet` : `the image ${code(ref)} is still there`];
  }
  if ('volume' in check) {
    const { name, present } = check.volume;
    const has = host.volumes.some((v) => v.name === name);
    if (has === present) return [];
    return [present ? `there is no volume ${code(name)}` : `the volume ${code(name)} is still there`];
  }
  if ('network' in check) {
    const { name, present, internal, attached } = check.network;
    const net = host.networks.find((n) => n.name === name);
    if (!present) return net ? [`the network ${code(name)} is still there`] : [];
    if (!net) return [`there is no network ${code(name)} yet`];
    const missing: string[] = [];
    if (internal !== undefined && net.internal !== internal)
      missing.push(`the network ${code(name)} is ${net.internal ? '' : 'not '}internal`);
    for (const who of attached ?? []) {
      if (!net.endpoints.some((e) => e.name === who)) missing.push(`${code(who)} is not attached to the network ${code(name)}`);
    }
    return missing;
  }
  if ('pushed' in check) {
    const { repository, tag } = check.pushed;
    const tags = host.registry.pushed[repository] ?? host.registry.pushed[`docker.io/${repository}`];
    return tags?.[tag] ? [] : [`the registry has no ${code(`${repository}:${tag}`)} yet`];
  }
  if ('loggedIn' in check) {
    return host.registry.logins[check.loggedIn.registry] ? [] : [`you are not logged in to ${code(check.loggedIn.registry)}`];
  }
  if ('ran' in check) {
    const pattern = new RegExp(check.ran.pattern);
    return typed.some((t) => t.exitCode === 0 && pattern.test(t.line.trim())) ? [] : [check.ran.says];
  }
  if ('containers' in check) {
    const { max, state } = check.containers;
    const count = host.containers.filter((c) => !state || c.state === state).length;
    const which = `${state ? `${state} ` : ''}container${count === 1 ? '' : 's'}`;
    return count <= max
      ? []
      : [max === 0 ? `there ${count === 1 ? 'is' : 'are'} still ${count} ${which}` : `there are ${count} ${which}, more than ${max}`];
  }
  const dangling = host.images.filter((i) => i.dangling).length;
  return dangling <= check.danglingImages.max
    ? []
    : [`there ${dangling === 1 ? 'is' : 'are'} still ${dangling} dangling image${dangling === 1 ? '' : 's'} (<none>)`];
}

/** What is still missing, in plain words; empty when every check passes. */
export function whatIsMissing(checks: readonly Check[], host: HostSnapshot, typed: readonly Typed[]): string[] {
  return checks.flatMap((check) => checkMissing(host, typed, check));
}
