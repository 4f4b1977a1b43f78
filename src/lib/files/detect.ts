/**
 * Tells what was pasted into the explainer: a docker command, a Dockerfile or
 * a compose file. Cheap (looks at the first meaningful lines only), so the
 * page can decide before loading any of the file explainer's code.
 */
export type PastedKind = 'command' | 'dockerfile' | 'compose';

const INSTRUCTION =
  /^(FROM|ARG|RUN|CMD|COPY|ADD|ENV|WORKDIR|EXPOSE|ENTRYPOINT|USER|LABEL|VOLUME|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL|MAINTAINER)\s/i;
const COMPOSE_KEY = /^(services|version|name|networks|volumes|secrets|configs|include|x-[\w-]+)\s*:/;

export function detectKind(text: string): PastedKind {
  const lines = text
    .split(/\r?\n/, 200)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (!lines.length) return 'command';
  const first = lines[0]!.replace(/^\$\s+/, '');
  if (/^(sudo\s+)?(docker|docker-compose)\b/.test(first)) return 'command';
  if (lines.some((l) => /^FROM\s+\S/i.test(l)) && lines.filter((l) => INSTRUCTION.test(l)).length >= Math.min(2, lines.length))
    return 'dockerfile';
  if (text.split(/\r?\n/, 200).some((l) => COMPOSE_KEY.test(l))) return 'compose';
  if (lines.length > 1 && lines.every((l) => INSTRUCTION.test(l) || l.endsWith('\\'))) return 'dockerfile';
  return 'command';
}
