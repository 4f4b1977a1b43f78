/**
 * Property tests: random command sequences never break the model and keep
 * its invariants (images of containers exist, endpoints match containers and
 * networks, names are unique, a host port has one owner), and the same seed
 * and lines give the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type DockerHost } from '../../../src/lib/engine/index.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s % n;
  };
}

const NAMES = ['web', 'api', 'db', 'backend', 'x'];
const IMAGES = ['alpine', 'nginx', 'busybox', 'hello-world', 'python:3.12-slim', 'redis', 'backend-flask', 'nope', 'Bad'];
const NETS = ['net1', 'net2', 'bridge', 'cruddur_default'];
const PORTS = ['8080:80', '4567:4567', '127.0.0.1:8080:80', '80', 'abc'];

function randomLine(pick: (n: number) => number): string {
  const one = <T>(xs: T[]) => xs[pick(xs.length)] as T;
  const templates: (() => string)[] = [
    () => `docker run -d --name ${one(NAMES)} -p ${one(PORTS)} ${one(IMAGES)}`,
    () => `docker run --rm ${one(IMAGES)} echo hi`,
    () => `docker run -d --network ${one(NETS)} --name ${one(NAMES)} ${one(IMAGES)}`,
    () => `docker run -d -v data:/data --name ${one(NAMES)} ${one(IMAGES)} sleep 1`,
    () => `docker create --name ${one(NAMES)} ${one(IMAGES)}`,
    () => `docker ${one(['start', 'stop', 'restart', 'kill', 'rm', 'rm -f', 'logs', 'port', 'top', 'inspect'])} ${one(NAMES)}`,
    () => `docker ${one(['rmi', 'rmi -f', 'pull', 'history', 'image inspect'])} ${one(IMAGES)}`,
    () => `docker tag ${one(IMAGES)} ${one(['mine', 'learner/app:1.0', 'UPPER'])}`,
    () => `docker network ${one(['create', 'rm', 'inspect'])} ${one(NETS)}`,
    () => `docker network ${one(['connect', 'disconnect'])} ${one(NETS)} ${one(NAMES)}`,
    () => `docker volume ${one(['create', 'rm', 'rm -f', 'inspect'])} ${one(['data', 'v1'])}`,
    () =>
      one(['docker ps', 'docker ps -a', 'docker images', 'docker images -a', 'docker network ls', 'docker volume ls', 'docker system df']),
    () =>
      one([
        'docker container prune -f',
        'docker image prune -f',
        'docker volume prune -f',
        'docker network prune -f',
        'docker system prune -f',
      ]),
    () => one(['docker build -t backend-flask ./backend-flask', 'docker build -t fe ./frontend-react-js', 'docker build nothing']),
    () =>
      one([
        'docker compose up -d',
        'docker compose down',
        'docker compose down -v',
        'docker compose ps',
        'docker compose logs',
        'docker compose stop',
        'docker compose restart',
      ]),
    () => `docker exec ${one(NAMES)} ${one(['ls', 'sh', 'bash', '-it'])}`,
    () =>
      one([
        'docker exec -it web sh',
        'exit',
        'ls',
        'cd backend-flask',
        'cd ..',
        'curl -s localhost:8080',
        '\x03',
        'docker rm -f $(docker ps -aq)',
      ]),
    () =>
      one([
        'docker run -it --rm alpine',
        'docker run -p 4567:4567 backend-flask',
        'docker compose up',
        'docker login -u learner',
        'docker push learner/app:1.0',
      ]),
  ];
  return one(templates)();
}

function checkInvariants(host: DockerHost): string[] {
  const s = host.state;
  const problems: string[] = [];
  const names = s.containers.map((c) => c.name);
  if (new Set(names).size !== names.length) problems.push(`duplicate container names: ${names.join(',')}`);
  for (const c of s.containers) {
    if (!s.images.some((i) => i.id === c.imageId)) problems.push(`container ${c.name} uses a missing image`);
    for (const n of c.networks)
      if (!s.networks.some((x) => x.id === n.networkId)) problems.push(`container ${c.name} is on a removed network ${n.network}`);
  }
  for (const n of s.networks) {
    for (const e of n.endpoints)
      if (!s.containers.some((c) => c.id === e.containerId)) problems.push(`network ${n.name} has an endpoint of a removed container`);
  }
  const owners = new Map<string, string>();
  for (const c of s.containers.filter((x) => x.state === 'running')) {
    for (const p of c.ports) {
      if (p.hostPort === null || p.hostIp === '') continue;
      const key = `${p.hostIp}:${p.hostPort}/${p.protocol}`;
      if (owners.has(key) && owners.get(key) !== c.id) problems.push(`two running containers publish ${key}`);
      owners.set(key, c.id);
    }
  }
  const tags = s.images.flatMap((i) => i.repoTags);
  if (new Set(tags).size !== tags.length) problems.push(`a tag names two images: ${tags.join(',')}`);
  return problems;
}

describe('random command sequences', () => {
  for (let seed = 1; seed <= 25; seed++) {
    it(`seed ${seed}: never fails internally and keeps the invariants`, () => {
      const pick = rng(seed);
      const host = createEngine({ seed });
      for (let step = 0; step < 60; step++) {
        const line = randomLine(pick);
        const r = host.run(line);
        expect(r.output, line).not.toMatch(/the practice host failed on this line/);
        expect(typeof r.exitCode).toBe('number');
        expect(checkInvariants(host), `after: ${line}`).toEqual([]);
      }
      expect(() => JSON.stringify(host.snapshot())).not.toThrow();
    });
  }

  it('is deterministic: same seed and lines, same bytes', () => {
    const lines: string[] = [];
    const pick = rng(99);
    for (let k = 0; k < 80; k++) lines.push(randomLine(pick));
    const outputs = [1, 2].map(() => {
      const host = createEngine({ seed: 5 });
      return lines.map((l) => JSON.stringify(host.run(l))).join('\n') + JSON.stringify(host.snapshot());
    });
    expect(outputs[0]).toBe(outputs[1]);
  });
});
