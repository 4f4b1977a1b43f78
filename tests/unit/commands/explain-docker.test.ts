/**
 * Issue 12: the explainer reads a line as Docker 29's parser does (options
 * stop at the first positional only where `interspersed: false` says so,
 * `--help` anywhere, `--` ends options, hidden aliases, deprecated flags,
 * Compose's persistent options), names arguments by their role for each
 * command, quotes Docker's own error line, and sums the command up in one line.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/commands/explain';
import { explainData, problems } from './helpers';

const data = explainData();
const part = (input: string, text: string) => explain(input, data).parts.find((p) => p.text === text);

describe('parses as Docker does', () => {
  it.each([
    // interspersed: false — after the image, everything is the container's.
    ['docker run --rm postgres:16 -c shared_buffers=256MB', '-c', 'argument'],
    ['docker run node:22 node -v', '-v', 'argument'],
    ['docker exec -it db psql -U postgres', '-U', 'argument'],
    // interspersed (the default) — options may follow positionals.
    ['docker logs web -f', '-f', 'flag'],
    ['docker network create mynet --driver bridge', '--driver', 'flag'],
    ['docker compose up web -d', '-d', 'flag'],
    // `--` ends options before any positional.
    ['docker run -- nginx', 'nginx', 'argument'],
  ])('%s: %s is a %s', (input, text, kind) => {
    expect(part(input, text)?.kind).toBe(kind);
    expect(problems(explain(input, data))).toEqual([]);
  });

  it('--help anywhere prints help and asks for nothing more', () => {
    for (const line of [
      'docker run --help',
      'docker exec --help',
      'docker network create --help',
      'docker compose up --help',
      'docker tag -h',
    ]) {
      const e = explain(line, data);
      expect(problems(e), line).toEqual([]);
      expect(e.commands[0]!.help, line).toBe(true);
    }
    // After the image, --help belongs to the container's program.
    expect(explain('docker run nginx --help', data).commands[0]!.help).toBeUndefined();
  });

  it('reads a hidden alias as what it aliases, and says when a flag is deprecated', () => {
    expect(part('docker run --net=host nginx', '--net')!.detail).toMatch(/^`--net` is an older spelling of `--network`/);
    const e = explain('docker stop --time 5 web', data);
    expect(e.messages.find((m) => m.code === 'deprecated-flag')!.text).toMatch(/Use `--timeout` instead/);
    expect(problems(e)).toEqual([]);
  });

  it('lets compose project options follow any compose subcommand', () => {
    expect(problems(explain('docker compose up -f compose.prod.yaml -d', data))).toEqual([]);
    expect(part('docker compose logs -f web', '-f')!.label).toBe('--follow (-f)');
  });

  it('knows buildx, compose v5 and plugin commands', () => {
    for (const line of [
      'docker buildx build -t me/app --push .',
      'docker logout',
      'docker context use prod',
      'docker compose watch',
      'docker scout cves nginx',
      'docker init',
      'docker buildx history inspect abc',
    ]) {
      expect(problems(explain(line, data)), line).toEqual([]);
    }
  });
});

describe('roles per command', () => {
  it.each([
    ['docker exec -it db bash', 'bash', /extra process/],
    ['docker run -it ubuntu bash', 'bash', /instead of the image's default CMD/],
    ['docker commit web myimage:v2', 'myimage:v2', /name for the new image/],
    ['docker tag app:1 me/app:1', 'me/app:1', /name for the new image/],
    ['docker image import fs.tar myimage', 'myimage', /name for the new image/],
    ['docker build https://github.com/docker/rootfs.git', 'https://github.com/docker/rootfs.git', /Git repository/],
    ['docker build - < Dockerfile', '-', /standard input/],
    ['docker build ctx.tar.gz', 'ctx.tar.gz', /tar archive/],
    ['docker service rm api', 'api', /swarm service.*not a service of a compose file/],
    ['docker compose rm api', 'api', /from the compose file/],
    [
      'docker run -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer-ce',
      '/var/run/docker.sock:/var/run/docker.sock',
      /Docker socket/,
    ],
    ['docker run -v ./site:/usr/share/nginx/html:ro nginx', './site:/usr/share/nginx/html:ro', /`ro` makes it read-only/],
    ['docker run -v pgdata:/var/lib/postgresql/data postgres', 'pgdata:/var/lib/postgresql/data', /named volume pgdata/],
    ['docker run nginx:1.27', 'nginx:1.27', /`1\.27` is the tag/],
  ])('%s: %s', (input, text, detail) => {
    expect(part(input, text)!.detail).toMatch(detail);
  });
});

describe('mistakes after the image: only options the learner meant for docker', () => {
  it.each([
    ['docker run nginx -p 8080:80', 'docker run -p 8080:80 nginx'],
    ['docker run -d consul -P', 'docker run -d -P consul'],
    ['docker run --name demo my/image -v /data:/data', 'docker run --name demo -v /data:/data my/image'],
    ['docker exec web -it bash', 'docker exec -it web bash'],
  ])('%s', (input, fix) => {
    const m = explain(input, data).messages.find((x) => x.code === 'option-after-positional')!;
    expect(m.suggestion).toBe(fix);
  });
  it.each([
    'docker run postgres -c max_connections=200',
    'docker run node -v',
    'docker run alpine ls -l',
    'docker run redis --appendonly yes',
  ])('%s is fine', (input) => {
    expect(problems(explain(input, data))).toEqual([]);
  });
});

describe("Docker's own error line", () => {
  it.each([
    ['docker run --foo nginx', 'unknown flag: --foo'],
    ['docker run -t', "docker: 'docker run' requires at least 1 argument"],
    ['docker build -t', "flag needs an argument: 't' in -t"],
    ['docker run--rm nginx', 'docker: unknown command: docker run--rm'],
    ['docker -t pcehr build', "unknown shorthand flag: 't' in -t"],
    ['docker run -rm nginx', "unknown shorthand flag: 'r' in -rm"],
    ['docker ps --format', 'flag needs an argument: --format'],
    ['docker logs a b', "docker: 'docker logs' requires 1 argument"],
    ['docker commit -p false web nginx:1.27', "docker: 'docker commit' requires at least 1 and at most 2 arguments"],
    ['docker container ls -q=5', 'invalid argument "5" for "-q, --quiet" flag: strconv.ParseBool: parsing "5": invalid syntax'],
    ['docker image frob', 'docker: unknown command: docker image frob'],
  ])('%s → %s', (input, line) => {
    const e = explain(input, data);
    expect(e.commands[0]!.docker).toBe(line);
    expect(e.messages.some((m) => m.docker === line)).toBe(true);
  });
});

describe('one-line summary', () => {
  it.each([
    [
      'docker run -d --name web -p 127.0.0.1:8080:80 -v ./site:/usr/share/nginx/html:ro nginx:1.27',
      'Starts a container from nginx:1.27 in the background as `web`, publishing host port 8080 (on 127.0.0.1 only) to container port 80 and with ./site mounted read-only at /usr/share/nginx/html.',
    ],
    ['docker exec -it db psql -U postgres', 'Runs `psql -U postgres` as an extra process inside the running container `db` interactively.'],
    ['docker build -t me/app:1.0 .', 'Builds an image from the context . naming it `me/app:1.0`.'.replace(' naming', ', naming')],
    ['docker compose up -d', 'Creates and starts every service of the compose file in the background.'],
  ])('%s', (input, summary) => {
    expect(explain(input, data).commands[0]!.summary).toBe(summary);
  });
});
