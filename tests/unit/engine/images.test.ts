/**
 * The catalog images as their real configs say, and what their entrypoint
 * scripts make of the arguments after the image.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/index.ts';
import { CATALOG, findCatalog } from '../../../src/lib/engine/catalog.ts';
import { entrypointTarget } from '../../../src/lib/engine/entrypoints.ts';
import { executablesFor } from '../../../src/lib/engine/programs.ts';

function engine(setup: string[] = []) {
  const e = createEngine({ seed: 9 });
  for (const l of setup) {
    const r = e.run(l);
    if (r.exitCode !== 0) throw new Error(`setup failed: ${l}\n${r.output}`);
  }
  return e;
}

describe('catalog', () => {
  it('has each tag once per repository', () => {
    const refs = CATALOG.flatMap((c) => c.tags.map((t) => `${c.repo}:${t}`));
    expect(new Set(refs).size).toBe(refs.length);
  });

  it.each([
    // [image, tag, PGDATA, PG_VERSION, VOLUME]
    ['postgres', '18', '/var/lib/postgresql/18/docker', '18.1-1.pgdg13+2', '/var/lib/postgresql'],
    ['postgres', '18-alpine', '/var/lib/postgresql/18/docker', '18.1', '/var/lib/postgresql'],
    ['postgres', '16', '/var/lib/postgresql/data', '16.11-1.pgdg13+1', '/var/lib/postgresql/data'],
    ['postgres', '16-alpine', '/var/lib/postgresql/data', '16.11', '/var/lib/postgresql/data'],
  ])('%s:%s keeps its data where its Dockerfile says', (name, tag, pgdata, version, volume) => {
    const img = findCatalog(name, tag)!;
    expect(img.config.env).toContain(`PGDATA=${pgdata}`);
    expect(img.config.env).toContain(`PG_VERSION=${version}`);
    expect(img.history).toContain(`VOLUME [${volume}]`);
    expect(img.config).toMatchObject({ entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'], exposedPorts: ['5432/tcp'] });
  });

  it('the alpine images are built from source: no Debian package version, a pinned tarball checksum', () => {
    const env = findCatalog('postgres', '16-alpine')!.config.env;
    expect(env[0]).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    expect(env.find((e) => e.startsWith('PG_SHA256='))).toMatch(/^PG_SHA256=[0-9a-f]{64}$/);
  });

  it('nginx releases differ only in version and size', () => {
    const [a, b] = [findCatalog('nginx', '1.29')!, findCatalog('nginx', '1.30')!];
    expect(a.config.env).toContain('NGINX_VERSION=1.29.3');
    expect(b.config.env).toContain('NGINX_VERSION=1.30.5');
    expect({ ...a.config, env: [] }).toEqual({ ...b.config, env: [] });
  });

  it('pulls postgres:16-alpine with a 64-hex digest', () => {
    const e = engine();
    const r = e.run('docker pull postgres:16-alpine');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Digest: sha256:[0-9a-f]{64}$/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('docker.io/library/postgres:16-alpine');
  });

  it('pull -q prints the reference only', () => {
    expect(engine().run('docker pull -q curlimages/curl').output).toBe('docker.io/curlimages/curl:latest\n');
  });
});

describe('entrypointTarget', () => {
  const curl = executablesFor('curlimages/curl');
  const node = executablesFor('node:22');
  const pg = executablesFor('postgres:16');
  const redis = executablesFor('redis');
  it.each([
    [['/entrypoint.sh', 'curl'], curl, ['curl']],
    [['/entrypoint.sh', '-s', 'http://web'], curl, ['curl', '-s', 'http://web']],
    [['/entrypoint.sh', 'http://web'], curl, ['curl', 'http://web']],
    [['/entrypoint.sh', 'sh', '-c', 'id'], curl, ['sh', '-c', 'id']],
    [['docker-entrypoint.sh', 'node'], node, ['node']],
    [['docker-entrypoint.sh', '--version'], node, ['node', '--version']],
    [['docker-entrypoint.sh', 'app.js'], node, ['node', 'app.js']],
    [['docker-entrypoint.sh', 'npm', 'start'], node, ['npm', 'start']],
    [['docker-entrypoint.sh', '-c', 'shared_buffers=256MB'], pg, ['postgres', '-c', 'shared_buffers=256MB']],
    [['docker-entrypoint.sh', 'psql', '--version'], pg, ['psql', '--version']],
    [['docker-entrypoint.sh', '--appendonly', 'yes'], redis, ['redis-server', '--appendonly', 'yes']],
    [['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], executablesFor('nginx'), ['nginx', '-g', 'daemon off;']],
    [['python3', 'app.py'], executablesFor('python:3.12-slim'), ['python3', 'app.py']],
  ])('%j', (argv, known, target) => {
    expect(entrypointTarget(argv, known)).toEqual(target);
  });
});

describe('curlimages/curl runs curl with the arguments after the image', () => {
  const setup = ['docker network create demo', 'docker run -d --name web --network demo nginx'];
  it.each([
    ['docker run --rm --network demo curlimages/curl -s http://web', 0, /<title>Welcome to nginx!<\/title>/],
    ['docker run --rm --network demo curlimages/curl -sI web', 0, /^HTTP\/1\.1 200 OK\nServer: nginx\/1\.29\.3\n/],
    ['docker run --rm --network demo curlimages/curl http://web', 0, /Welcome to nginx!/],
    // The default bridge has no DNS for container names.
    ['docker run --rm curlimages/curl -sS http://web', 6, /^curl: \(6\) Could not resolve host: web\n$/],
    ['docker run --rm curlimages/curl', 2, /^curl: try 'curl --help' or 'curl --manual' for more information\n$/],
    ['docker run --rm curlimages/curl sh -c "echo from sh"', 0, /^from sh\n$/],
  ])('%s', (line, exit, out) => {
    const e = engine([...setup, 'docker pull -q curlimages/curl']);
    const r = e.run(line);
    expect(r.exitCode, r.output).toBe(exit);
    expect(r.output).toMatch(out);
    expect(e.snapshot().containers.map((c) => c.name)).toEqual(['web']);
  });

  it('node:22 runs options and scripts with node', () => {
    const e = engine(['docker pull -q node:22']);
    expect(e.run('docker run --rm node:22 --version').output).toBe('v22.21.1\n');
  });
});

describe('postgres keeps its cluster in PGDATA', () => {
  it('initdb once; a new container on the same volume skips it', () => {
    const e = engine(['docker run -d --name db -e POSTGRES_PASSWORD=x -v pg:/var/lib/postgresql/data postgres:16-alpine']);
    expect(e.run('docker logs db').stdout).toContain('fixing permissions on existing directory /var/lib/postgresql/data ... ok\n');
    expect(e.run('docker logs db').stderr).toContain('LOG:  starting PostgreSQL 16.11 on x86_64-pc-linux-musl\n');
    e.run('docker rm -f db');
    e.run('docker run -d --name db -v pg:/var/lib/postgresql/data postgres:16-alpine');
    expect(e.run('docker logs db').stdout).toBe(
      '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n',
    );
    expect(e.snapshot().containers[0]?.state).toBe('running');
  });

  it.each([
    // [between the two ups, what the new db container prints first]
    ['docker compose down', '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n'],
    ['docker compose down -v', 'The files belonging to this database system will be owned by user "postgres".\n'],
    [
      'docker compose down && docker volume rm cruddur_db',
      'The files belonging to this database system will be owned by user "postgres".\n',
    ],
  ])('compose: up, %s, up: the new db prints %j', (between, first) => {
    const e = engine(['docker compose up -d', between, 'docker compose up -d']);
    expect(e.run('docker compose logs --no-log-prefix db').stdout.startsWith(first)).toBe(true);
  });

  it('postgres 18 keeps it under /var/lib/postgresql/18/docker; without a volume a new container starts over', () => {
    const e = engine(['docker run -d --name db -e POSTGRES_PASSWORD=x postgres:18']);
    expect(e.run('docker logs db').stdout).toContain('pg_ctl -D /var/lib/postgresql/18/docker -l logfile start\n');
    expect(e.run('docker logs db').stderr).toContain('LOG:  starting PostgreSQL 18.1 (Debian 18.1-1.pgdg13+2) on x86_64-pc-linux-gnu\n');
    e.run('docker rm -f db');
    e.run('docker run -d --name db postgres:18');
    expect(e.run('docker logs db').stderr).toMatch(/^Error: Database is uninitialized and superuser password is not specified\./);
  });
});

describe("an image's VOLUME gets an anonymous volume unless a mount covers it", () => {
  it.each([
    // [run line, anonymous volumes after it]
    ['docker run -d --name db -e POSTGRES_PASSWORD=x postgres:16', 1],
    ['docker run -d --name db -e POSTGRES_PASSWORD=x -v pg:/var/lib/postgresql/data postgres:16', 0],
    ['docker run -d --name db -e POSTGRES_PASSWORD=x -v pg:/var/lib/postgresql postgres:18', 0],
    ['docker run -d --name db -e POSTGRES_PASSWORD=x -v pg:/var/lib/postgresql/data postgres:18', 1],
    ['docker run -d --name cache redis', 1],
    ['docker run -d --name web nginx', 0],
  ])('%s', (line, anonymous) => {
    const e = engine([line]);
    const s = e.snapshot();
    expect(s.volumes.filter((v) => v.anonymous)).toHaveLength(anonymous);
    const c = s.containers[0]!;
    expect(c.mounts.filter((m) => m.type === 'volume' && /^[0-9a-f]{64}$/.test(m.source))).toHaveLength(anonymous);
  });

  it('shows it in inspect, and rm -v removes it', () => {
    const e = engine(['docker run -d --name db -e POSTGRES_PASSWORD=x postgres:16']);
    expect(e.run("docker image inspect --format '{{json .Config.Volumes}}' postgres:16").stdout).toBe('{"/var/lib/postgresql/data":{}}\n');
    expect(e.run("docker inspect --format '{{json .Config.Volumes}}' db").stdout).toBe('{"/var/lib/postgresql/data":{}}\n');
    e.run('docker rm -f -v db');
    expect(e.snapshot().volumes).toEqual([]);
  });

  it('a Dockerfile VOLUME does the same for a built image', () => {
    const e = engine([
      'echo "FROM alpine" > backend-flask/Dockerfile.vol',
      'echo "VOLUME /data" >> backend-flask/Dockerfile.vol',
      // -f is relative to the current folder, not to the context.
      'docker build -t vol -f backend-flask/Dockerfile.vol backend-flask',
      'docker run -d --name v1 vol sleep 100',
    ]);
    expect(e.snapshot().images.find((i) => i.repoTags.includes('vol:latest'))?.config.volumes).toEqual(['/data']);
    expect(e.snapshot().volumes.filter((v) => v.anonymous)).toHaveLength(1);
  });
});

describe('docker build details', () => {
  it('-q prints the image id only', () => {
    const e = engine();
    const r = e.run('docker build -q -t backend-flask ./backend-flask');
    expect(r.output).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(e.run('docker images -q backend-flask').stdout).toBe(r.stdout.slice(7, 19) + '\n');
  });

  it('a missing -f file is named by its base name', () => {
    expect(engine().run('docker build -q -f docker/Dockerfile.dev .').stderr).toBe(
      'ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile.dev: no such file or directory\n',
    );
  });
});

describe("nginx's entrypoint runs its configuration scripts, then what was asked", () => {
  it.each([
    ['docker run --rm nginx:1.30 nginx -v', /Configuration complete; ready for start up\nnginx version: nginx\/1\.30\.5\n$/],
    [
      'docker run --rm nginx nginx -t',
      /nginx: the configuration file \/etc\/nginx\/nginx\.conf syntax is ok\nnginx: configuration file \/etc\/nginx\/nginx\.conf test is successful\n$/,
    ],
  ])('%s', (line, out) => {
    const e = engine();
    const r = e.run(line);
    expect(r.exitCode).toBe(0);
    expect(r.output).toMatch(out);
    expect(e.snapshot().containers).toEqual([]);
  });
});

describe('an image the practice host does not carry', () => {
  // The model cannot know what the real Docker Hub holds: it says what it lacks, never "not found".
  it.each([
    ['docker pull nginx:1.27', 1, /no copy of nginx:1\.27: .*nginx tags here: .*1\.29/],
    ['docker run -d nginx:1.27', 1, /^Unable to find image 'nginx:1\.27' locally\nthis practice host has no copy of nginx:1\.27/],
    ['docker pull grafana/grafana', 1, /no copy of grafana\/grafana:latest: .*images here: python, node, nginx/],
  ])('%s', (line, code, stderr) => {
    const r = createEngine({ seed: 1 }).run(line);
    expect(r.exitCode).toBe(code);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr).not.toMatch(/Error response from daemon|manifest unknown|pull access denied/);
  });

  it('a build FROM a missing base says so without a BuildKit error', () => {
    const e = createEngine({ seed: 1 });
    e.run('cd backend-flask');
    e.run("sed -i 's/3.12-slim/3.99/' Dockerfile");
    const r = e.run('docker build -t b .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('this practice host has no copy of python:3.99');
    expect(r.stderr).not.toMatch(/ERROR|pull access denied/);
  });

  it('a tag the learner never pushed to their own repository is Docker’s own "manifest unknown"', () => {
    const e = createEngine({ seed: 1 });
    e.run('docker login -u learner -p secret');
    e.run('docker pull nginx:1.29');
    e.run('docker tag nginx:1.29 learner/site:1.0');
    expect(e.run('docker push learner/site:1.0').exitCode).toBe(0);
    const r = e.run('docker pull learner/site:2.0');
    expect(r.stderr).toBe('Error response from daemon: manifest for learner/site:2.0 not found: manifest unknown: manifest unknown\n');
  });
});
