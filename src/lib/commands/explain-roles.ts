/**
 * What a positional argument is, by command and not by name alone: `exec`'s
 * COMMAND is an extra process while `run`'s replaces the image's CMD;
 * `commit`, `import` and `tag` name a new image; a build context may be a
 * folder, a URL, a tarball or `-`; a swarm service is not a compose service.
 * Where the value itself tells more (`1.27` is a tag, `web:/app` a path in a
 * container), it is explained in place. Pure.
 */

const NEW_IMAGE = 'The name for the new image, as [registry/][user/]name[:tag] (the tag defaults to latest).';

/** Meaning of a role, keyed by its first uppercase word. */
const ROLE_HELP: Record<string, string> = {
  IMAGE: 'The image to use, as name[:tag] (the tag defaults to latest). Options must come before it.',
  CONTAINER: 'A container, by name or ID (see `docker ps -a`).',
  CONTAINERS: 'Containers, by name or ID (see `docker ps -a`).',
  COMMAND:
    "The program to run inside the container instead of the image's default CMD (with the image's ENTRYPOINT, if it has one, it becomes that program's arguments). Every word after it goes to that program, not to Docker.",
  CMD: "The program to run instead of the image's default command.",
  ARG: 'An argument for the program run inside the container (not read by Docker).',
  ARGS: 'An argument for the program run inside the container (not read by Docker).',
  PATH: 'A path on your machine.',
  SOURCE_IMAGE: 'The image that already exists, as name[:tag].',
  TARGET_IMAGE: `The new name to give it. ${NEW_IMAGE.slice(21)}`,
  NAME: 'The name of the object.',
  REPOSITORY: 'An image repository, as [registry/][user/]name[:tag].',
  SERVER: 'The registry to use; Docker Hub when left out.',
  SERVICE: 'A service name from the compose file (not a container name).',
  SERVICES: 'Service names from the compose file; all services when left out.',
  NETWORK: 'A network, by name or ID (see `docker network ls`).',
  VOLUME: 'A volume, by name (see `docker volume ls`).',
  TERM: 'The words to search Docker Hub for.',
  PRIVATE_PORT: 'A port inside the container, optionally with /tcp or /udp.',
  NEW_NAME: 'The new name for the container.',
  DEST_PATH: 'Where to copy to.',
  SRC_PATH: 'What to copy.',
  TARGET: 'A target defined in the bake file (all default targets when left out).',
  CONTEXT: 'A Docker context: a saved daemon endpoint (see `docker context ls`).',
  NODE: 'A swarm node, by name or ID (see `docker node ls`).',
  STACK: 'A swarm stack, by name.',
  SECRET: 'A swarm secret, by name or ID.',
  CONFIG: 'A swarm config, by name or ID.',
  PLUGIN: 'A Docker Engine plugin, by name.',
  MODEL: 'A model, as name[:tag] (for example ai/smollm2).',
  FILE: 'A file on your machine.',
  ARCHIVE: 'A tar archive on your machine.',
  DIRECTORY: 'A folder on your machine.',
  MANIFEST_LIST: 'A manifest list: one name for images of several platforms.',
  MANIFEST: 'An image manifest, by name.',
  KEY: 'A setting name.',
  VALUE: 'The value to set.',
  REF: 'A build record, by reference (see `docker buildx history ls`).',
  ID: 'An ID.',
};

const COMMAND_ROLE_HELP: Record<string, string> = {
  'docker container exec COMMAND':
    'The program to start inside the running container, as an extra process beside its main one. It replaces nothing: the container goes on as before, and this process ends when the program exits.',
  'docker compose exec COMMAND':
    "The program to start inside the service's running container, as an extra process beside its main one. It replaces nothing.",
  'docker compose run COMMAND': "The program to run in a new one-off container of the service, instead of the service's default command.",
  'docker service create IMAGE': 'The image every task (container) of the swarm service runs, as name[:tag].',
  'docker service create COMMAND': "The program each task runs instead of the image's default command.",
  'docker container commit REPOSITORY': NEW_IMAGE,
  'docker image import REPOSITORY': NEW_IMAGE,
  'docker image import file': 'The tar archive of a file system to import: a file, a URL, or `-` for standard input.',
  'docker container commit CONTAINER': 'The container whose current file system becomes the new image.',
  'docker image tag TARGET_IMAGE': NEW_IMAGE,
  'docker inspect NAME': 'Any Docker object (container, image, volume, network…), by name or ID.',
  'docker image save IMAGE': 'An image to write into the tar archive.',
  'docker image load': 'A tar archive of images, made by `docker save`.',
  'docker container top CONTAINER': 'The running container whose processes to list.',
  'docker container top ps': 'Options for `ps` (for example `aux`), passed on as they are.',
};

