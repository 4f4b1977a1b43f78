import { describe, expect, test } from 'vitest';
import { dropsCapability, whatIsMissing } from '../../../src/lib/exercises/check';
import { normalizeRef } from '../../../src/lib/exercises/host';
import { CheckSchema, type Check } from '../../../src/lib/exercises/schema';
import type { HostContainer, HostSnapshot } from '../../../src/lib/exercises/host';

function container(over: Partial<HostContainer>): HostContainer {
  return {
    name: 'backend',
    image: 'backend-flask:1.0.0',
    imageId: 'sha256:b',
    state: 'running',
    env: ['FRONTEND_URL=*'],
    ports: [{ containerPort: 4567, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 4567 }],
    mounts: [],
    networks: [{ network: 'bridge' }],
    user: '',
    readOnly: false,
    capAdd: [],
    capDrop: [],
    logs: [{ text: ' * Debug mode: on\n' }],
    compose: null,
    ...over,
  };
}

function host(over: Partial<HostSnapshot> = {}): HostSnapshot {
  return {
    shell: { cwd: '/home/learner/cruddur', home: '/home/learner' },
    images: [
      { id: 'sha256:b', repoTags: ['backend-flask:1.0.0'], dangling: false, config: { user: '' } },
      { id: 'sha256:n', repoTags: ['nginxinc/nginx-unprivileged:latest'], dangling: false, config: { user: '101' } },
      { id: 'sha256:d', repoTags: [], dangling: true, config: { user: '' } },
    ],
    containers: [container({})],
    networks: [{ name: 'backend-net', internal: false, endpoints: [{ name: 'backend' }] }],
    volumes: [{ name: 'pgdata', anonymous: false }],
    files: {},
    registry: { logins: {}, pushed: {} },
    ...over,
  };
}

const check = (raw: unknown): Check => CheckSchema.parse(raw);

