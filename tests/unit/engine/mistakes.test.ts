/**
 * The learner mistakes from the content brief, and the shell around docker,
 * table by table: each row is a setup, a line, and what the model must print.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/index.ts';

function host(setup: string[]) {
  const e = createEngine({ seed: 3 });
  for (const l of setup) {
    const r = e.run(l);
    if (r.exitCode !== 0) throw new Error(`setup failed: ${l}\n${r.output}`);
  }
  return e;
}

const BUILD = 'docker build -t backend-flask ./backend-flask';
const BACKEND = "docker run -d --name backend -p 4567:4567 -e FRONTEND_URL='*' -e BACKEND_URL='*' backend-flask";

describe('learner mistakes get what Docker answers', () => {
  const rows: { name: string; setup: string[]; line: string; exit: number; out: RegExp }[] = [
    {
      name: 'exec with options after the container',
      setup: [BUILD, BACKEND],
      line: 'docker exec backend -it bash',
      exit: 127,
      out: /^OCI runtime exec failed: exec failed: unable to start container process: exec: "-it": executable file not found in \$PATH: unknown\n$/,
    },
    {
      name: 'a word after the image is the command',
      setup: [BUILD],
      line: 'docker run --rm -p 4567:4567 -it backend-flask FRONTEND_URL',
      exit: 127,
      out: /error during container init: exec: "FRONTEND_URL": executable file not found in \$PATH: unknown\n\nRun 'docker run --help' for more information\n$/,
    },
    {
      name: 'rmi on a container name',
      setup: [BUILD, BACKEND],
      line: 'docker rmi backend',
      exit: 1,
      out: /^Error response from daemon: No such image: backend:latest\n$/,
    },
    {
      name: 'rm of a running container quotes "/name"',
      setup: [BUILD, BACKEND],
      line: 'docker rm backend',
      exit: 1,
      out: /^Error response from daemon: cannot remove container "\/backend": container is running: stop the container before removing or force remove\n$/,
    },
    {
      name: 'a port already allocated',
      setup: [BUILD, BACKEND],
      line: 'docker run -d -p 4567:4567 backend-flask',
      exit: 125,
      out: /Bind for 0\.0\.0\.0:4567 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    },
    {
      name: 'a name already in use',
      setup: [BUILD, BACKEND],
      line: BACKEND,
      exit: 125,
      out: /^docker: Error response from daemon: Conflict\. The container name "\/backend" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.\n/,
    },
    {
      name: 'a missing space after run',
      setup: [],
      line: 'docker run--rm',
      exit: 1,
      out: /^docker: unknown command: docker run--rm\n\nRun 'docker --help' for more information\n$/,
    },
    {
      name: 'a missing space after run, with flags: the root command rejects them first',
      setup: [],
      line: 'docker run--rm -p 4567:4567 backend-flask',
      exit: 125,
      out: /^unknown shorthand flag: 'p' in -p\n\nUsage: {2}docker \[OPTIONS\] COMMAND \[ARG\.\.\.\]\n/,
    },
    {
      name: 'build with the name as context and -t last',
      setup: [],
      line: 'docker build backend-flask -t',
      exit: 125,
      out: /^flag needs an argument: 't' in -t\n/,
    },
    {
      name: 'docker image only prints help',
      setup: [],
      line: 'docker image',
      exit: 0,
      out: /^Usage: {2}docker image COMMAND\n\nManage images\n/,
    },
    {
      name: 'rmi of an image a container uses',
      setup: [BUILD, BACKEND],
      line: 'docker rmi backend-flask',
      exit: 1,
      out: /^Error response from daemon: conflict: unable to remove repository reference "backend-flask" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\n$/,
    },
    {
      name: 'push before login',
      setup: ['docker pull alpine', 'docker tag alpine learner/app:1.0'],
      line: 'docker push learner/app:1.0',
      exit: 1,
      out: /push access denied/,
    },
    {
      name: 'a COPY source outside the context',
      setup: ['mkdir x'],
      line: 'docker build -t fe ./frontend-react-js -f ../backend-flask/Dockerfile',
      exit: 1,
      out: /ERROR: failed to build: failed to solve: failed to read dockerfile|"\/requirements\.txt": not found/,
    },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const e = host(r.setup.filter((l) => l !== 'mkdir x'));
      const res = e.run(r.line);
      expect(res.exitCode).toBe(r.exit);
      expect(res.output).toMatch(r.out);
    });
  }

  it('without -e FRONTEND_URL the API answers 500 (the CORS lesson)', () => {
    const e = host([BUILD, 'docker run -d --name backend -p 4567:4567 backend-flask']);
    expect(e.run('curl -si localhost:4567/api/activities/home | head -n 1').output).toBe('HTTP/1.1 500 INTERNAL SERVER ERROR\n');
    const fixed = host([
      BUILD,
      'export FRONTEND_URL=http://localhost:3000',
      'docker run -d --name backend -p 4567:4567 -e FRONTEND_URL -e BACKEND_URL=x backend-flask',
    ]);
    expect(fixed.run("curl -si -H 'Origin: http://localhost:3000' localhost:4567/api/activities/home | grep -i allow-origin").output).toBe(
      'Access-Control-Allow-Origin: http://localhost:3000\n',
    );
  });

  it('output uses \\n line ends only', () => {
    const e = host([BUILD]);
    for (const l of [
      "docker run --rm -it -p 4567:4567 -e FRONTEND_URL='*' -e BACKEND_URL='*' backend-flask",
      '\x03',
      'docker run -d -p 4567:4567 backend-flask',
      'curl -i localhost:4567/',
      'docker images',
      'docker compose up -d',
    ]) {
      expect(e.run(l).output).not.toContain('\r');
    }
  });

  it('a program the model does not simulate says so, an unknown one is not found', () => {
    const e = host([]);
    expect(e.run('vim app.py')).toMatchObject({
      exitCode: 127,
      stderr: 'this practice host does not run `vim`; it simulates docker and a few shell commands\n',
    });
    expect(e.run('dokcer ps')).toMatchObject({ exitCode: 127, stderr: 'bash: dokcer: command not found\n' });
  });
});

describe('the host shell', () => {
  const rows: [setup: string[], line: string, stdout: string][] = [
    [[], 'pwd', '/home/learner/cruddur\n'],
    [[], 'cd backend-flask && pwd', '/home/learner/cruddur/backend-flask\n'],
    [[], 'ls', 'backend-flask  docker-compose.yml  frontend-react-js  README.md\n'],
    [[], 'cat backend-flask/requirements.txt', 'flask\nflask-cors\n'],
    [[], 'export A=1 && echo "$A and $PWD"', '1 and /home/learner/cruddur\n'],
    [[], 'echo ${MISSING:-default}; echo $?', 'default\n0\n'],
    [[], 'cat docker-compose.yml | grep -c build', '2\n'],
    [[], 'cat backend-flask/app.py | head -n 2', 'from flask import Flask\nfrom flask_cors import CORS, cross_origin\n'],
    [[], 'ls | wc -l', '4\n'],
    [[], 'false || echo fallback', 'fallback\n'],
    [[], 'echo hi > note.txt; cat note.txt', 'hi\n'],
    [
      ['docker pull alpine', 'docker run -d --name a1 alpine sleep 1000', 'docker run -d --name a2 alpine sleep 1000'],
      'docker rm -f $(docker ps -q)',
      '9a1dbe4b9b2c\nef7e2a0c8f15\n',
    ],
  ];
  for (const [setup, line, stdout] of rows) {
    it(line, () => {
      const e = host(setup);
      const r = e.run(line);
      if (line.startsWith('docker rm -f')) {
        expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2);
        expect(e.state.containers).toHaveLength(0);
      } else expect(r.stdout).toBe(stdout);
    });
  }

  it('cd into a missing folder fails like bash', () => {
    expect(host([]).run('cd nope')).toMatchObject({ exitCode: 1, stderr: 'bash: cd: nope: No such file or directory\n' });
  });
  it('curl between containers works by service name, not from the host', () => {
    const e = host(['docker compose up -d']);
    expect(e.run('docker compose exec frontend-react-js curl -s backend-flask:4567/api/activities/home').stdout).toContain(
      '"handle": "Andrew Brown"',
    );
    expect(e.run('curl -sS backend-flask:4567/api/activities/home').stderr).toBe('curl: (6) Could not resolve host: backend-flask\n');
  });
});

describe('interactive containers', () => {
  it('run -it alpine opens sh; exit stops and removes the --rm container', () => {
    const e = host(['docker pull alpine']);
    e.run('docker run --rm -it alpine');
    expect(e.prompt()).toBe('/ # ');
    expect(e.run('cat /etc/os-release | head -n 1').stdout).toBe('NAME="Alpine Linux"\n');
    expect(e.run('bash').stderr).toBe('sh: bash: not found\n');
    e.run('exit');
    expect(e.prompt()).toBe('learner@practice:~/cruddur$ ');
    expect(e.state.containers).toHaveLength(0);
  });
  it('a foreground server holds the terminal until Ctrl+C', () => {
    const e = host([BUILD]);
    expect(e.run("docker run --rm -p 4567:4567 -e FRONTEND_URL='*' -e BACKEND_URL='*' backend-flask").output).toContain(
      ' * Debug mode: on\n',
    );
    expect(e.run('docker ps').stderr).toMatch(/running in the foreground/);
    e.interrupt();
    expect(e.state.containers).toHaveLength(0);
  });
});
