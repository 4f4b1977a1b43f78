/**
 * Which Docker releases the course's commands were checked against. One
 * constant for the whole site, shown on every page that gives commands to run
 * (lessons with docker commands, every command page), so a learner can tell
 * at a glance whether their own Docker should behave the same. Update it when
 * the content is re-checked against newer releases. Pure: no DOM, no astro:*.
 */
export const CHECKED_AGAINST = 'Docker 29, Compose v5';

const FENCE = /^\s*(`{3,}|~{3,})\s*([\w-]*)/;
const SHELL = /^(console|sh|bash|shell|shellsession|zsh|terminal)$/;
const DOCKER_LINE = /^\s*(\$\s+)?(sudo\s+)?docker(\s|$)/;

/**
 * True when an MDX/Markdown source has a shell code block with a `docker …`
 * line in it (with or without a `$ ` prompt): a page that asks you to run Docker.
 */
export function hasDockerCommands(source: string): boolean {
  let fence: string | undefined;
  let shell = false;
  for (const line of source.split(/\r?\n/)) {
    const open = FENCE.exec(line);
    if (fence === undefined) {
      if (open) {
        fence = open[1]!;
        shell = SHELL.test(open[2]!);
      }
      continue;
    }
    if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && open[2] === '') {
      fence = undefined;
      continue;
    }
    if (shell && DOCKER_LINE.test(line)) return true;
  }
  return false;
}