describe('whatIsMissing', () => {
  test.each([
    // [check, host, missing]
    [{ container: { name: 'backend', image: 'backend-flask:1.0.0' } }, host(), []],
    [{ container: { name: 'web' } }, host(), ['there is no container named `web` yet']],
    [{ container: { name: 'web', image: 'nginx' } }, host(), ['there is no container named `web` from `nginx` yet']],
    [{ container: { name: 'backend', image: 'nginx' } }, host(), ['the container `backend` runs `backend-flask:1.0.0`, not `nginx`']],
    [
      { container: { name: 'backend' } },
      host({ containers: [container({ state: 'exited' })] }),
      ['the container `backend` is exited, not running'],
    ],
    [
      { container: { name: 'backend', publish: [{ host: 8080, container: 4567 }] } },
      host(),
      ['the container `backend` runs, but port 8080 is not published'],
    ],
    [
      { container: { name: 'backend', publish: [{ host: 4567, container: 80 }] } },
      host(),
      ['the container `backend` runs, but host port 4567 goes to container port 4567, not 80'],
    ],
    [
      { container: { name: 'backend', publish: [{ host: 4567, container: 4567, ip: '127.0.0.1' }] } },
      host(),
      ['the container `backend` runs, but port 4567 is published on 0.0.0.0, not only on 127.0.0.1'],
    ],
    [
      { container: { name: 'backend', env: ['FRONTEND_URL', 'BACKEND_URL'] } },
      host(),
      ['the container `backend` runs, but `BACKEND_URL` is not set in its environment'],
    ],
    [
      { container: { name: 'backend', env: ['FRONTEND_URL=http://localhost:3000'] } },
      host(),
      ['the container `backend` runs, but `FRONTEND_URL` is `*`, not `http://localhost:3000`'],
    ],
    [{ container: { name: 'backend', network: 'x' } }, host(), ['the container `backend` runs, but it is not attached to the network `x`']],
    [
      { container: { name: 'backend', mounts: [{ type: 'volume', source: 'pgdata', target: '/data' }] } },
      host(),
      ['the container `backend` runs, but nothing is mounted at `/data`'],
    ],
    [
      { container: { name: 'backend', mounts: [{ type: 'bind', source: '/backend-flask', target: '/backend-flask' }] } },
      host({ containers: [container({ mounts: [{ type: 'volume', source: 'x', destination: '/backend-flask', readOnly: false }] })] }),
      ['the container `backend` runs, but `/backend-flask` is a volume mount, not a bind mount'],
    ],
    [
      { container: { name: 'backend', mounts: [{ type: 'bind', source: '/backend-flask', target: '/backend-flask' }] } },
      host({
        containers: [
          container({
            mounts: [{ type: 'bind', source: '/home/learner/cruddur/backend-flask', destination: '/backend-flask', readOnly: false }],
          }),
        ],
      }),
      [],
    ],
    [
      { container: { name: 'backend', readOnly: true, capDrop: ['ALL'], nonRoot: true } },
      host(),
      [
        'the container `backend` runs, but its root filesystem is writable (no --read-only)',
        'the container `backend`: it keeps its Linux capabilities (no --cap-drop ALL)',
        'the container `backend`: it runs as root',
      ],
    ],
    [
      { container: { name: 'backend', readOnly: true, capDrop: ['ALL'], nonRoot: true } },
      host({ containers: [container({ readOnly: true, capDrop: ['ALL'], user: '1000' })] }),
      [],
    ],
    [
      { container: { name: 'backend', capDrop: ['net_raw'] } },
      host({ containers: [container({ capDrop: ['CAP_CHOWN'] })] }),
      ['the container `backend` runs, but it keeps the capability `net_raw` (no --cap-drop net_raw)'],
    ],
    [{ container: { name: 'backend', log: { contains: 'Debug mode: on', says: 'not in debug mode' } } }, host(), []],
    [
      { container: { name: 'backend', log: { contains: 'Debugger is active', says: 'the debugger is not on yet' } } },
      host(),
      ['the container `backend` runs, but the debugger is not on yet'],
    ],
    [{ container: { name: 'web', nonRoot: true } }, host({ containers: [container({ name: 'web', imageId: 'sha256:n' })] }), []],
    [{ container: { name: 'backend', state: 'absent' } }, host(), ['the container `backend` still exists (running); remove it']],
    [
      { container: { service: 'backend-flask' } },
      host({ containers: [container({ compose: { project: 'cruddur', service: 'backend-flask' } })] }),
      [],
    ],
    [{ container: { service: 'db' } }, host(), ['no container runs the service `db` yet']],
    [{ image: { ref: 'backend-flask:1.0.0' } }, host(), []],
    [{ image: { ref: 'backend-flask' } }, host(), ['there is no image `backend-flask` yet']],
    [{ image: { ref: 'backend-flask:1.0.0', present: false } }, host(), ['the image `backend-flask:1.0.0` is still there']],
    [{ volume: { name: 'pgdata' } }, host(), []],
    [{ volume: { name: 'pgdata', present: false } }, host(), ['the volume `pgdata` is still there']],
    [{ volume: { name: 'x' } }, host(), ['there is no volume `x`']],
    [
      { network: { name: 'backend-net', internal: true, attached: ['backend', 'db'] } },
      host(),
      ['the network `backend-net` is not internal', '`db` is not attached to the network `backend-net`'],
    ],
    [{ network: { name: 'nope' } }, host(), ['there is no network `nope` yet']],
    [{ network: { name: 'backend-net', present: false } }, host(), ['the network `backend-net` is still there']],
    [{ pushed: { repository: 'learner/app', tag: '1.0' } }, host(), ['the registry has no `learner/app:1.0` yet']],
    [
      { pushed: { repository: 'learner/app', tag: '1.0' } },
      host({ registry: { logins: {}, pushed: { 'learner/app': { '1.0': 'sha256:x' } } } }),
      [],
    ],
    [{ loggedIn: {} }, host(), ['you are not logged in to `docker.io`']],
    [{ loggedIn: {} }, host({ registry: { logins: { 'docker.io': 'learner' }, pushed: {} } }), []],
    [{ containers: { max: 0 } }, host(), ['there is still 1 container']],
    [{ containers: { max: 0, state: 'exited' } }, host(), []],
    [{ danglingImages: { max: 0 } }, host(), ['there is still 1 dangling image (<none>)']],
  ])('%#: %j', (raw, state, missing) => {
    expect(whatIsMissing([check(raw)], state, [])).toEqual(missing);
  });

  test.each([
    [[], ['read the logs']],
    [[{ line: 'docker logs backend', exitCode: 1 }], ['read the logs']],
    [[{ line: 'docker logs backend', exitCode: 0 }], []],
    [[{ line: '  docker logs --tail 3 backend ', exitCode: 0 }], []],
  ])('ran: %j', (typed, missing) => {
    const ran = check({ ran: { pattern: '^docker logs\\b.*backend$', says: 'read the logs' } });
    expect(whatIsMissing([ran], host(), typed)).toEqual(missing);
  });
});

test.each([
  // [capDrop, capAdd, asked for, dropped]
  [[], [], 'ALL', false],
  [['ALL'], [], 'ALL', true],
  [['ALL'], ['CAP_NET_BIND_SERVICE'], 'ALL', true],
  [['ALL'], [], 'NET_RAW', true],
  [['ALL'], ['CAP_NET_RAW'], 'net_raw', false],
  [['CAP_NET_RAW'], [], 'cap_net_raw', true],
  [['CAP_NET_RAW'], [], 'ALL', false],
  [['CAP_CHOWN'], [], 'NET_RAW', false],
])('dropsCapability: drop %j add %j, %s → %s', (capDrop, capAdd, cap, dropped) => {
  expect(dropsCapability(container({ capDrop, capAdd }), cap)).toBe(dropped);
});

describe('normalizeRef', () => {
  test.each([
    ['nginx', 'nginx:latest'],
    ['nginx:1.27', 'nginx:1.27'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['learner/app@sha256:abc', 'learner/app@sha256:abc'],
  ])('%s', (ref, normal) => expect(normalizeRef(ref)).toBe(normal));
});
