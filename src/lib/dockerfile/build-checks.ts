/**
 * Docker's own build checks (`docker build --check`), re-implemented from
 * their documented behaviour so a learner sees the same names Docker prints.
 */
import { finding, type Finding } from '../files/types.ts';
import type { Walk } from './analyze.ts';
import { argPairs, envPairs } from './pairs.ts';

/** BuildKit's rule: a secret word as a whole `_`-separated part of the name, unless a part says public/file/version. */
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const SECRET_ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export function isSecretName(name: string): boolean {
  return SECRET.test(name) && !SECRET_ALLOW.test(name);
}

export function buildChecks(w: Walk): Finding[] {
  const out: Finding[] = [];
  const seenNames = new Map<string, number>();
  const perStage = new Map<string, number>();
  const casings = { upper: 0, lower: 0 };
  for (const { instr: ins, stage } of w.steps) {
    const at = { line: ins.line, column: ins.column };
    const known = /^[A-Za-z]+$/.test(ins.typed);
    if (known && ins.typed === ins.typed.toUpperCase()) casings.upper++;
    else if (known && ins.typed === ins.typed.toLowerCase()) casings.lower++;
    switch (ins.keyword) {
      case 'FROM': {
        const asWord = ins.words[1];
        if (asWord && asWord.toLowerCase() === 'as') {
          const fromUpper = ins.typed === ins.typed.toUpperCase();
          if (fromUpper !== (asWord === asWord.toUpperCase()))
            out.push(
              finding(
                'FromAsCasing',
                'warning',
                at,
                `'${asWord}' and '${ins.typed}' keywords' casing do not match.`,
                'Docker expects the `AS` keyword in the same casing as `FROM`, so the file reads consistently.',
                `Write \`${ins.typed} ${ins.words[0]} ${fromUpper ? 'AS' : 'as'} ${ins.words[2] ?? ''}\`.`,
              ),
            );
          const name = ins.words[2];
          if (name) {
            if (name !== name.toLowerCase())
              out.push(
                finding(
                  'StageNameCasing',
                  'warning',
                  at,
                  `Stage name '${name}' should be lowercase.`,
                  'Stage names are matched case-insensitively; lowercase avoids confusion with image names.',
                  `Use \`${name.toLowerCase()}\`.`,
                ),
              );
            if (seenNames.has(name.toLowerCase()))
              out.push(
                finding(
                  'DuplicateStageName',
                  'warning',
                  at,
                  `Duplicate stage name '${name}', stage names should be unique.`,
                  '`COPY --from` and `--target` can only point at one of them.',
                  'Rename one of the stages.',
                ),
              );
            if (['scratch', 'context'].includes(name.toLowerCase()))
              out.push(
                finding(
                  'ReservedStageName',
                  'warning',
                  at,
                  `'${name}' is reserved and should not be used as a stage name.`,
                  '`scratch` and `context` already mean something to the builder.',
                  'Pick another name.',
                ),
              );
            seenNames.set(name.toLowerCase(), ins.line);
          }
        }
        if (/^\$\{?TARGETPLATFORM\}?$/.test(ins.flags.platform ?? ''))
          out.push(
            finding(
              'RedundantTargetPlatform',
              'info',
              at,
              'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior.',
              'The builder already uses the target platform.',
              'Remove `--platform=$TARGETPLATFORM`.',
            ),
          );
        break;
      }
      case 'CMD':
      case 'ENTRYPOINT':
      case 'HEALTHCHECK': {
        const key = `${stage}:${ins.keyword}`;
        if (perStage.has(key))
          out.push(
            finding(
              'MultipleInstructionsDisallowed',
              'warning',
              at,
              `Multiple ${ins.keyword} instructions should not be used in the same stage because only the last one will be used.`,
              `The ${ins.keyword} on line ${perStage.get(key)} is silently replaced by this one.`,
              'Keep only one.',
            ),
          );
        perStage.set(key, ins.line);
        if (ins.keyword !== 'HEALTHCHECK' && !ins.json && w.stages[stage]?.shell.join(' ') === '/bin/sh -c') {
          out.push(
            finding(
              'JSONArgsRecommended',
              'warning',
              at,
              `JSON arguments recommended for ${ins.keyword} to prevent unintended behavior related to OS signals.`,
              'In shell form the command runs under `/bin/sh -c`, which becomes PID 1 and does not forward SIGTERM: `docker stop` waits 10 seconds and then kills your app.',
              `Write it as a JSON array: \`${ins.keyword} [${ins.args
                .split(/\s+/)
                .map((x) => JSON.stringify(x))
                .join(', ')}]\`.`,
            ),
          );
        }
        break;
      }
      case 'MAINTAINER':
        out.push(
          finding(
            'MaintainerDeprecated',
            'warning',
            at,
            'The MAINTAINER instruction is deprecated, use a label instead to define an image author.',
            'MAINTAINER has been deprecated since Docker 1.13; tools read the OCI label.',
            `Write \`LABEL org.opencontainers.image.authors="${ins.args}"\`.`,
          ),
        );
        break;
      case 'ENV':
      case 'LABEL':
        if (/^[^\s=]+\s/.test(ins.args.trim()) && !/^[^\s=]+=/.test(ins.args.trim()))
          out.push(
            finding(
              'LegacyKeyValueFormat',
              'warning',
              at,
              `"${ins.keyword} key=value" should be used instead of legacy "${ins.keyword} key value" format.`,
              'In the legacy form everything after the first space is one value, which surprises when you add a second variable.',
              `Write \`${ins.keyword} ${ins.args.trim().replace(/\s+/, '=')}\` (quote the value if it has spaces).`,
            ),
          );
        break;
      case 'EXPOSE':
        for (const p of (w.expanded.get(ins.line)?.value ?? ins.args).split(/\s+/).filter(Boolean)) {
          if (/\/(TCP|UDP|SCTP)$/i.test(p) && p !== p.toLowerCase())
            out.push(
              finding(
                'ExposeProtoCasing',
                'warning',
                at,
                `Defined protocol '${p}' in EXPOSE instruction should be lowercase.`,
                'Protocols are `tcp`, `udp` and `sctp`.',
                `Write \`${p.toLowerCase()}\`.`,
              ),
            );
          if (p.split(':').length > 1)
            out.push(
              finding(
                'ExposeInvalidFormat',
                'warning',
                at,
                `EXPOSE instruction should not define an IP address or host-port mapping, found '${p}'.`,
                'EXPOSE only documents the container port; publishing (with a host port or address) is done by `docker run -p` or Compose `ports:`.',
                `Write \`EXPOSE ${p.split(':').pop()}\`.`,
              ),
            );
        }
        break;
    }
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
      const names = ins.keyword === 'ARG' ? argPairs(ins.words).map(([k]) => k) : envPairs(ins.args).map(([k]) => k);
      for (const n of names.filter(isSecretName)) {
        out.push(
          finding(
            'SecretsUsedInArgOrEnv',
            'warning',
            at,
            `Do not use ARG or ENV instructions for sensitive data (${ins.keyword} "${n}").`,
            `${ins.keyword === 'ENV' ? 'ENV values are stored in the image' : 'ARG values are recorded in the image history'}: anyone who can pull the image can read them.`,
            'Pass secrets at build time with `RUN --mount=type=secret,id=…` and at run time with environment variables or Compose secrets.',
          ),
        );
      }
    }
  }
  if (casings.upper && casings.lower) {
    const minority = casings.upper >= casings.lower ? 'lowercase' : 'uppercase';
    const s = w.steps.find(
      ({ instr }) =>
        /^[A-Za-z]+$/.test(instr.typed) &&
        (minority === 'lowercase' ? instr.typed === instr.typed.toLowerCase() : instr.typed === instr.typed.toUpperCase()),
    );
    if (s)
      out.push(
        finding(
          'ConsistentInstructionCasing',
          'warning',
          { line: s.instr.line, column: s.instr.column },
          `Command '${s.instr.typed}' should match the case of the command majority (${minority === 'lowercase' ? 'uppercase' : 'lowercase'}).`,
          'Instructions work in any case, but mixed casing makes the file harder to read.',
          'Write all instructions in upper case.',
        ),
      );
  }
  return out;
}
