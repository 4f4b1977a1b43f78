/**
 * Test-only Engine API façade: serves the model's state over HTTP on a
 * loopback port so the real docker client can render it. Only the endpoints
 * the format checks need (moby api/swagger.yaml shapes); never used by the site.
 */
import { createServer, type Server } from 'node:http';
import type { DockerHost } from '../../../src/lib/engine/index.ts';
import { containerJson, imageJson, networkJson, volumeJson } from '../../../src/lib/engine/format/inspect.ts';
import { livePorts, statusText } from '../../../src/lib/engine/format/containers.ts';

const API = '1.50';

function containerSummary(host: DockerHost, id: string) {
  const s = host.state;
  const c = s.containers.find((x) => x.id === id);
  if (!c) return undefined;
  return {
    Id: c.id,
    Names: [`/${c.name}`],
    Image: c.image,
    ImageID: c.imageId,
    Command: c.command.join(' '),
    Created: Math.floor(c.created / 1000),
    Ports: livePorts(c).map((p) => ({
      ...(p.hostIp && p.hostPort !== null ? { IP: p.hostIp, PublicPort: p.hostPort } : {}),
      PrivatePort: p.containerPort,
      Type: p.protocol,
    })),
    Labels: c.labels,
    State: c.state,
    Status: statusText(c, s.now()),
    HostConfig: { NetworkMode: c.networks[0]?.network ?? 'bridge' },
    NetworkSettings: {
      Networks: Object.fromEntries(c.networks.map((n) => [n.network, { NetworkID: n.networkId, IPAddress: n.ipAddress }])),
    },
    Mounts: c.mounts.map((m) => ({
      Type: m.type,
      Name: m.type === 'volume' ? m.source : undefined,
      Source: m.source,
      Destination: m.destination,
      RW: !m.readOnly,
    })),
  };
}

function imageSummary(host: DockerHost, id: string) {
  const img = host.state.images.find((i) => i.id === id);
  if (!img) return undefined;
  return {
    Id: img.id,
    ParentId: '',
    RepoTags: img.repoTags,
    RepoDigests: img.repoDigests,
    Created: Math.floor(img.created / 1000),
    Size: img.size,
    SharedSize: -1,
    Labels: null,
    Containers: -1,
  };
}

export interface Facade {
  port: number;
  close(): Promise<void>;
}

export function startFacade(host: DockerHost, port: number): Promise<Facade> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname.replace(/^\/v[\d.]+/, '');
    const send = (status: number, body: unknown) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json',
        'Api-Version': API,
        Ostype: 'linux',
      });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    const s = host.state;
    const notFound = (what: string) => send(404, { message: what });
    if (path === '/_ping') return send(200, 'OK');
    if (path === '/version')
      return send(200, { Version: '29.1.2', ApiVersion: API, MinAPIVersion: '1.24', Os: 'linux', Arch: 'amd64', KernelVersion: '6.8.0' });
    if (path === '/containers/json') {
      const all = url.searchParams.get('all') === '1' || url.searchParams.get('all') === 'true';
      const list = [...s.containers].reverse().filter((c) => all || c.state === 'running');
      return send(
        200,
        list.map((c) => containerSummary(host, c.id)),
      );
    }
    if (path === '/images/json')
      return send(
        200,
        [...s.images]
          .sort((a, b) => b.created - a.created)
          .filter((i) => !i.dangling)
          .map((i) => imageSummary(host, i.id)),
      );
    if (path === '/networks')
      return send(
        200,
        s.networks.map((n) => networkJson(s, n)),
      );
    if (path === '/volumes') return send(200, { Volumes: s.volumes.map(volumeJson), Warnings: null });
    let m = /^\/containers\/([^/]+)\/json$/.exec(path);
    if (m) {
      const c = s.findContainer(decodeURIComponent(m[1] as string));
      return c ? send(200, containerJson(s, c)) : notFound(`No such container: ${m[1]}`);
    }
    m = /^\/images\/(.+)\/json$/.exec(path);
    if (m) {
      const img = s.findImage(decodeURIComponent(m[1] as string));
      return img ? send(200, imageJson(img)) : notFound(`No such image: ${m[1]}`);
    }
    m = /^\/networks\/([^/]+)$/.exec(path);
    if (m) {
      const n = s.findNetwork(decodeURIComponent(m[1] as string));
      return n ? send(200, networkJson(s, n)) : notFound(`network ${m[1]} not found`);
    }
    m = /^\/volumes\/([^/]+)$/.exec(path);
    if (m) {
      const v = s.findVolume(decodeURIComponent(m[1] as string));
      return v ? send(200, volumeJson(v)) : notFound(`get ${m[1]}: no such volume`);
    }
    // Writes go through the model, so the client and the model share one state.
    m = /^\/containers\/([^/]+)\/(start|stop|restart|kill)$/.exec(path);
    if (m && req.method === 'POST') {
      const r = host.run(`docker ${m[2]} ${decodeURIComponent(m[1] as string)}`);
      return r.exitCode === 0 ? send(204, '') : send(404, { message: r.stderr.replace(/^Error response from daemon: /, '').trim() });
    }
    m = /^\/containers\/([^/]+)$/.exec(path);
    if (m && req.method === 'DELETE') {
      const r = host.run(`docker rm ${url.searchParams.get('force') === '1' ? '-f ' : ''}${decodeURIComponent(m[1] as string)}`);
      return r.exitCode === 0 ? send(204, '') : send(409, { message: r.stderr.replace(/^Error response from daemon: /, '').trim() });
    }
    return send(404, { message: `page not found: ${req.method} ${path}` });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ port, close: () => new Promise((r) => server.close(() => r())) }));
  });
}
