/** Plain sentences for each instruction, in the context the builder had at that line. */
import { shellJoin, type Substituted } from '../files/substitute.ts';
import { argPairs, envPairs } from './pairs.ts';
import { describeImage } from './image-ref.ts';
import type { Instr } from './parse.ts';
import { resolvePath, stageLabel, type Stage, type Step } from './state.ts';

const who = (user: string | null) => (user ? `user \`${user}\`` : 'root');

export function notesFor(step: Step, stage: Stage | null, stages: Stage[], sub: Substituted | undefined, isLast: boolean): string[] {
  const ins = step.instr;
  const v = sub?.value ?? ins.args;
  const subs = sub?.used.length ? [`Variables are filled in at build time: \`${ins.args}\` becomes \`${v}\`.`] : [];
  if (!stage && ins.keyword !== 'ARG' && ins.keyword !== 'FROM') return ['This comes before any FROM, so the builder rejects the file.'];
  if (!stage && ins.keyword === 'FROM') return ['FROM needs an image (or `scratch`) to start from.'];
  switch (ins.keyword) {
    case 'FROM':
      return fromNotes(ins, stage!, sub, isLast);
    case 'WORKDIR':
      return [
        ...(v.trim().startsWith('/')
          ? []
          : [`The path is relative, so it is joined to the previous working directory: the result is \`${stage!.workdir}\`.`]),
        `Sets the working directory to \`${stage!.workdir}\`, creating it if it is missing. The following RUN, COPY, ADD, CMD and ENTRYPOINT use it, and${isLast ? '' : ' (if this is the final stage)'} containers start there; \`docker run -w\` overrides it.`,
      ];
    case 'COPY':
    case 'ADD':
      return [...copyNotes(ins, step, stages, v), ...subs];
    case 'RUN':
      return runNotes(ins, step, stage!);
    case 'ENV':
      return [
        ...envPairs(ins.args).map(
          ([k, val]) =>
            `Sets \`${k}=${val}\` for every following instruction of this stage, for later stages built FROM it, and for every container started from the image.`,
        ),
        'ENV values are stored in the image: anyone with the image can read them with `docker image inspect`. `docker run -e` overrides them.',
      ];
    case 'ARG':
      return argNotes(ins, step);
    case 'EXPOSE': {
      const ports = v.split(/\s+/).filter(Boolean);
      return [
        ...subs,
        ports.length
          ? `Records that the app listens on ${ports.map((p) => `\`${p.includes('/') ? p : `${p}/tcp`}\``).join(', ')}. This is documentation: it publishes nothing. Publish with \`docker run -p ${ports[0]!.split('/')[0]}:${ports[0]!.split('/')[0]}\` or \`ports:\` in Compose.`
          : 'After substitution there is no port left: this line records nothing.',
      ];
    }
    case 'USER':
      return [
        `From here on RUN, CMD and ENTRYPOINT run as \`${v.trim()}\`, and so does the container, unless \`docker run --user\` says otherwise. The user must exist in the image (or be given as a numeric UID).`,
      ];
    case 'CMD':
      return [
        ins.json
          ? `Exec form: runs \`${shellJoin(ins.json)}\` directly, with no shell, so \`$VARS\` are not expanded.`
          : `Shell form: stored as \`${shellJoin(stage!.shell)} '${ins.args}'\`, so a shell runs it.`,
        'Runs nothing at build time: it is the default command of containers started from the image. Only the last CMD of the final stage counts.',
      ];
    case 'ENTRYPOINT':
      return [
        ins.json
          ? `Exec form: the program \`${shellJoin(ins.json)}\` runs directly; CMD (or the words after the image name in \`docker run\`) are appended as its arguments.`
          : `Shell form: stored as \`${shellJoin(stage!.shell)} '${ins.args}'\`; CMD and \`docker run\` arguments are then ignored.`,
        stage!.cmdSetHere
          ? 'CMD set in this stage stays as its default arguments.'
          : 'Setting ENTRYPOINT clears any CMD inherited from the base image; add a CMD after it for default arguments.',
      ];
    case 'HEALTHCHECK':
      return healthNotes(ins);
    case 'LABEL':
      return ['Adds metadata to the image (shown by `docker image inspect`). It does not change files or behaviour.', ...subs];
    case 'VOLUME':
      return [
        `Marks ${v} as a volume: each container gets an anonymous volume there unless you mount something. Changes RUN makes to that path after this line are discarded.`,
      ];
    case 'SHELL':
      return [`Shell-form RUN, CMD and ENTRYPOINT after this line run with \`${shellJoin(ins.json ?? [])}\` instead of \`/bin/sh -c\`.`];
    case 'STOPSIGNAL':
      return [`\`docker stop\` sends \`${v}\` instead of SIGTERM to the main process.`];
    case 'MAINTAINER':
      return ['Sets the author field. Deprecated: use `LABEL org.opencontainers.image.authors="…"`.'];
    case 'ONBUILD':
      return ['Runs nothing now: the instruction after ONBUILD runs when another Dockerfile uses this image in its FROM.'];
    default:
      return ['Not a Dockerfile instruction: the build stops here.'];
  }
}

