/**
 * The hardening options of docker run: what the snapshot records (as Docker
 * stores it), what inspect shows, and the errors for bad values.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/index.ts';

function ran(line: string) {
  const e = createEngine({ seed: 5 });
  e.run('docker pull alpine');
  const result = e.run(line);
  return { result, container: e.snapshot().containers[0], engine: e };
}

describe('--cap-drop, --cap-add, --security-opt, --read-only, -u in the snapshot', () => {
  const rows: [line: string, expected: Record<string, unknown>][] = [
    ['docker run -d --name c1 alpine sleep 60', { capAdd: [], capDrop: [], securityOpt: [], readOnly: false, user: '' }],
    [
      'docker run -d --name c1 --read-only --cap-drop ALL -u 1000 alpine sleep 60',
      { capAdd: [], capDrop: ['ALL'], securityOpt: [], readOnly: true, user: '1000' },
    ],
    // The client upper-cases, adds CAP_, removes duplicates and sorts (moby client container_create.go).
    [
      'docker run -d --name c1 --cap-drop net_raw --cap-drop=CAP_CHOWN --cap-drop NET_RAW --cap-add sys_time alpine sleep 60',
      { capAdd: ['CAP_SYS_TIME'], capDrop: ['CAP_CHOWN', 'CAP_NET_RAW'] },
    ],
    [
      'docker create --name c1 --security-opt no-new-privileges --security-opt seccomp=unconfined --security-opt systempaths=unconfined alpine',
      { securityOpt: ['no-new-privileges', 'seccomp=unconfined'], state: 'created' },
    ],
    ['docker run -d --name c1 --user nobody:nogroup alpine sleep 60', { user: 'nobody:nogroup' }],
  ];
  it.each(rows)('%s', (line, expected) => {
    const { result, container } = ran(line);
    expect(result.exitCode, result.output).toBe(0);
    expect(container).toMatchObject(expected);
  });

  it('inspect shows them in HostConfig, null when not set', () => {
    const { engine } = ran(
      'docker run -d --name c1 --read-only --cap-drop ALL --cap-add chown --security-opt no-new-privileges alpine sleep 60',
    );
    engine.run('docker run -d --name c2 alpine sleep 60');
    const host = (name: string) => JSON.parse(engine.run(`docker inspect --format '{{json .HostConfig}}' ${name}`).stdout);
    expect(host('c1')).toMatchObject({ CapAdd: ['CAP_CHOWN'], CapDrop: ['ALL'], ReadonlyRootfs: true, SecurityOpt: ['no-new-privileges'] });
    expect(host('c2')).toMatchObject({ CapAdd: null, CapDrop: null, ReadonlyRootfs: false, SecurityOpt: null });
    // Docker's field order: CapAdd and CapDrop after AutoRemove, SecurityOpt after ReadonlyRootfs.
    expect(Object.keys(host('c2')).join(' ')).toMatch(/AutoRemove CapAdd CapDrop ReadonlyRootfs SecurityOpt/);
  });
});

describe('bad hardening values get Docker’s errors', () => {
  const rows: [line: string, exit: number, stderr: string][] = [
    [
      'docker run -d --cap-drop NET_RAWW alpine',
      125,
      'docker: Error response from daemon: invalid CapDrop: unknown capability: "CAP_NET_RAWW"\n\nRun \'docker run --help\' for more information\n',
    ],
    [
      'docker run -d --cap-add foo alpine',
      125,
      'docker: Error response from daemon: invalid CapAdd: unknown capability: "CAP_FOO"\n\nRun \'docker run --help\' for more information\n',
    ],
    // One flag takes one name: a comma does not split it.
    [
      'docker create --cap-drop NET_RAW,CHOWN alpine',
      125,
      'docker: Error response from daemon: invalid CapDrop: unknown capability: "CAP_NET_RAW,CHOWN"\n\nRun \'docker create --help\' for more information\n',
    ],
    [
      'docker run --security-opt apparmor alpine',
      125,
      'docker: invalid --security-opt: "apparmor"\n\nRun \'docker run --help\' for more information\n',
    ],
    [
      'docker run --security-opt label= alpine',
      125,
      'docker: invalid --security-opt: "label="\n\nRun \'docker run --help\' for more information\n',
    ],
  ];
  it.each(rows)('%s', (line, exit, stderr) => {
    const { result, engine } = ran(line);
    expect(result).toMatchObject({ exitCode: exit, stderr });
    expect(engine.snapshot().containers).toEqual([]);
  });
});

describe('the compose keys of the container-security lesson', () => {
  it('read_only, tmpfs, cap_drop, security_opt and user reach the container', () => {
    const e = createEngine({ seed: 5 });
    e.state.files.set(
      '/home/learner/site/compose.yaml',
      [
        'services:',
        '  site:',
        '    image: nginxinc/nginx-unprivileged:stable-alpine-slim',
        '    ports:',
        '      - "8080:8080"',
        '    read_only: true',
        '    tmpfs:',
        '      - /tmp',
        '    cap_drop:',
        '      - ALL',
        '    security_opt:',
        '      - no-new-privileges:true',
        '    user: "101"',
        '',
      ].join('\n'),
    );
    e.run('cd ~/site');
    const r = e.run('docker compose up -d');
    expect(r.exitCode, r.output).toBe(0);
    expect(e.snapshot().containers[0]).toMatchObject({
      name: 'site-site-1',
      readOnly: true,
      capDrop: ['ALL'],
      capAdd: [],
      securityOpt: ['no-new-privileges:true'],
      user: '101',
      mounts: [{ type: 'tmpfs', destination: '/tmp' }],
    });
  });
});

describe('hardening breaks the root nginx image the way it really does', () => {
  const emerg = (what: string) =>
    new RegExp(`\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d \\[emerg\\] 1#1: ${what}\\nnginx: \\[emerg\\] ${what}\\n$`);
  const readOnly = (path: string) => `mkdir\\(\\) "${path}" failed \\(30: Read-only file system\\)`;
  const chown = 'chown\\("/var/cache/nginx/client_temp", 101\\) failed \\(1: Operation not permitted\\)';
  it.each([
    // [flags and image, running afterwards, what the logs end with]
    ['--read-only nginx', false, emerg(readOnly('/var/cache/nginx/client_temp'))],
    ['--cap-drop ALL nginx', false, emerg(chown)],
    ['--cap-drop CHOWN nginx', false, emerg(chown)],
    ['--cap-drop ALL --cap-add CHOWN nginx', true, /Configuration complete; ready for start up\n$/],
    [
      '--read-only --tmpfs /var/cache/nginx nginx',
      true,
      /can not modify \/etc\/nginx\/conf\.d\/default\.conf \(read-only file system\?\)\n/,
    ],
    ['--read-only --cap-drop ALL nginxinc/nginx-unprivileged', false, emerg(readOnly('/tmp/client_temp'))],
    ['--read-only --tmpfs /tmp --cap-drop ALL nginxinc/nginx-unprivileged', true, /ready for start up\n$/],
  ])('docker run -d --name web %s', (args, running, logs) => {
    const e = createEngine({ seed: 5 });
    expect(e.run(`docker run -d --name web ${args}`).exitCode).toBe(0);
    expect(e.snapshot().containers[0]?.state).toBe(running ? 'running' : 'exited');
    expect(e.run('docker logs web').output).toMatch(logs);
  });

  it('a stopped container shows no ports in ps -a and docker port', () => {
    const e = createEngine({ seed: 5 });
    e.run('docker run -d --name web -p 8080:80 --read-only nginx');
    expect(e.run('docker ps -a --format "{{.Names}} [{{.Ports}}] {{.Status}}"').stdout).toMatch(/^web \[\] Exited \(1\) /);
    expect(e.run('docker port web').output).toBe('');
    expect(e.run('docker port web 80')).toMatchObject({ exitCode: 1, stderr: "Error: No public port '80/tcp' published for web\n" });
  });
});
