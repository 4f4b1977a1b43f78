import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/commands/explain';
import { explainData, problems, spans } from './helpers';

const data = explainData();
type Row = [string, [number, number, string, string][], string[]];

describe('explain: parts with exact spans, by role', () => {
  const table: Row[] = [
    [
      'docker run -it --rm -p 8080:80 nginx',
      [
        [0, 6, 'program', 'docker'],
        [7, 10, 'subcommand', 'docker container run'],
        [11, 13, 'flag', '--interactive (-i)'],
        [13, 14, 'flag', '--tty (-t)'],
        [15, 19, 'flag', '--rm'],
        [20, 22, 'flag', '--publish (-p)'],
        [23, 30, 'value', 'value of --publish'],
        [31, 36, 'argument', 'IMAGE'],
      ],
      [],
    ],
    [
      'docker ps -a',
      [
        [0, 6, 'program', 'docker'],
        [7, 9, 'subcommand', 'docker container ls'],
        [10, 12, 'flag', '--all (-a)'],
      ],
      [],
    ],
    [
      'docker -H tcp://host:2375 ps',
      [
        [0, 6, 'program', 'docker'],
        [7, 9, 'flag', '--host (-H)'],
        [10, 25, 'value', 'value of --host'],
        [26, 28, 'subcommand', 'docker container ls'],
      ],
      [],
    ],
    [
      'docker compose -f a.yml up -d',
      [
        [0, 6, 'program', 'docker'],
        [7, 14, 'subcommand', 'docker compose'],
        [15, 17, 'flag', '--file (-f)'],
        [18, 23, 'value', 'value of --file'],
        [24, 26, 'subcommand', 'docker compose up'],
        [27, 29, 'flag', '--detach (-d)'],
      ],
      [],
    ],
    [
      'docker container ls --format "{{.Names}}"',
      [
        [0, 6, 'program', 'docker'],
        [7, 19, 'subcommand', 'docker container ls'],
        [20, 28, 'flag', '--format'],
        [29, 41, 'value', 'value of --format'],
      ],
      [],
    ],
    [
      'docker build -t app:1.0 .',
      [
        [0, 6, 'program', 'docker'],
        [7, 12, 'subcommand', 'docker buildx build'],
        [13, 15, 'flag', '--tag (-t)'],
        [16, 23, 'value', 'value of --tag'],
        [24, 25, 'argument', 'context'],
      ],
      [],
    ],
    [
      'docker run -p8080:80 --name=web -itd nginx',
      [
        [0, 6, 'program', 'docker'],
        [7, 10, 'subcommand', 'docker container run'],
        [11, 13, 'flag', '--publish (-p)'],
        [13, 20, 'value', 'value of --publish'],
        [21, 27, 'flag', '--name'],
        [28, 31, 'value', 'value of --name'],
        [32, 34, 'flag', '--interactive (-i)'],
        [34, 35, 'flag', '--tty (-t)'],
        [35, 36, 'flag', '--detach (-d)'],
        [37, 42, 'argument', 'IMAGE'],
      ],
      [],
    ],
    [
      'docker run --rm -it python:3.12-slim bash -c "echo hi"',
      [
        [0, 6, 'program', 'docker'],
        [7, 10, 'subcommand', 'docker container run'],
        [11, 15, 'flag', '--rm'],
        [16, 18, 'flag', '--interactive (-i)'],
        [18, 19, 'flag', '--tty (-t)'],
        [20, 36, 'argument', 'IMAGE'],
        [37, 41, 'argument', 'COMMAND'],
        [42, 44, 'argument', 'ARG'],
        [45, 54, 'argument', 'ARG'],
      ],
      [],
    ],
    [
      'docker run -e A="x y" -- nginx -v',
      [
        [0, 6, 'program', 'docker'],
        [7, 10, 'subcommand', 'docker container run'],
        [11, 13, 'flag', '--env (-e)'],
        [14, 21, 'value', 'value of --env'],
        [22, 24, 'end-of-options', '--'],
        [25, 30, 'argument', 'IMAGE'],
        [31, 33, 'argument', 'COMMAND'],
      ],
      [],
    ],
    [
      '$ sudo docker ps | grep web',
      [
        [0, 1, 'prompt', 'prompt'],
        [2, 6, 'sudo', 'sudo'],
        [7, 13, 'program', 'docker'],
        [14, 16, 'subcommand', 'docker container ls'],
        [17, 18, 'operator', '|'],
        [19, 23, 'other', 'grep'],
        [24, 27, 'other', 'argument of grep'],
      ],
      [],
    ],
    [
      'docker logs web 2>&1 > out.txt',
      [
        [0, 6, 'program', 'docker'],
        [7, 11, 'subcommand', 'docker container logs'],
        [12, 15, 'argument', 'CONTAINER'],
        [16, 20, 'redirect', 'redirection'],
        [21, 30, 'redirect', 'redirection'],
      ],
      [],
    ],
    [
      'docker cp ./a.txt web:/app/a.txt',
      [
        [0, 6, 'program', 'docker'],
        [7, 9, 'subcommand', 'docker container cp'],
        [10, 17, 'argument', 'PATH'],
        [18, 32, 'argument', 'CONTAINER:PATH'],
      ],
      [],
    ],
    [
      'docker compose exec -it backend-flask bash',
      [
        [0, 6, 'program', 'docker'],
        [7, 14, 'subcommand', 'docker compose'],
        [15, 19, 'subcommand', 'docker compose exec'],
        [20, 22, 'flag', '--interactive (-i)'],
        [22, 23, 'flag', '--tty (-t)'],
        [24, 37, 'argument', 'SERVICE'],
        [38, 42, 'argument', 'COMMAND'],
      ],
      [],
    ],
    [
      'docker --version',
      [
        [0, 6, 'program', 'docker'],
        [7, 16, 'flag', '--version (-v)'],
      ],
      [],
    ],
  ];
  it.each(table)('%j', (input, expected, codes) => {
    const e = explain(input, data);
    expect(spans(e)).toEqual(expected);
    expect(problems(e)).toEqual(codes);
  });
});