function fromNotes(ins: Instr, stage: Stage, sub: Substituted | undefined, isLast: boolean): string[] {
  const out: string[] = [];
  const role = isLast
    ? 'the final stage: the image you get is this stage'
    : 'an intermediate stage: only what later stages COPY --from it ends up in the image';
  if (stage.parent)
    out.push(`Starts ${stageLabel(stage)} from the result of ${stageLabel(stage.parent)}, with its files, ENV, WORKDIR and USER.`);
  else if (stage.scratch) out.push(`Starts ${stageLabel(stage)} from \`scratch\`, an empty image with no shell and no files.`);
  else if (stage.image)
    out.push(
      `Starts ${stageLabel(stage)} from the image \`${stage.base}\`: ${describeImage(stage.image)}. The builder pulls this image; its files, ENV and default command are the starting point.`,
    );
  if (sub?.used.length)
    out.push(
      `\`${ins.words[0]}\` uses build arguments declared before the first FROM; with their defaults it is \`${stage.base}\`, and \`docker build --build-arg\` can change it.`,
    );
  if (ins.flags.platform) out.push(`\`--platform=${ins.flags.platform}\` picks the image variant for that platform.`);
  out.push(`This is ${role}. ARGs declared before FROM are not visible inside the stage unless it repeats \`ARG NAME\`.`);
  return out;
}

function copyNotes(ins: Instr, step: Step, stages: Stage[], v: string): string[] {
  const out: string[] = [];
  if (ins.json === null && ins.heredocs.length) {
    const dest = resolvePath(
      step.workdir,
      v
        .split(/\s+/)
        .filter((w) => !w.startsWith('<<'))
        .pop() ?? '.',
    );
    const h = ins.heredocs[0]!;
    out.push(
      `Creates \`${dest}\` in the image with the ${h.body.split('\n').length} line(s) of text between \`<<${h.name}\` and \`${h.name}\`.`,
    );
    return out;
  }
  const words = ins.json ?? v.split(/\s+/).filter(Boolean);
  if (words.length < 2) return ['COPY needs at least one source and a destination.'];
  const dest = words[words.length - 1]!;
  const sources = words.slice(0, -1);
  const destPath = resolvePath(step.workdir, dest);
  const isDir = dest.endsWith('/') || dest === '.' || sources.length > 1 || sources.some((s) => s === '.' || /[*?]/.test(s));
  const from = ins.flags.from;
  const origin = from
    ? stages.some((s) => s.name === from || String(s.index) === from)
      ? `from the finished stage \`${from}\` (paths inside that stage's filesystem)`
      : `from the image \`${from}\``
    : 'from the build context (the folder given to `docker build`, minus what `.dockerignore` excludes; paths cannot climb out of it)';
  const what = sources.map((s) => (s === '.' && !from ? 'everything' : `\`${s}\``)).join(', ');
  const single = sources.length === 1 && !/[*?]/.test(sources[0]!) && sources[0] !== '.' && !sources[0]!.endsWith('/');
  const target =
    isDir && single
      ? `\`${destPath.replace(/\/$/, '')}/${sources[0]!.split('/').pop()}\``
      : `\`${destPath}\`${isDir ? ' (a directory)' : ''}`;
  out.push(`Copies ${what} ${origin} to ${target}.`);
  if (!dest.startsWith('/'))
    out.push(`The destination \`${dest}\` is relative, so it is resolved against the WORKDIR \`${step.workdir}\`.`);
  if (ins.keyword === 'ADD') out.push('ADD also downloads URLs and unpacks local tar archives; for plain files it does the same as COPY.');
  if (ins.flags.chown)
    out.push(`\`--chown=${ins.flags.chown}\` makes the copied files belong to that user; otherwise they belong to root.`);
  else if (step.user) out.push('The files belong to root even though USER is set: add `--chown` if the app must write to them.');
  if (ins.flags.link) out.push('`--link` copies into an independent layer, so the copy stays cached when earlier layers change.');
  return out;
}

