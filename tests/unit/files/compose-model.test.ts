import { describe, expect, test } from 'vitest';
import { explainCompose } from '../../../src/lib/compose/index';
import { buildModel, mount, port } from '../../../src/lib/compose/model';
import { mountText, portText } from '../../../src/lib/compose/project';
import { detectKind } from '../../../src/lib/files/detect';

describe('ports', () => {
  test.each([
    ['4567:4567', { hostIp: null, published: '4567', target: '4567', protocol: 'tcp' }, 'every address of the host'],
    ['127.0.0.1:5432:5432', { hostIp: '127.0.0.1', published: '5432', target: '5432' }, 'only this machine (loopback)'],
    ['9090', { hostIp: null, published: null, target: '9090' }, 'all host addresses (see `docker compose port`)'],
    ['[::1]:8443:443', { hostIp: '::1', published: '8443', target: '443' }, 'only this machine (loopback)'],
    ['53:53/udp', { published: '53', target: '53', protocol: 'udp' }, 'every address of the host'],
    ['192.168.1.5:80:80', { hostIp: '192.168.1.5' }, 'only the host address 192.168.1.5'],
  ])('%s', (spec, want, reach) => {
    const p = port(spec, 0);
    expect(p).toMatchObject(want);
    expect(portText(p).reach).toContain(reach);
  });
});

describe('mounts', () => {
  test.each([
    ['./backend-flask:/backend-flask', 'bind', 'host folder `./backend-flask` (relative to the compose file)'],
    ['/var/run/docker.sock:/var/run/docker.sock:ro', 'bind', '(read-only)'],
    ['db:/var/lib/postgresql', 'volume', 'named volume `db` (Docker calls it `p_db`)'],
    ['/frontend-react-js/node_modules', 'anonymous', 'anonymous volume at `/frontend-react-js/node_modules`'],
    ['~/data:/data', 'bind', 'host folder `~/data`'],
  ])('%s', (spec, type, text) => {
    const m = mount(spec, 0);
    expect(m.type).toBe(type);
    expect(mountText(m, 'p')).toContain(text);
  });

  test('long syntax', () => {
    expect(mount({ type: 'tmpfs', target: '/tmp' }, 0)).toMatchObject({ type: 'tmpfs', target: '/tmp' });
    expect(mount({ type: 'bind', source: './a', target: '/a', read_only: true }, 0)).toMatchObject({ type: 'bind', readOnly: true });
  });
});

describe('model', () => {
  test('extends merges lists and maps from the base service', () => {
    const m = buildModel({
      services: {
        base: { image: 'x:1', environment: { A: '1' }, ports: ['1:1'] },
        web: { extends: { service: 'base' }, environment: { B: '2' }, ports: ['2:2'] },
      },
    });
    const web = m.services.find((s) => s.name === 'web')!;
    expect(web.image).toBe('x:1');
    expect(web.environment.map((e) => e.name)).toEqual(['A', 'B']);
    expect(web.ports.map((p) => p.published)).toEqual(['1', '2']);
  });

  test('${VAR} is interpolated with the given environment, and the written form is kept', () => {
    const m = buildModel({ services: { web: { image: 'nginx:${TAG:-1.27}', environment: ['URL=http://${HOST}:80', 'PASS'] } } }, (n) =>
      n === 'HOST' ? 'example.test' : undefined,
    );
    const web = m.services[0]!;
    expect(web.image).toBe('nginx:1.27');
    expect(web.environment).toEqual([
      { name: 'URL', value: 'http://example.test:80', raw: 'http://${HOST}:80' },
      { name: 'PASS', value: null, raw: null },
    ]);
  });
});

