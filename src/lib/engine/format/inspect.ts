/**
 * Engine API objects built from the model's state. `docker inspect` prints
 * them, and the test-only API façade serves the same objects, so the real
 * client renders the model's state (moby api/types: container.InspectResponse,
 * image.InspectResponse, network.Inspect, volume.Volume).
 */
import type { State } from '../state.ts';
import type { ContainerSnapshot, ImageSnapshot, NetworkSnapshot, VolumeSnapshot } from '../types.ts';
import { apiTime } from './units.ts';

const ZERO = '0001-01-01T00:00:00Z';

function portMap(c: ContainerSnapshot, publishedOnly: boolean): Record<string, { HostIp: string; HostPort: string }[] | null> {
  const out: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const p of c.ports) {
    const key = `${p.containerPort}/${p.protocol}`;
    if (p.hostPort === null || p.hostIp === '') {
      if (!publishedOnly) out[key] ??= null;
      continue;
    }
    (out[key] ??= []) as unknown[];
    (out[key] as { HostIp: string; HostPort: string }[]).push({ HostIp: p.hostIp, HostPort: String(p.hostPort) });
  }
  return out;
}

/** Config.Volumes: the image's VOLUMEs and the container's own anonymous ones (`-v /path`). */
function volumesOf(c: ContainerSnapshot, image: ImageSnapshot | undefined): Record<string, object> | null {
  const paths = new Set(image?.config.volumes ?? []);
  for (const m of c.mounts) if (m.type === 'volume' && /^[0-9a-f]{64}$/.test(m.source)) paths.add(m.destination);
  return paths.size ? Object.fromEntries([...paths].map((p) => [p, {}])) : null;
}

