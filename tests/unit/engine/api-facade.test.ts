/**
 * Output formats, model versus the real docker client: the façade serves the
 * model's state, the client (DOCKER_HOST=tcp://127.0.0.1:PORT) renders it,
 * and the bytes must equal what the model prints for the same command.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type DockerHost } from '../../../src/lib/engine/index.ts';
import { clientEnv, dockerBinary } from './docker-client.ts';
import { type Facade, startFacade } from './api-facade.ts';

const run = promisify(execFile);
const PORT = 5400 + (process.pid % 90);

async function client(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await run('docker', args, {
      env: clientEnv(`tcp://127.0.0.1:${PORT}`),
      timeout: 15_000,
    });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: number };
    return { stdout: err.stdout ?? '', stderr: err.stderr ?? '', code: err.code ?? -1 };
  }
}

/** A host with running, exited and created containers, a user network, volumes and images. */
function setup(): { host: DockerHost; clock: { t: number } } {
  const clock = { t: Date.now() - 3 * 3600_000 };
  const host = createEngine({ seed: 11, now: () => clock.t });
  const lines = [
    'docker build -t backend-flask ./backend-flask',
    'docker network create cruddur-net',
    'docker volume create pgdata',
    'docker run -d --name backend --network cruddur-net -p 4567:4567 -e FRONTEND_URL=* -e BACKEND_URL=* backend-flask',
    'docker run -d --name db -v pgdata:/var/lib/postgresql -e POSTGRES_PASSWORD=secret postgres:18',
    'docker run --name hello hello-world',
    'docker create --name idle -p 8080:80 nginx',
    'docker run -d -P --name web nginx:alpine',
    'docker run -d -p 127.0.0.1:6379:6379 redis',
    'docker tag backend-flask learner/backend-flask:1.0',
  ];
  for (const l of lines) {
    clock.t += 7 * 60_000;
    const r = host.run(l);
    if (r.exitCode !== 0) throw new Error(`setup failed: ${l}\n${r.output}`);
  }
  clock.t = Date.now();
  return { host, clock };
}

const docker = dockerBinary();

describe.skipIf(!docker)('output formats: the real client renders the model, byte for byte', () => {
  let facade: Facade;
  let host: DockerHost;
  let clock: { t: number };
  beforeAll(async () => {
    ({ host, clock } = setup());
    facade = await startFacade(host, PORT);
  });
  afterAll(async () => {
    await facade?.close();
  });

  const cases: string[][] = [
    ['ps', '-a'],
    ['ps'],
    ['ps', '-a', '--no-trunc'],
    ['ps', '-q'],
    ['ps', '-a', '--format', 'table {{.Names}}\t{{.Status}}\t{{.Ports}}'],
    ['network', 'ls'],
    ['network', 'ls', '--no-trunc'],
    ['volume', 'ls'],
    ['images', '--format', 'table'],
    ['images', '--digests'],
    ['images', '-q'],
    ['inspect', 'backend'],
    ['inspect', 'db', 'hello'],
    ['network', 'inspect', 'cruddur-net'],
    ['volume', 'inspect', 'pgdata'],
    ['inspect', '--format', '{{.State.Status}} {{.Name}}', 'backend'],
    ['inspect', '-f', '{{json .Config.Env}}', 'db'],
    ['container', 'inspect', 'idle'],
    // Fields the model holds as null: the client's Go structs print a nil slice as [] and a nil map as map[].
    ['inspect', '--format', '{{.Config.Cmd}}|{{.Config.Entrypoint}}|{{.Config.OnBuild}}|{{.HostConfig.CapAdd}}|{{.Config.Labels}}', 'idle'],
    ['inspect', '--format', '{{.Config.Entrypoint}}|{{.HostConfig.SecurityOpt}}', 'hello'],
  ];
  for (const args of cases) {
    it(`docker ${args.join(' ')}`, async () => {
      clock.t = Date.now();
      const real = await client(args);
      clock.t = Date.now();
      const model = host.run(`docker ${args.map((a) => (/[\s{}\\]/.test(a) ? `'${a}'` : a)).join(' ')}`);
      expect(real.stderr).toBe('');
      if (args[0] === 'images' && args[1] !== '-q') {
        // The client groups an image's tags by repository in a Go map, so an image with two
        // repositories (backend-flask and learner/backend-flask) comes out in either order.
        const rows = (t: string) => [t.split('\n')[0], ...t.split('\n').slice(1).sort()];
        expect(rows(model.stdout)).toEqual(rows(real.stdout));
      } else expect(model.stdout).toBe(real.stdout);
    });
  }
});

describe.skipIf(!docker)('the real client changes the model through the façade', () => {
  let facade: Facade;
  let host: DockerHost;
  beforeAll(async () => {
    ({ host } = setup());
    facade = await startFacade(host, PORT + 1);
  });
  afterAll(async () => {
    await facade?.close();
  });
  const at = (args: string[]) =>
    run('docker', args, {
      env: clientEnv(`tcp://127.0.0.1:${PORT + 1}`),
      timeout: 15_000,
    }).then(
      (r) => ({ stdout: r.stdout, stderr: r.stderr, code: 0 }),
      (e: { stdout?: string; stderr?: string; code?: number }) => ({ stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: e.code ?? -1 }),
    );

  it('docker stop, start and rm from the client reach the model', async () => {
    expect(await at(['stop', 'backend'])).toMatchObject({ stdout: 'backend\n', code: 0 });
    expect(host.state.findContainer('backend')?.state).toBe('exited');
    expect(await at(['start', 'backend'])).toMatchObject({ stdout: 'backend\n', code: 0 });
    expect(host.state.findContainer('backend')?.state).toBe('running');
    expect(await at(['rm', 'idle'])).toMatchObject({ stdout: 'idle\n', code: 0 });
    expect(host.state.findContainer('idle')).toBeUndefined();
  });

  it('the daemon error for removing a running container comes back through the client', async () => {
    const real = await at(['rm', 'backend']);
    expect(real.code).toBe(1);
    expect(real.stderr).toBe(host.run('docker rm backend').stderr);
  });
});

describe.skipIf(docker)('output formats', () => {
  it('skipped: no docker binary on this machine', () => {
    expect(dockerBinary()).toBeUndefined();
  });
});