describe('explainCompose', () => {
  test('what up creates: project name, networks, reachability, start order notes', () => {
    const r = explainCompose('name: Demo App\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [api]\n  api:\n    image: api:1\n');
    expect(r.plan!.project).toBe('demoapp');
    expect(r.plan!.networks.map((n) => n.name)).toEqual(['demoapp_default']);
    expect(r.plan!.services.find((s) => s.name === 'web')!.reaches).toEqual(['api']);
    expect(r.plan!.startNotes).toEqual([
      '`web` starts after `api` has started, but does not wait for it to be ready to accept connections.',
    ]);
  });

  test('a profile keeps a service off plain `up` and off the networks', () => {
    const r = explainCompose('services:\n  app:\n    image: a:1\n  debug:\n    image: b:1\n    profiles: [debug]\n');
    expect(r.plan!.services.map((s) => [s.name, s.startsOnUp])).toEqual([
      ['app', true],
      ['debug', false],
    ]);
    expect(r.plan!.networks[0]!.services).toEqual(['app']);
  });

  test('schema violations name the key and where it is', () => {
    const r = explainCompose('services:\n  web:\n    image: nginx:1.27\n    ports: 80\n');
    expect(r.findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([
      ['SchemaViolation', 4, 12, '`services.web.ports` must be a list.'],
    ]);
  });

  test.each([
    [
      'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: sometimes\n  db:\n    image: postgres:18\n',
      6,
      '`services.web.depends_on.db.condition` must be one of `service_started` or `service_healthy` or `service_completed_successfully`.',
    ],
    [
      'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      tests: ["CMD", "true"]\n',
      5,
      '`tests` is not a Compose key allowed in `services.web.healthcheck`.',
    ],
  ])('schema wording %#', (text, line, message) => {
    const f = explainCompose(text).findings.filter((x) => x.rule === 'SchemaViolation');
    expect(f.map((x) => [x.line, x.message])).toEqual([[line, message]]);
  });

  test.each([
    'services:',
    'services: null',
    'services:\n  a:',
    'services:\n  a: 5',
    'services:\n  a:\n    ports: [null, {}]',
    'services:\n  a:\n    volumes: [{}, ":", 3]',
    'services:\n  a:\n    depends_on: 7\n    environment: [1, "=x"]',
    '{{{',
    'a: &a [*a]',
    'services:\n  a:\n    extends: a\n    image: x:1',
    'x: !!binary AAAA',
  ])('odd input %j is explained without a crash', (text) => {
    const r = explainCompose(text);
    for (const f of r.findings) expect(f.line).toBeGreaterThanOrEqual(1);
  });

  test('a loop of aliases and an alias bomb are YAML errors with a position', () => {
    expect(explainCompose('a: &a [*a]').findings.map((f) => [f.rule, f.line, f.column])).toEqual([['YamlSyntax', 1, 8]]);
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const r = explainCompose(levels.join('\n'));
    expect(r.findings.map((f) => f.rule)).toEqual(['YamlSyntax']);
    expect(r.findings[0]!.message).toContain('aliases expand too much');
  });

  test('an empty file and a list are not compose files, said plainly', () => {
    expect(explainCompose('- a\n- b\n').findings[0]!.rule).toBe('NotAMapping');
    expect(explainCompose('').findings[0]!.rule).toBe('NotAMapping');
  });

  test('declared volumes say what Docker calls them and who mounts them', () => {
    const r = explainCompose(
      'services:\n  db:\n    image: postgres:18\n    volumes: ["pg:/var/lib/postgresql"]\nvolumes:\n  pg:\n  old:\n    external: true\n',
    );
    const notes = r.lines.find((l) => l.label === 'volumes')!.notes;
    expect(notes.slice(1)).toEqual([
      '`pg` is created as `myapp_pg`; mounted by `db`.',
      '`old` must already exist as `old` (external); no service mounts it.',
    ]);
  });

  test('each key of a service is explained with its values', () => {
    const r = explainCompose('services:\n  web:\n    image: nginx:1.27\n    ports: ["127.0.0.1:8080:80"]\n    restart: always\n');
    const byLabel = Object.fromEntries(r.lines.map((l) => [l.label, l.notes.join(' ')]));
    expect(byLabel['web.ports']).toContain('host 127.0.0.1:8080 → container 80: reachable from only this machine (loopback)');
    expect(byLabel['web.restart']).toContain('When Docker restarts the container');
    expect(byLabel['services.web']).toContain('`up` creates the container `myapp-web-1`');
  });
});

describe('detectKind', () => {
  test.each([
    ['docker run --rm nginx', 'command'],
    ['$ docker compose up -d', 'command'],
    ['FROM python:3.12-slim\nWORKDIR /app\nCMD ["python3"]', 'dockerfile'],
    ['# syntax=docker/dockerfile:1\nARG V=1\nfrom alpine:${V}\n', 'dockerfile'],
    ['services:\n  web:\n    image: nginx', 'compose'],
    ['version: "3.8"\nservices: {}', 'compose'],
    ['', 'command'],
    ['ls -la', 'command'],
  ])('%j is a %s', (text, kind) => {
    expect(detectKind(text)).toBe(kind);
  });
});