describe('explain: mistakes, in plain words, with a fix where one is clear', () => {
  const table: [string, string, RegExp, string | undefined][] = [
    ['docker exec web -it bash', 'option-after-positional', /comes after the container `web`/, 'docker exec -it web bash'],
    [
      'docker run backend-flask -p 4567:4567',
      'option-after-positional',
      /Options go before the image/,
      'docker run -p 4567:4567 backend-flask',
    ],
    [
      'docker run -p 4567:4567 backend-flask FRONTEND_URL',
      'command-looks-like-env',
      /Did you mean `-e`\?/,
      'docker run -p 4567:4567 -e FRONTEND_URL backend-flask',
    ],
    [
      'docker run--rm -p 4567:4567 -d backend-flask',
      'missing-space',
      /Put a space between `run` and `--rm`/,
      'docker run --rm -p 4567:4567 -d backend-flask',
    ],
    ['docker-compose up -d', 'compose-v1', /Compose v1/, 'docker compose up -d'],
    ['docker rmi container_name_or_id', 'rmi-container', /removes images.*use `docker rm`/, undefined],
    ['docker rm backend-flask:1.0.0', 'rm-image', /looks like an image/, 'docker rmi backend-flask:1.0.0'],
    ['docker build backend-flask -t', 'missing-value', /`-t` \(`--tag`\) needs a value/, undefined],
    ['docker build -t --no-cache .', 'value-looks-like-flag', /uses the next word, `--no-cache`/, undefined],
    ['docker run --detatch nginx', 'unknown-flag', /has no option `--detatch`\. Did you mean `--detach`\?/, 'docker run --detach nginx'],
    ['docker run -rm nginx', 'single-dash-long', /Long options take two dashes: `--rm`/, 'docker run --rm nginx'],
    ['docker run -x nginx', 'unknown-flag', /has no option `-x`\.$/, undefined],
    ['docker ps -H host', 'global-flag-misplaced', /option of `docker` itself/, undefined],
    ['docker logs --context prod web', 'global-flag-misplaced', /option of `docker` itself/, undefined],
    ['docker contianer ls', 'unknown-command', /Did you mean `docker container`\?/, 'docker container ls'],
    ['docker image', 'group-only', /prints the list of its commands\. For example `docker image ls`/, undefined],
    ['docker', 'group-only', /`docker` on its own runs nothing/, undefined],
    ['docker run', 'missing-argument', /needs IMAGE/, undefined],
    ['docker exec', 'missing-argument', /needs CONTAINER and COMMAND/, undefined],
    ['docker ps extra', 'extra-argument', /one argument too many/, undefined],
    ['docker run --rm=maybe nginx', 'bool-value', /only =true or =false/, undefined],
    ['docker push portfolio:1.0', 'push-without-namespace', /docker\.io\/library\/portfolio/, undefined],
    ['docker run "nginx', 'unclosed-quote', /never closed/, undefined],
  ];
  it.each(table)('%j → %s', (input, code, text, suggestion) => {
    const m = explain(input, data).messages.find((x) => x.code === code);
    expect(m, `no ${code} message`).toBeDefined();
    expect(m!.text).toMatch(text);
    expect(m!.suggestion).toBe(suggestion);
  });

  it('marks the part a problem points at', () => {
    const e = explain('docker exec web -it bash', data);
    expect(e.parts.find((p) => p.text === '-it')).toMatchObject({ kind: 'argument', label: 'COMMAND', severity: 'error' });
  });

  it('marks every part inside a problem about a span', () => {
    expect(explain('docker run--rm nginx', data).parts.map((p) => p.severity)).toEqual([undefined, 'error', 'error', undefined]);
    expect(explain('docker image', data).parts.map((p) => p.severity)).toEqual(['warning', 'warning']);
  });
});

