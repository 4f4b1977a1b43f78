/**
 * Checks one command file against the facts (docker-cli.json): the command
 * exists, its aliases are Docker's, and every flag it describes exists for it
 * with the same shorthand and value type. The content loader runs this, so a
 * wrong flag fails the build naming the file and the field. Pure.
 */
import type { Reference } from './reference.ts';
import type { Command } from './schema.ts';

/** Problems of one validated command file against the facts, as readable lines. */
export function factProblems(file: string, doc: Command, reference: Reference): string[] {
  const ref = reference.find(doc.command);
  // A page may be named after what learners type when the facts file it under
  // another name that the first runs: `docker image build` runs `docker buildx build`.
  const forwarded = ref !== undefined && ref.name !== doc.command && ref.flagSet === 'buildkit';
  if (!ref || (ref.name !== doc.command && !forwarded)) {
    return [
      `${file}: field "command": "${doc.command}" is not a command in docker-cli.json${ref ? ` (it is an alias of ${ref.name})` : ''}`,
    ];
  }
  const names = new Set([ref.name, ...ref.aliases]);
  const out: string[] = [];
  doc.aliases.forEach((alias, k) => {
    if (!names.has(alias)) out.push(`${file}: field "aliases.${k}": "${alias}" is not an alias of ${doc.command} in docker-cli.json`);
  });
  doc.options.forEach((o, k) => {
    const flag = ref.byLong.get(`--${o.option}`);
    const name = `flag --${o.option}`;
    const at = (field = '') => `${file}: field "options.${k}${field}"`;
    if (!flag) {
      out.push(`${at()}: ${name} does not exist for ${ref.name}`);
      return;
    }
    const short = o.shorthand ? `-${o.shorthand}` : undefined;
    if (short !== flag.short)
      out.push(`${at('.shorthand')}: ${name} has shorthand ${short ?? '(none)'} but docker-cli.json says ${flag.short ?? '(none)'}`);
    if ((o.value_type !== 'bool') !== flag.takesValue) {
      out.push(
        `${at('.value_type')}: ${name} ${flag.takesValue ? 'takes a value' : 'takes no value'} in docker-cli.json, but value_type is ${o.value_type}`,
      );
    } else if (o.value_type !== flag.type) {
      out.push(`${at('.value_type')}: ${name} has value_type ${o.value_type} but docker-cli.json says ${flag.type}`);
    }
  });
  return out;
}
