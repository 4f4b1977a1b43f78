/**
 * The command a container runs, from ENTRYPOINT and CMD, the way the builder
 * stores it (BuildKit's dispatchCmd / dispatchEntrypoint): shell form becomes
 * `[shell..., "text"]`; the container runs ENTRYPOINT followed by CMD; an
 * ENTRYPOINT set in a stage clears a CMD inherited from the base unless that
 * stage also sets CMD.
 */
import { shellJoin } from '../files/substitute.ts';

export interface ExecSpec {
  form: 'exec' | 'shell';
  /** As stored in the image: for the shell form, the shell words plus the text. */
  argv: string[];
  line: number;
}

export interface FinalCommand {
  /** What the container runs, or null when it comes from the base image and we cannot know it. */
  argv: string[] | null;
  display: string;
  workdir: string;
  user: string;
  /** Plain-language result, e.g. "This image will run `…` in `/app` as root." */
  sentence: string;
  notes: string[];
}

export function toExec(form: 'exec' | 'shell', words: string[], text: string, shell: string[], line: number): ExecSpec {
  return form === 'exec' ? { form, argv: words, line } : { form, argv: [...shell, text], line };
}

export interface CommandInput {
  entrypoint: ExecSpec | null;
  cmd: ExecSpec | null;
  /** True when nothing in this Dockerfile chain set ENTRYPOINT/CMD and the base is a real image. */
  baseImage: string | null;
  workdir: string;
  user: string | null;
}

export function combine(input: CommandInput): FinalCommand {
  const { entrypoint, cmd } = input;
  const user = input.user ?? 'root';
  const notes: string[] = [];
  const where = ` in \`${input.workdir}\` as ${input.user ? `user \`${user}\`` : 'root'}`;
  if (!entrypoint && !cmd) {
    const sentence = input.baseImage
      ? `This image runs the default command of its base image \`${input.baseImage}\`${where}, since the Dockerfile sets no CMD or ENTRYPOINT.`
      : `This image has no command: \`docker run\` will fail unless you give one after the image name.`;
    return { argv: null, display: '', workdir: input.workdir, user, sentence, notes };
  }
  const ep = entrypoint?.argv ?? [];
  const args = cmd?.argv ?? [];
  const argv = [...ep, ...args];
  if (entrypoint && cmd) {
    if (entrypoint.form === 'shell') {
      notes.push(
        `ENTRYPOINT is in shell form, so the CMD words become arguments of \`${entrypoint.argv[0]}\` after the script (\`$0\`, \`$1\`…) and the command ignores them: CMD has no effect, and neither do arguments given to \`docker run\`.`,
      );
    } else {
      notes.push(
        'ENTRYPOINT is the program; CMD supplies its default arguments, which anything typed after the image name in `docker run` replaces.',
      );
    }
  } else if (cmd) {
    notes.push('CMD is only a default: anything typed after the image name in `docker run` replaces the whole command.');
  } else if (entrypoint && entrypoint.form === 'exec') {
    notes.push('Anything typed after the image name in `docker run` is appended to the ENTRYPOINT as arguments.');
  }
  if ((entrypoint ?? cmd)!.form === 'shell') {
    notes.push(
      `The shell form starts \`${argv[0]}\` as the main process (PID 1), which runs your command as its child; \`docker stop\`'s SIGTERM goes to the shell, which does not pass it on, so the container is killed after the 10-second timeout.`,
    );
  }
  const display = shellJoin(argv);
  return { argv, display, workdir: input.workdir, user, sentence: `This image will run \`${display}\`${where}.`, notes };
}