export function containerJson(state: State, c: ContainerSnapshot): Record<string, unknown> {
  const running = c.state === 'running';
  const image = state.images.find((i) => i.id === c.imageId);
  const networks: Record<string, unknown> = {};
  for (const n of c.networks) {
    networks[n.network] = {
      IPAMConfig: null,
      Links: null,
      Aliases: n.aliases.length ? n.aliases : null,
      MacAddress: running ? n.macAddress : '',
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: n.networkId,
      EndpointID: running ? state.rng.hex(0) || n.networkId.slice(0, 8) + c.id.slice(8, 64) : '',
      Gateway: running ? n.gateway : '',
      IPAddress: running ? n.ipAddress : '',
      IPPrefixLen: running && n.ipAddress ? 16 : 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: n.aliases.length ? [...n.aliases, c.id.slice(0, 12)] : null,
    };
  }
  return {
    Id: c.id,
    Created: apiTime(c.created),
    Path: c.command[0] ?? '',
    Args: c.command.slice(1),
    State: {
      Status: c.state,
      Running: running,
      Paused: c.state === 'paused',
      Restarting: c.state === 'restarting',
      OOMKilled: false,
      Dead: c.state === 'dead',
      Pid: running ? 4000 + (parseInt(c.id.slice(0, 3), 16) % 5000) : 0,
      ExitCode: c.exitCode,
      Error: '',
      StartedAt: c.startedAt ? apiTime(c.startedAt) : ZERO,
      FinishedAt: c.finishedAt ? apiTime(c.finishedAt) : ZERO,
    },
    Image: c.imageId,
    ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${c.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${c.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: 0,
    Driver: 'overlayfs',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    HostConfig: {
      Binds: c.mounts.filter((m) => m.type === 'bind').map((m) => `${m.source}:${m.destination}${m.readOnly ? ':ro' : ''}`),
      NetworkMode: c.networks[0]?.network ?? 'bridge',
      PortBindings: portMap(c, true),
      RestartPolicy: { Name: c.restartPolicy, MaximumRetryCount: 0 },
      AutoRemove: c.autoRemove,
      CapAdd: c.capAdd.length ? c.capAdd : null,
      CapDrop: c.capDrop.length ? c.capDrop : null,
      ReadonlyRootfs: c.readOnly,
      SecurityOpt: c.securityOpt.length ? c.securityOpt : null,
    },
    Mounts: c.mounts.map((m) => ({
      Type: m.type,
      ...(m.type === 'volume' ? { Name: m.source } : {}),
      Source: m.type === 'volume' ? `/var/lib/docker/volumes/${m.source}/_data` : m.source,
      Destination: m.destination,
      ...(m.type === 'volume' ? { Driver: 'local' } : {}),
      Mode: m.type === 'volume' ? 'z' : '',
      RW: !m.readOnly,
      Propagation: m.type === 'bind' ? 'rprivate' : '',
    })),
    Config: {
      Hostname: c.id.slice(0, 12),
      Domainname: '',
      User: c.user,
      AttachStdin: c.interactive,
      AttachStdout: true,
      AttachStderr: true,
      ExposedPorts: Object.fromEntries(c.ports.map((p) => [`${p.containerPort}/${p.protocol}`, {}])),
      Tty: c.tty,
      OpenStdin: c.interactive,
      StdinOnce: c.interactive,
      Env: c.env,
      Cmd: c.cmd,
      Image: c.image,
      Volumes: volumesOf(c, image),
      WorkingDir: c.workingDir,
      Entrypoint: c.entrypoint,
      OnBuild: null,
      Labels: c.labels,
    },
    NetworkSettings: {
      SandboxID: running ? c.id.split('').reverse().join('') : '',
      SandboxKey: running ? `/var/run/docker/netns/${c.id.slice(0, 12)}` : '',
      Ports: running ? portMap(c, false) : {},
      Networks: networks,
    },
    ImageManifestDescriptor: image
      ? {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: image.digest,
          size: 856,
          platform: { architecture: 'amd64', os: 'linux' },
        }
      : undefined,
  };
}

export function imageJson(img: ImageSnapshot): Record<string, unknown> {
  return {
    Id: img.id,
    RepoTags: img.repoTags,
    RepoDigests: img.repoDigests,
    Comment: 'buildkit.dockerfile.v0',
    Created: apiTime(img.created),
    Config: {
      User: img.config.user,
      Env: img.config.env,
      Cmd: img.config.cmd,
      Entrypoint: img.config.entrypoint,
      WorkingDir: img.config.workingDir,
      Labels: Object.keys(img.config.labels).length ? img.config.labels : null,
      ...(img.config.exposedPorts.length ? { ExposedPorts: Object.fromEntries(img.config.exposedPorts.map((p) => [p, {}])) } : {}),
      ...(img.config.volumes.length ? { Volumes: Object.fromEntries(img.config.volumes.map((v) => [v, {}])) } : {}),
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: img.size,
    RootFS: { Type: 'layers', Layers: img.layers },
    Metadata: { LastTagTime: apiTime(img.created) },
    Descriptor: { mediaType: 'application/vnd.oci.image.index.v1+json', digest: img.digest, size: 856 },
  };
}

export function networkJson(state: State, n: NetworkSnapshot): Record<string, unknown> {
  const containers: Record<string, unknown> = {};
  for (const e of n.endpoints) {
    const c = state.containers.find((x) => x.id === e.containerId);
    if (c?.state !== 'running') continue;
    containers[e.containerId] = {
      Name: e.name,
      EndpointID: n.id.slice(0, 8) + e.containerId.slice(8),
      MacAddress: e.macAddress,
      IPv4Address: `${e.ipAddress}/16`,
      IPv6Address: '',
    };
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: apiTime(n.created),
    Scope: n.scope,
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: null, Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway }] : null },
    Internal: n.internal,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options: n.name === 'bridge' ? { 'com.docker.network.bridge.default_bridge': 'true', 'com.docker.network.bridge.name': 'docker0' } : {},
    Labels: n.labels,
  };
}

export function volumeJson(v: VolumeSnapshot): Record<string, unknown> {
  return {
    CreatedAt: new Date(v.created).toISOString().replace(/\.\d+Z$/, 'Z'),
    Driver: v.driver,
    Labels: Object.keys(v.labels).length ? v.labels : null,
    Mountpoint: v.mountpoint,
    Name: v.name,
    Options: null,
    Scope: 'local',
  };
}

/** `docker inspect` output: the CLI indents each object by 4 spaces inside a JSON array. */
export function inspectText(objects: unknown[]): string {
  if (objects.length === 0) return '[]\n';
  return '[\n' + objects.map((o) => '    ' + JSON.stringify(o, null, 4).replace(/\n/g, '\n    ')).join(',\n') + '\n]\n';
}
