/**
 * What was pasted into the explainer: command lines, a Dockerfile or a compose
 * file. The command explainer hands files to the element that explains them
 * (see docs/explainer.md). Looks at the first lines only, so it is cheap on
 * any input. Pure.
 */
export type InputKind = 'command' | 'dockerfile' | 'compose';

const DOCKERFILE =
  /^\s*(FROM|RUN|CMD|COPY|ADD|ENTRYPOINT|WORKDIR|EXPOSE|ENV|ARG|USER|LABEL|VOLUME|HEALTHCHECK|SHELL|STOPSIGNAL|ONBUILD)\s/i;
const COMPOSE = /^(services|version|volumes|networks|name|include|secrets|configs|x-[\w-]+):\s*(#.*)?$/;

export function inputKind(text: string): InputKind {
  const lines = text
    .slice(0, 4000)
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() && !/^\s*#/.test(l));
  const first = lines[0] ?? '';
  // A Dockerfile starts with FROM (or ARG before it), and most of its lines are instructions.
  const instructions = lines.filter((l) => DOCKERFILE.test(l)).length;
  if (/^\s*(FROM|ARG)\s/i.test(first) && lines.some((l) => /^\s*FROM\s/i.test(l)) && instructions * 2 >= lines.length) return 'dockerfile';
  if (lines.some((l) => COMPOSE.test(l)) && lines.some((l) => /^services:\s*(#.*)?$/.test(l))) return 'compose';
  return 'command';
}