// Swarm services are not compose services: every `docker service …` SERVICE is a swarm one.
const SWARM_SERVICE = 'A swarm service, by name or ID (see `docker service ls`); not a service of a compose file.';

/** The meaning of a positional argument named `role` by the usage line of `command`. */
export function roleHelp(command: string, role: string): string {
  const key = /[A-Za-z][A-Za-z_]*/.exec(role)?.[0] ?? role;
  if (command.startsWith('docker service ') && key.startsWith('SERVICE')) return SWARM_SERVICE;
  return COMMAND_ROLE_HELP[`${command} ${key}`] ?? ROLE_HELP[key] ?? `A positional argument: Docker's usage line calls it ${role}.`;
}

/** An image reference explained part by part: registry, repository, tag, digest. */
export function imageParts(ref: string): string {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : '';
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : '';
  const repo = tag ? name.slice(0, colon) : name;
  const first = repo.split('/')[0]!;
  const registry = repo.includes('/') && /[.:]|^localhost$/.test(first) ? first : '';
  const out: string[] = [];
  if (registry) out.push(`from the registry ${registry}`);
  else if (!repo.includes('/')) out.push('an official image on Docker Hub');
  if (tag) out.push(`\`${tag}\` is the tag`);
  else if (!digest) out.push('no tag, so latest');
  if (digest) out.push(`pinned to the exact digest ${digest.slice(0, 19)}…`);
  return out.length ? ` Here: ${out.join('; ')}.` : '';
}

// A build context is told apart by its shape, as `docker build` does.
function buildContext(value: string): string {
  if (value === '-') return 'The build context is read from standard input: a Dockerfile alone, or a tar archive of a folder.';
  if (/^(https?:\/\/|git@|git:\/\/|github\.com\/)/.test(value)) {
    return /\.(tar(\.gz|\.bz2|\.xz)?|tgz)$/.test(value)
      ? 'A URL of a tar archive: Docker downloads it and uses its contents as the build context.'
      : 'A Git repository URL: Docker clones it (a `#branch:folder` suffix picks a branch and folder) and builds from there.';
  }
  if (/\.(tar(\.gz|\.bz2|\.xz)?|tgz)$/.test(value)) return 'A tar archive used as the build context.';
  const where = value === '.' ? 'the current folder' : `the folder ${value}`;
  return `The build context: ${where}. Its files are what the Dockerfile can COPY, and Docker looks for the Dockerfile there unless \`-f\` says otherwise.`;
}

/** Label and explanation for one positional word, by the role it fills for `command`. */
export function argumentDetail(command: string, role: string, value: string): { label: string; detail: string } {
  if (command.endsWith(' cp')) {
    if (value === '-') return { label: '-', detail: 'A tar archive on standard input or output instead of a path.' };
    if (/^[^/.~][^:/]*:/.test(value)) {
      const c = command.includes('compose') ? 'SERVICE:PATH' : 'CONTAINER:PATH';
      return {
        label: c,
        detail: `A path inside ${c.startsWith('SERVICE') ? "a service's container" : 'the container'} \`${value.split(':')[0]}\`, written ${c}.`,
      };
    }
    return { label: 'PATH', detail: 'A path on your machine.' };
  }
  if (/^PATH \| URL/.test(role)) return { label: 'context', detail: buildContext(value) };
  const help = roleHelp(command, role);
  const key = /[A-Z][A-Z_]*/.exec(role)?.[0] ?? role;
  const image = /IMAGE|REPOSITORY/.test(key) || (key === 'NAME' && /image (push|pull)$/.test(command));
  return { label: role, detail: image && !/^</.test(value) ? `${help}${imageParts(value)}` : help };
}

/** A word after the container's program: it belongs to that program. */
export function programArgument(command: string, program: string): string {
  const where = command.includes('exec') ? 'that process' : 'the container';
  return `An argument of \`${program}\`, passed to it in ${where} as it is; Docker does not read it.`;
}
