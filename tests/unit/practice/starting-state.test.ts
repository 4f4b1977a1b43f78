import { describe, expect, test } from 'vitest';
import { hostLists, type HostItem } from '../../../src/lib/exercises/host-lists';
import type { HostSnapshot } from '../../../src/lib/exercises/host';
import { startingState } from '../../../src/lib/practice/starting-state';

const empty: HostSnapshot = {
  shell: { cwd: '/home/learner', home: '/home/learner' },
  images: [],
  containers: [],
  networks: [],
  volumes: [],
  files: {},
  registry: { logins: {}, pushed: {} },
};

const container = (over: Partial<HostSnapshot['containers'][number]>): HostSnapshot['containers'][number] => ({
  name: 'web',
  image: 'nginx:1.27',
  imageId: 'sha256:1',
  state: 'running',
  env: [],
  ports: [],
  mounts: [],
  networks: [],
  user: '',
  readOnly: false,
  capAdd: [],
  capDrop: [],
  logs: [],
  compose: null,
  ...over,
});

describe('hostLists', () => {
  test('an empty host: four lists, each saying it is empty', () => {
    expect(hostLists(empty)).toEqual([
      { title: 'Images', items: [], empty: 'No images.' },
      { title: 'Containers', items: [], empty: 'No containers.' },
      { title: 'Networks', items: [], empty: 'No networks.' },
      { title: 'Volumes', items: [], empty: 'No volumes.' },
    ]);
  });

  const cases: [string, Partial<HostSnapshot>, number, HostItem][] = [
    [
      'a tagged image',
      { images: [{ id: 'sha256:ab', repoTags: ['a:1', 'a:latest'], dangling: false, config: { user: '' } }] },
      0,
      { text: 'a:1, a:latest' },
    ],
    [
      'a dangling image, by its short id',
      { images: [{ id: 'sha256:0123456789abcdef0', repoTags: [], dangling: true, config: { user: '' } }] },
      0,
      { text: '<none>', detail: '(dangling, 0123456789ab)' },
    ],
    [
      'a container with published and unpublished ports',
      {
        containers: [
          container({
            ports: [
              { containerPort: 80, protocol: 'tcp', hostIp: '127.0.0.1', hostPort: 8080 },
              { containerPort: 443, protocol: 'tcp', hostIp: '', hostPort: 8443 },
              { containerPort: 9000, protocol: 'tcp', hostIp: '', hostPort: null },
            ],
          }),
        ],
      },
      1,
      { text: 'web', detail: 'from nginx:1.27: running, ports 127.0.0.1:8080→80/tcp, 0.0.0.0:8443→443/tcp' },
    ],
    [
      'a stopped container without ports',
      { containers: [container({ state: 'exited' })] },
      1,
      { text: 'web', detail: 'from nginx:1.27: exited' },
    ],
    [
      'an internal network with two containers',
      { networks: [{ name: 'back', internal: true, endpoints: [{ name: 'db' }, { name: 'api' }] }] },
      2,
      { text: 'back', detail: '(internal) attached: db, api' },
    ],
    [
      'a network with nothing attached',
      { networks: [{ name: 'bridge', internal: false, endpoints: [] }] },
      2,
      { text: 'bridge', detail: 'nothing attached' },
    ],
    ['a named volume', { volumes: [{ name: 'data', anonymous: false }] }, 3, { text: 'data' }],
    ['an anonymous volume', { volumes: [{ name: 'f00d', anonymous: true }] }, 3, { text: 'f00d', detail: '(anonymous)' }],
  ];
  test.each(cases)('%s', (_name, over, list, item) => {
    const lists = hostLists({ ...empty, ...over });
    expect(lists[list]?.items).toEqual([item]);
  });
});

describe('startingState', () => {
  test('an empty setup: the default networks, no images, the workspace prompt, nothing to check', () => {
    const start = startingState([], []);
    expect(start.host.map((l) => `${l.title} ${l.items.length}`)).toEqual(['Images 0', 'Containers 0', 'Networks 3', 'Volumes 0']);
    expect(start.missing).toEqual([]);
    expect(start.prompt).toMatch(/^learner@practice:~.*\$ $/);
  });

  test("the setup runs with the browser's seed, and the checks say what is missing", () => {
    const start = startingState(['docker build -t backend-flask:1.0.0 ./backend-flask'], [
      { container: { name: 'backend', image: 'backend-flask:1.0.0', state: 'running' } },
    ] as never);
    expect(start.host[0]?.items).toEqual([{ text: 'python:3.12-slim' }, { text: 'backend-flask:1.0.0' }]);
    expect(start.missing).toEqual(['there is no container named `backend` from `backend-flask:1.0.0` yet']);
  });
});
