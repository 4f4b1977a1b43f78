/** Every key of a compose file, explained with the values it has here. */
import type { LineNote } from '../files/types.ts';
import type { ComposeModel, ServiceModel } from './model.ts';
import type { ParsedCompose } from './parse.ts';
import { mountText, portText, type ProjectPlan } from './project.ts';

const TOP: Record<string, string | undefined> = {
  version: 'Obsolete: Compose v2 ignores it.',
  name: 'The project name: prefixes containers, networks and volumes.',
  services: 'The containers to run, one entry per service.',
  networks: 'Declares networks. Declaring attaches nothing: a service joins a network only by listing it under its own `networks:`.',
  volumes: 'Declares named volumes, which Docker keeps until `docker compose down -v` or `docker volume rm`.',
  secrets: 'Declares secrets: files mounted read-only at `/run/secrets/<name>` in the services that list them.',
  configs: 'Declares configuration files mounted into the services that list them.',
  include: 'Pulls in other compose files as part of this project.',
};

const SERVICE: Record<string, string | undefined> = {
  image: 'The image to run (pulled if missing); with `build`, the tag given to the built image.',
  command: "Replaces the image's CMD.",
  entrypoint: "Replaces the image's ENTRYPOINT (and clears its CMD).",
  working_dir: "Replaces the image's WORKDIR.",
  user: "Runs the container as this user instead of the image's USER.",
  restart: 'When Docker restarts the container: `no`, `always`, `on-failure`, `unless-stopped`.',
  expose: 'Documents ports for other services; like EXPOSE, it publishes nothing (services on a shared network reach every port anyway).',
  healthcheck:
    'A command Docker runs periodically inside the container; its result is the health shown by `docker compose ps`, and `condition: service_healthy` waits for it.',
  profiles:
    'The service starts only when one of these profiles is enabled (`--profile name` or `COMPOSE_PROFILES`); plain `docker compose up` skips it.',
  extends: "Starts from another service's settings and overrides them.",
  env_file:
    'Reads variables from these files (relative to the compose file) into the container. They are not the `.env` file used for `${VAR}` interpolation.',
  container_name:
    'A fixed container name instead of `<project>-<service>-1`; it must be unique on the machine, so the service cannot be scaled.',
  privileged: 'Gives the container every capability and access to host devices.',
  network_mode: 'Uses another network stack (`host`, `none`, `service:x`) instead of the project networks.',
  links: 'Legacy: adds host-name aliases; the service name works without it.',
  deploy: 'Resources, replicas and restart policy.',
  stdin_open: 'Keeps stdin open, like `docker run -i`.',
  tty: 'Allocates a terminal, like `docker run -t`.',
  read_only: "Mounts the container's root filesystem read-only.",
  cap_drop: 'Removes Linux capabilities from the container.',
  cap_add: 'Adds Linux capabilities to the container.',
  security_opt: 'Security options, e.g. `no-new-privileges:true`.',
  tmpfs: 'Mounts in-memory file systems.',
  secrets: 'Mounts the listed secrets at `/run/secrets/<name>`.',
  labels: 'Metadata on the container.',
  logging: "Where the container's output goes.",
  init: 'Runs a tiny init as PID 1 that forwards signals and reaps zombies.',
  scale: 'How many containers to run for this service.',
  develop: 'Settings for `docker compose watch`.',
  platform: 'The platform (e.g. `linux/amd64`) to pull or build for.',
  stop_grace_period: 'How long `docker compose stop` waits after the stop signal before killing.',
  pull_policy: 'When to pull the image.',
};