describe('explain: descriptions', () => {
  it('resolves aliases in plain words', () => {
    const part = explain('docker ps', data).parts.find((p) => p.kind === 'subcommand')!;
    expect(part.detail).toMatch(/^`docker ps` is short for `docker container ls`\. List containers/);
    expect(part.href).toBe('/commands/container-ls/');
  });
  it('uses our description of a flag', () => {
    const part = explain('docker run --rm nginx', data).parts.find((p) => p.kind === 'flag')!;
    expect(part.detail).toMatch(/Removes the container as soon as it exits/);
  });
  it('falls back to the facts, linking to the command page, when we have no description', () => {
    const part = explain('docker history --platform linux/arm64 nginx', data).parts.find((p) => p.kind === 'flag')!;
    expect(part.detail).toBe('`--platform` takes a value. This site has no description of it yet.');
    expect(part.href).toBe('/commands/image-history/');
  });
  it('explains commands we have no page for, from the facts alone', () => {
    const e = explain('docker swarm unlock-key --rotate', data);
    const part = e.parts.find((p) => p.kind === 'subcommand')!;
    expect(part.label).toBe('docker swarm unlock-key');
    expect(part.detail).toBe('Usage: docker swarm unlock-key [OPTIONS]. This site has no page about it yet.');
    expect(part.href).toBeUndefined();
    expect(problems(e)).toEqual([]);
  });
  it('explains common values', () => {
    const parts = explain('docker run -p 127.0.0.1:8080:80 -e A=1 -e B -v ./src:/app -v data:/data nginx', data).parts.filter(
      (p) => p.kind === 'value',
    );
    expect(parts.map((p) => p.detail)).toEqual([
      'Publishes container port 80 as port 8080 on address 127.0.0.1 of your machine only (localhost: other machines cannot reach it): open localhost:8080 to reach it.',
      'Sets the variable A to "1" inside the container.',
      'Copies B from your shell into the container; if your shell has not exported it, it stays unset there.',
      'Bind mount: the folder ./src of your machine appears at /app inside the container.',
      'Mounts the named volume data at /data inside the container (created if missing).',
    ]);
  });
  it('lists every docker command of a script', () => {
    const e = explain('docker build -t app .\ndocker run --rm app && docker compose up -d', data);
    expect(e.commands.map((c) => [c.command, c.slug])).toEqual([
      ['docker buildx build', 'image-build'],
      ['docker container run', 'container-run'],
      ['docker compose up', 'compose-up'],
    ]);
  });
  it('keeps BuildKit options of docker build', () => {
    const e = explain('docker build --secret id=pip,src=pip.conf -t app .', data);
    expect(problems(e)).toEqual([]);
    expect(e.parts.find((p) => p.text === '--secret')!.detail).toMatch(/RUN --mount=type=secret/);
  });
});
