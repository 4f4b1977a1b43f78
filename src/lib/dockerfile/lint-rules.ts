/**
 * The mistakes learners meet that Docker's build checks do not cover
 * (the ground linters such as hadolint cover), each with why and a fix.
 */
import { finding, type Finding } from '../files/types.ts';
import type { Walk } from './analyze.ts';
import { endOfLife } from './image-ref.ts';
import { envPairs } from './pairs.ts';
import { rootImage } from './state.ts';

const INSTALL =
  /\b(pip3?|python3? -m pip) install\b|\bnpm (install|ci|i)\b|\byarn( install)?\s*($|&&|;)|\bpnpm install\b|\bbundle install\b|\bgo mod download\b|\bcomposer install\b|\bpoetry install\b/;

export function lintRules(w: Walk): Finding[] {
  const out: Finding[] = [];
  const copiedAll = new Map<number, number>();
  for (const { instr: ins, stage } of w.steps) {
    const at = { line: ins.line, column: ins.column };
    const run =
      ins.keyword === 'RUN'
        ? ins.heredocs.length
          ? ins.heredocs.map((h) => h.body).join('\n')
          : ins.json
            ? ins.json.join(' ')
            : ins.args
        : '';
    switch (ins.keyword) {
      case 'FROM': {
        const s = w.stages[stage];
        if (!s?.image) break;
        const img = s.image;
        if (!img.tag && !img.digest)
          out.push(
            finding(
              'UnpinnedBaseImage',
              'warning',
              at,
              `\`${s.base}\` has no tag, so Docker uses \`latest\`.`,
              '`latest` moves whenever the maintainers publish a new release: the same Dockerfile builds a different image next month.',
              `Pin a version, e.g. \`${img.repository}:<version>-slim\`.`,
            ),
          );
        else if (img.tag === 'latest')
          out.push(
            finding(
              'LatestTag',
              'warning',
              at,
              `\`${s.base}\` uses the \`latest\` tag.`,
              '`latest` is just the default tag name, not a promise of the newest version, and it changes under you.',
              'Use a specific version tag (and a digest for repeatable builds).',
            ),
          );
        const eol = endOfLife(img);
        if (eol)
          out.push(
            finding(
              'EolBaseImage',
              'warning',
              at,
              `\`${s.base}\` is past its end of life: ${eol}.`,
              'An end-of-life base gets no security fixes, and scanners will flag the image.',
              img.repository === 'python'
                ? 'Use a supported base such as `python:3.12-slim` (or pin a current Debian: `-bookworm`, `-trixie`).'
                : 'Move to a supported version of the image and a current Debian or Alpine release.',
            ),
          );
        break;
      }
      case 'RUN':
        if (/^\s*(apt-get|apt|apk) update\s*$/.test(run))
          out.push(
            finding(
              'AptGetUpdateAlone',
              'warning',
              at,
              '`apt-get update` runs in a RUN of its own.',
              'The layer is cached: a later `apt-get install` line changed weeks after reuses the old, stale package lists and can fail or install outdated packages.',
              'Combine them: `RUN apt-get update && apt-get install -y --no-install-recommends <pkgs> && rm -rf /var/lib/apt/lists/*`.',
            ),
          );
        if (/\bapt(-get)? (-\S+ )*install\b/.test(run)) {
          if (!run.includes('--no-install-recommends'))
            out.push(
              finding(
                'AptNoInstallRecommends',
                'info',
                at,
                '`apt-get install` without `--no-install-recommends`.',
                'Recommended packages are installed too, which can make the image much larger.',
                'Add `--no-install-recommends` and list what you really need.',
              ),
            );
          if (!/rm -rf \/var\/lib\/apt\/lists/.test(run) && !ins.flags.mount)
            out.push(
              finding(
                'AptCacheNotCleaned',
                'info',
                at,
                'The apt package lists are left in the image.',
                'They are only needed while installing, yet stay in the layer (tens of MB).',
                'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`.',
              ),
            );
        }
        if (/\bapk add\b/.test(run) && !run.includes('--no-cache'))
          out.push(
            finding(
              'ApkNoCache',
              'info',
              at,
              '`apk add` without `--no-cache`.',
              'The package index stays in the layer.',
              'Use `apk add --no-cache <pkgs>`.',
            ),
          );
        if (
          /\bpip3? install\b/.test(run) &&
          !/--no-cache-dir|PIP_NO_CACHE_DIR/.test(run) &&
          !ins.flags.mount &&
          ![...(w.stages[stage]?.env.keys() ?? [])].includes('PIP_NO_CACHE_DIR')
        )
          out.push(
            finding(
              'PipNoCacheDir',
              'info',
              at,
              '`pip install` keeps its download cache in the image.',
              'The cache is never used again in the image and only adds size.',
              'Add `--no-cache-dir`.',
            ),
          );
        if (INSTALL.test(run) && copiedAll.has(stage))
          out.push(
            finding(
              'CopyAllBeforeInstall',
              'warning',
              at,
              `Dependencies are installed after \`COPY . …\` on line ${copiedAll.get(stage)}.`,
              'Any change to any file in the context invalidates that COPY, so this slow install runs again on every code change.',
              'Copy only the dependency files first (`COPY requirements.txt .` / `COPY package.json package-lock.json ./`), install, then `COPY . .`.',
            ),
          );
        break;
      case 'COPY':
      case 'ADD': {
        const src = (ins.json ?? ins.words).slice(0, -1);
        if (!ins.flags.from && src.includes('.')) copiedAll.set(stage, copiedAll.get(stage) ?? ins.line);
        if (
          ins.keyword === 'ADD' &&
          !ins.heredocs.length &&
          src.length &&
          src.every((s) => !/^(https?|git)[:@]|\.(tar|tgz|tar\.\w+|tbz2?|txz)$|\.git$/.test(s))
        ) {
          out.push(
            finding(
              'AddInsteadOfCopy',
              'warning',
              at,
              'ADD is used where COPY does the job.',
              'ADD also unpacks archives and fetches URLs, so a reader cannot tell what it will do; COPY does only the copy.',
              `Write \`COPY ${ins.args}\`.`,
            ),
          );
        }
        break;
      }
      case 'ENV':
        for (const [k, v] of envPairs(ins.args)) {
          if (k === 'FLASK_ENV')
            out.push(
              finding(
                'FlaskEnvRemoved',
                'warning',
                at,
                '`FLASK_ENV` no longer does anything.',
                'It was deprecated in Flask 2.2 and removed in Flask 2.3; a current Flask ignores it.',
                v === 'development'
                  ? 'Use `ENV FLASK_DEBUG=1` (development only) or `flask run --debug`.'
                  : 'Remove it; use `FLASK_DEBUG` to turn the debugger on or off.',
              ),
            );
        }
        break;
      case 'CMD':
      case 'ENTRYPOINT': {
        const text = ins.json ? ins.json.join(' ') : ins.args;
        if (
          /\bflask\b.*\brun\b/.test(text) &&
          !/--host[= ]0\.0\.0\.0|-h 0\.0\.0\.0/.test(text) &&
          !w.stages[stage]?.env.has('FLASK_RUN_HOST')
        ) {
          out.push(
            finding(
              'FlaskListensOnLocalhost',
              'warning',
              at,
              '`flask run` listens on 127.0.0.1 only.',
              'Inside a container, 127.0.0.1 is the container itself: a published port cannot reach the app.',
              'Add `--host=0.0.0.0` (or `ENV FLASK_RUN_HOST=0.0.0.0`).',
            ),
          );
        }
        break;
      }
    }
  }
  const last = w.stages[w.stages.length - 1];
  // Images built to run unprivileged (nginx-unprivileged, distroless :nonroot) already set a user.
  const root = last ? (rootImage(last) ?? '') : '';
  if (last && !last.user && !last.scratch && !/unprivileged|rootless|nonroot/.test(root)) {
    const from = w.steps.find((s) => s.instr.keyword === 'FROM' && s.stage === last.index)!.instr;
    out.push(
      finding(
        'NoUser',
        'warning',
        { line: from.line, column: from.column },
        'The final stage never sets USER, so the container runs as root (unless the base image sets a user).',
        'A process running as root in the container makes any break-out or file-permission mistake far more dangerous.',
        'Create an unprivileged user and switch to it near the end: `RUN useradd --create-home app` then `USER app` (Alpine: `adduser -D app`).',
      ),
    );
  }
  return out;
}