export function keyNotes(p: ParsedCompose, m: ComposeModel, plan: ProjectPlan): LineNote[] {
  const out: LineNote[] = [];
  const note = (path: (string | number)[], label: string, notes: string[]) =>
    out.push({ line: p.keyLine(path), endLine: p.keyLine(path), label, text: String(path[path.length - 1]), notes });
  const top = (p.data ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (key === 'services') continue;
    const extra =
      key === 'networks'
        ? plan.networks
            .filter((n) => n.declared)
            .map(
              (n) =>
                `\`${n.key}\` is created as \`${n.name}\`${n.external ? ' (external: it must already exist; Compose does not create it)' : ''}, driver ${n.driver}${n.internal ? ', internal (no outside access)' : ''}; ${n.services.length ? `joined by ${n.services.map((s) => `\`${s}\``).join(', ')}` : 'no service joins it, so it has no effect'}.`,
            )
        : [];
    if (key === 'volumes') {
      for (const v of plan.volumes) {
        const users = m.services
          .filter((x) => x.mounts.some((mt) => mt.type === 'volume' && mt.source === v.key))
          .map((x) => `\`${x.name}\``);
        extra.push(
          `\`${v.key}\` ${v.external ? `must already exist as \`${v.name}\` (external)` : `is created as \`${v.name}\``}; ${users.length ? `mounted by ${users.join(', ')}` : 'no service mounts it'}.`,
        );
      }
    }
    note([key], key, [
      TOP[key] ??
        (key.startsWith('x-')
          ? 'An extension field: Compose ignores it; it holds values to reuse with YAML anchors.'
          : 'Not a Compose key.'),
      ...extra,
    ]);
  }
  note(['services'], 'services', [
    'The containers to run, one entry per service.',
    `${m.services.length} service(s): ${m.services.map((s) => `\`${s.name}\``).join(', ')}.`,
  ]);
  for (const s of m.services) {
    note(['services', s.name], `services.${s.name}`, [serviceSummary(s, plan)]);
    for (const key of Object.keys(s.raw)) note(['services', s.name, key], `${s.name}.${key}`, serviceKey(s, key, plan));
  }
  return out.sort((a, b) => a.line - b.line);
}

function serviceSummary(s: ServiceModel, plan: ProjectPlan): string {
  const sp = plan.services.find((x) => x.name === s.name)!;
  const container = s.containerName ?? `${plan.project}-${s.name}-1`;
  return `A service: \`up\` creates the container \`${container}\`. ${sp.source}${s.profiles.length ? ` It starts only with the profile(s) ${s.profiles.map((x) => `\`${x}\``).join(', ')}.` : ''}`;
}

function serviceKey(s: ServiceModel, key: string, plan: ProjectPlan): string[] {
  const list = (xs: string[]) => xs.map((x) => `\`${x}\``).join(', ');
  switch (key) {
    case 'build':
      return [
        `Builds the image with \`docker build\`: context \`${s.build?.context}\`, Dockerfile \`${s.build?.dockerfile}\` inside it. The context is what COPY can read.`,
        ...(Object.keys(s.build?.args ?? {}).length ? [`Build arguments: ${list(Object.keys(s.build!.args))}.`] : []),
      ];
    case 'ports':
      return [
        'Publishes container ports on the host, like `docker run -p`.',
        ...s.ports.map((p) => {
          const t = portText(p);
          return `${t.text}: reachable from ${t.reach}.`;
        }),
      ];
    case 'volumes':
      return s.mounts.map((x) => mountText(x, plan.project));
    case 'environment':
      return [
        'Sets variables in the container, like `docker run -e`. `${VAR}` in values is filled in from your shell or `.env` before anything runs.',
        ...s.environment.map((e) =>
          e.value === null
            ? `\`${e.name}\` is passed through from your shell's environment (unset if you have none).`
            : e.raw !== e.value
              ? `\`${e.name}=${e.raw}\` becomes \`${e.value}\` when the variables are unset (your shell or \`.env\` may set them).`
              : `\`${e.name}=${e.value}\``,
        ),
      ];
    case 'depends_on':
      return [
        `Start order: ${list(s.dependsOn.map((d) => d.service))} start(s) before \`${s.name}\`, and \`docker compose up ${s.name}\` starts them too.`,
        ...plan.startNotes.filter((n) => n.startsWith(`\`${s.name}\``)),
      ];
    case 'networks':
      return [
        `Joins ${list(s.networks)} only (not \`default\`): it reaches ${plan.services.find((x) => x.name === s.name)?.reaches.length ? list(plan.services.find((x) => x.name === s.name)!.reaches) : 'no other service'} by name.`,
      ];
    case 'env_file':
      return [
        SERVICE.env_file ?? '',
        `Files: ${list(s.envFiles)}. They are read on your machine; a missing file stops \`up\` with an error unless marked \`required: false\`.`,
      ];
    default:
      return [
        SERVICE[key] ??
          (key.startsWith('x-') ? 'An extension field: ignored by Compose.' : 'A service option; see the Compose file reference.'),
      ];
  }
}