function runNotes(ins: Instr, step: Step, stage: Stage): string[] {
  const out: string[] = [];
  if (ins.heredocs.length) {
    const h = ins.heredocs[0]!;
    out.push(
      `Runs the ${h.body.split('\n').length}-line script between \`<<${h.name}\` and \`${h.name}\` with \`${ins.words[0]?.startsWith('<<') ? shellJoin(stage.shell.slice(0, 1)) : ins.words[0]}\`, at build time.`,
    );
  } else if (ins.json) {
    out.push(`Exec form: runs \`${shellJoin(ins.json)}\` directly at build time, without a shell.`);
  } else {
    out.push(`Runs \`${ins.args}\` with \`${shellJoin(stage.shell)}\` at build time.`);
  }
  out.push(`It runs in \`${step.workdir}\` as ${who(step.user)}; the files it changes are saved as a new layer of the image.`);
  const args = [...stage.args.keys()];
  if (args.length)
    out.push(
      `Build arguments ${args.map((a) => `\`${a}\``).join(', ')} are set as environment variables for this command only; they are not kept in the image.`,
    );
  if (ins.flags.mount)
    out.push(
      `\`--mount=${ins.flags.mount}\` mounts extra files for this command only (a cache, a secret or another stage); they are not saved in the layer.`,
    );
  return out;
}

function argNotes(ins: Instr, step: Step): string[] {
  return argPairs(ins.words).map(([k, val]) =>
    step.stage < 0
      ? `Declares the build argument \`${k}\`${val !== undefined ? ` (default \`${val}\`)` : ''} before the first FROM: it can be used in FROM lines only. A stage must repeat \`ARG ${k}\` to see it.`
      : `Declares the build argument \`${k}\`${val !== undefined ? ` (default \`${val}\`)` : ''}: \`docker build --build-arg ${k}=…\` sets it. It is visible to the following instructions of this stage during the build only, not in running containers.`,
  );
}

function healthNotes(ins: Instr): string[] {
  if (ins.words[0]?.toUpperCase() === 'NONE') return ['Turns off any health check inherited from the base image.'];
  const m = /\bCMD\b\s*(.*)$/i.exec(ins.args);
  const interval = ins.flags.interval ?? '30s';
  const retries = ins.flags.retries ?? '3';
  return [
    `Every ${interval} Docker runs \`${m?.[1] ?? ''}\` inside the container; exit status 0 means healthy. After ${retries} failures in a row the container is marked unhealthy (\`docker ps\` shows it, and Compose's \`condition: service_healthy\` waits for healthy).`,
    'Docker does not restart an unhealthy container by itself.',
  ];
}
