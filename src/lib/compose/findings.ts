/** Compose mistakes and surprises, each with why and a fix. */
import { finding, type Finding } from '../files/types.ts';
import { parseImageRef } from '../dockerfile/image-ref.ts';
import type { ComposeModel } from './model.ts';
import type { ParsedCompose } from './parse.ts';

/** Images that take a while before they accept connections: a plain depends_on does not wait for them. */
const SLOW_STARTERS =
  /(^|\/)(postgres|mysql|mariadb|mongo|redis|rabbitmq|elasticsearch|opensearch|kafka|cassandra|mssql|dynamodb-local|localstack|keycloak)(:|@|$)/;

export function composeFindings(m: ComposeModel, data: Record<string, unknown>, p: ParsedCompose): Finding[] {
  const out: Finding[] = [];
  const at = (path: (string | number)[]) => p.locate(path);
  const keyAt = (path: (string | number)[]) => p.keyPos(path);
  if ('version' in data)
    out.push(
      finding(
        'ObsoleteVersion',
        'warning',
        keyAt(['version']),
        'The top-level `version` is obsolete.',
        'Compose v2 ignores it and prints a warning; the file is always read with the latest Compose Specification.',
        'Delete the `version:` line.',
      ),
    );
  const names = new Set(m.services.map((s) => s.name));
  for (const s of m.services) {
    const sp = ['services', s.name];
    if (!s.image && !s.build && !s.extendsFrom)
      out.push(
        finding(
          'NoImageOrBuild',
          'error',
          keyAt(sp),
          `Service \`${s.name}\` has neither \`image\` nor \`build\`.`,
          'Compose needs one of them to know what to run.',
          'Add `image: <name>:<tag>` or `build: ./folder`.',
        ),
      );
    if (s.image && !s.build) {
      const ref = parseImageRef(s.image);
      if (!ref.digest && (!ref.tag || ref.tag === 'latest'))
        out.push(
          finding(
            'UnpinnedImage',
            'warning',
            at([...sp, 'image']),
            `\`${s.image}\` ${ref.tag ? 'uses the `latest` tag' : 'has no tag, so Docker uses `latest`'}.`,
            '`latest` changes whenever a new release is published: the same file runs different software next month.',
            `Pin a version, e.g. \`${ref.repository}:<version>\`.`,
          ),
        );
    }
    if (s.links.length)
      out.push(
        finding(
          'Links',
          'warning',
          keyAt([...sp, 'links']),
          `\`links\` on \`${s.name}\` is a legacy option.`,
          'Services on the same Compose network already reach each other by service name; links only add aliases and an implicit start order.',
          'Remove `links`; use the service name as host name, and `depends_on` for order.',
        ),
      );
    for (const i of (Array.isArray(s.raw.ports) ? s.raw.ports : []).keys()) {
      const style = p.scalarStyle([...sp, 'ports', i]);
      if (style && !style.quoted && /^\d+:\d+$/.test(style.source) && Number(style.source.split(':')[1]) < 60) {
        out.push(
          finding(
            'UnquotedPortBase60',
            'warning',
            at([...sp, 'ports', i]),
            `Port mapping \`${style.source}\` is not quoted.`,
            `YAML 1.1 parsers (Compose v1, many other tools) read \`a:b\` with b < 60 as a base-60 number: \`${style.source}\` becomes ${Number(style.source.split(':')[0]) * 60 + Number(style.source.split(':')[1])}.`,
            `Quote it: \`"${style.source}"\`.`,
          ),
        );
      }
    }
    for (const port of s.ports) {
      if (port.published && (!port.hostIp || port.hostIp === '0.0.0.0' || port.hostIp === '::')) {
        out.push(
          finding(
            'PublishedOnAllAddresses',
            'info',
            at([...sp, 'ports', port.index]),
            `\`${s.name}\` publishes port ${port.published} on every address of the host.`,
            "Anyone who can reach your machine (same Wi-Fi, same office) can connect, and Docker's rules bypass host firewalls such as ufw.",
            `For something only you use, bind to loopback: \`"127.0.0.1:${port.published}:${port.target}"\`.`,
          ),
        );
      }
    }
    if (s.containerName && s.replicas > 1)
      out.push(
        finding(
          'ContainerNameWithScale',
          'error',
          keyAt([...sp, 'container_name']),
          `\`${s.name}\` sets \`container_name\` and asks for ${s.replicas} replicas.`,
          'Container names are unique: the second replica cannot be created.',
          'Remove `container_name` (Compose names replicas `<project>-<service>-1`, `-2`…).',
        ),
      );
    for (const x of s.mounts) {
      if (x.source && /(^|\/)docker\.sock$/.test(x.source))
        out.push(
          finding(
            'DockerSocketMount',
            'warning',
            at([...sp, 'volumes', x.index]),
            `\`${s.name}\` mounts the Docker socket \`${x.source}\`.`,
            'Whoever controls this container controls the Docker daemon, and with it the whole host as root.',
            'Avoid it; if a tool really needs it, mount it read-only behind a socket proxy that allows only the calls it needs.',
          ),
        );
      if (x.type === 'volume' && x.source && !(x.source in m.volumes))
        out.push(
          finding(
            'UndefinedVolume',
            'error',
            at([...sp, 'volumes', x.index]),
            `Service \`${s.name}\` refers to undefined volume \`${x.source}\`.`,
            'A named volume must be declared under the top-level `volumes:`; Compose stops with this error. (A path starting with `./` or `/` would be a bind mount.)',
            `Add \`volumes:\\n  ${x.source}:\` at the top level, or write \`./${x.source}\` for a folder.`,
          ),
        );
    }
    if (s.privileged)
      out.push(
        finding(
          'Privileged',
          'warning',
          keyAt([...sp, 'privileged']),
          `\`${s.name}\` runs privileged.`,
          'A privileged container has every capability and all host devices: a compromise of it is a compromise of the host.',
          'Remove `privileged: true`; add only the capability you need with `cap_add`.',
        ),
      );
    if (s.networkMode === 'host')
      out.push(
        finding(
          'NetworkModeHost',
          'warning',
          keyAt([...sp, 'network_mode']),
          `\`${s.name}\` uses the host's network.`,
          "It shares the host's network stack: `ports:` are ignored, the app listens directly on the host's addresses, and other services cannot reach it by service name (on Docker Desktop it is a VM's network, not your machine's).",
          'Remove `network_mode: host` and publish the ports you need with `ports:`.',
        ),
      );
    for (const n of s.networks)
      if (n !== 'default' && !(n in m.networks))
        out.push(
          finding(
            'UndefinedNetwork',
            'error',
            keyAt([...sp, 'networks']),
            `Service \`${s.name}\` refers to undefined network \`${n}\`.`,
            'Networks a service joins must be declared under the top-level `networks:`.',
            `Add \`networks:\\n  ${n}:\` at the top level.`,
          ),
        );
    for (const d of s.dependsOn) {
      const target = m.services.find((x) => x.name === d.service);
      if (!names.has(d.service)) {
        out.push(
          finding(
            'UndefinedService',
            'error',
            keyAt([...sp, 'depends_on']),
            `\`${s.name}\` depends on undefined service \`${d.service}\`.`,
            'Compose stops with an error.',
            'Fix the name or add the service.',
          ),
        );
      } else if (d.condition === 'service_healthy' && target?.healthcheck !== 'own') {
        out.push(
          finding(
            'DependsOnHealthyWithoutHealthcheck',
            target?.healthcheck === 'disabled' ? 'error' : 'warning',
            keyAt([...sp, 'depends_on']),
            `\`${s.name}\` waits for \`${d.service}\` to be healthy, but \`${d.service}\` defines no healthcheck here.`,
            'Without a healthcheck (here or in its image) the container never becomes healthy and `up` fails with "has no healthcheck configured".',
            `Add a \`healthcheck:\` to \`${d.service}\`.`,
          ),
        );
      } else if (d.condition === 'service_started' && target && (SLOW_STARTERS.test(target.image ?? '') || target.healthcheck === 'own')) {
        out.push(
          finding(
            'DependsOnWithoutReadiness',
            'warning',
            keyAt([...sp, 'depends_on']),
            `\`${s.name}\` starts as soon as \`${d.service}\` has started, not when it is ready.`,
            `\`${d.service}\` needs time before it accepts connections; the first requests of \`${s.name}\` can fail.`,
            `Give \`${d.service}\` a healthcheck and write \`depends_on: { ${d.service}: { condition: service_healthy } }\`.`,
          ),
        );
      }
    }
  }
  for (const v of m.vars) {
    if (!v.defined && !v.hasFallback)
      out.push(
        finding(
          'UnsetVariable',
          'info',
          at(v.path),
          `\`${v.text}\` has no default and is not set here.`,
          'If it is not set in your shell or in `.env`, Compose warns and uses an empty string.',
          `Give it a default, \`\${${v.name}:-value}\`, or set it in \`.env\` beside the compose file.`,
        ),
      );
  }
  return out;
}
