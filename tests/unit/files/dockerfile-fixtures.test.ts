/**
 * Every Dockerfile under tests/fixtures/files/dockerfile/ and the course's own
 * (src/lib/files/examples/) is explained without a crash, with exactly the
 * expected findings (rule@line) and the expected final command, directory and user.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { explainDockerfile } from '../../../src/lib/dockerfile/index';

const FIXTURES = 'tests/fixtures/files/dockerfile/';
const EXAMPLES = 'src/lib/files/examples/';

interface Expected {
  findings: string[];
  /** The command line the container runs, or null when it comes from the base image. */
  command: string | null;
  workdir: string;
  user: string;
}

const cases: Record<string, Expected> = {
  [`${EXAMPLES}course-backend.Dockerfile`]: {
    findings: ['EolBaseImage@1', 'FlaskEnvRemoved@10', 'NoUser@1', 'PipNoCacheDir@6', 'UndefinedVar@12'],
    command: 'python3 -m flask run --host=0.0.0.0 --port=4567',
    workdir: '/backend-flask',
    user: 'root',
  },
  [`${EXAMPLES}course-frontend.Dockerfile`]: {
    findings: ['CopyAllBeforeInstall@7', 'EolBaseImage@1', 'NoUser@1'],
    command: 'npm start',
    workdir: '/frontend-react-js',
    user: 'root',
  },
  [`${EXAMPLES}broken.Dockerfile`]: {
    findings: [
      'AddInsteadOfCopy@5',
      'AptCacheNotCleaned@7',
      'AptGetUpdateAlone@6',
      'AptNoInstallRecommends@7',
      'CopyAllBeforeInstall@9',
      'ExposeProtoCasing@11',
      'FlaskEnvRemoved@10',
      'FlaskListensOnLocalhost@12',
      'FlaskListensOnLocalhost@13',
      'FromAsCasing@1',
      'JSONArgsRecommended@12',
      'JSONArgsRecommended@13',
      'LatestTag@1',
      'LegacyKeyValueFormat@10',
      'MaintainerDeprecated@2',
      'MultipleInstructionsDisallowed@13',
      'NoUser@1',
      'PipNoCacheDir@9',
      'SecretsUsedInArgOrEnv@3',
      'StageNameCasing@1',
      'UnknownInstruction@14',
      'WorkdirRelativePath@4',
    ],
    // The JSON array is cut by a line break without `\`, so it is not valid JSON: Docker falls back to the shell form.
    command: `/bin/sh -c '["python3", "-m", "flask", "run",'`,
    workdir: '/app',
    user: 'root',
  },
  [`${FIXTURES}homework-backend.Dockerfile`]: {
    findings: ['NoUser@1'],
    command: 'python3 -m flask run --host=0.0.0.0 --port=4567',
    workdir: '/backend-flask',
    user: 'root',
  },
  [`${FIXTURES}homework-frontend.Dockerfile`]: {
    findings: ['NoUser@1'],
    command: 'npm start',
    workdir: '/frontend-react-js',
    user: 'root',
  },
  [`${FIXTURES}multistage-go.Dockerfile`]: { findings: [], command: '/app', workdir: '/', user: 'nonroot:nonroot' },
  [`${FIXTURES}heredocs.Dockerfile`]: { findings: [], command: 'bash', workdir: '/home/app', user: 'app' },
  [`${FIXTURES}entrypoint-shell-form.Dockerfile`]: {
    findings: ['JSONArgsRecommended@4'],
    command: `/bin/sh -c 'echo hello' world`,
    workdir: '/',
    user: 'app',
  },
  [`${FIXTURES}entrypoint-exec-cmd.Dockerfile`]: {
    findings: [],
    command: 'python3 -m flask run --host=0.0.0.0 --port=4567',
    workdir: '/backend-flask',
    user: '1000',
  },
  [`${FIXTURES}entrypoint-clears-cmd.Dockerfile`]: { findings: [], command: 'tini --', workdir: '/', user: '1000' },
  [`${FIXTURES}shell-instruction.Dockerfile`]: { findings: [], command: `pwsh -Command 'Write-Host "hello"'`, workdir: '/', user: '1000' },
  [`${FIXTURES}secrets-in-env.Dockerfile`]: {
    findings: ['SecretsUsedInArgOrEnv@2', 'SecretsUsedInArgOrEnv@3'],
    command: 'node server.js',
    workdir: '/app',
    user: 'node',
  },
  [`${FIXTURES}legacy-forms.Dockerfile`]: {
    findings: [
      'AptCacheNotCleaned@5',
      'AptNoInstallRecommends@5',
      'ConsistentInstructionCasing@4',
      'FromAsCasing@1',
      'LegacyKeyValueFormat@2',
      'WorkdirRelativePath@3',
    ],
    command: 'sleep infinity',
    workdir: '/app',
    user: 'nobody',
  },
  [`${FIXTURES}arg-redeclared.Dockerfile`]: { findings: [], command: 'sh', workdir: '/', user: '65534' },
  [`${FIXTURES}arg-not-redeclared.Dockerfile`]: { findings: ['UndefinedVar@3'], command: 'sh', workdir: '/', user: '65534' },
  [`${FIXTURES}no-cmd-nginx.Dockerfile`]: { findings: ['NoUser@1'], command: null, workdir: '/', user: 'root' },
  [`${FIXTURES}healthcheck-multiple-cmd.Dockerfile`]: {
    findings: ['MultipleInstructionsDisallowed@7'],
    command: 'python3 -m http.server 8000',
    workdir: '/srv',
    user: '1000',
  },
  [`${FIXTURES}expose-formats.Dockerfile`]: {
    findings: ['ExposeInvalidFormat@2', 'ExposeProtoCasing@2'],
    command: null,
    workdir: '/',
    user: 'root',
  },
  [`${FIXTURES}unpinned-bases.Dockerfile`]: {
    findings: ['LatestTag@4', 'UnpinnedBaseImage@1'],
    command: 'node',
    workdir: '/',
    user: 'node',
  },
  [`${FIXTURES}add-vs-copy.Dockerfile`]: {
    findings: ['AddInsteadOfCopy@4'],
    command: '/usr/local/bin/tool.sh',
    workdir: '/',
    user: '1000',
  },
  [`${FIXTURES}flask-localhost.Dockerfile`]: {
    findings: ['CopyAllBeforeInstall@4', 'FlaskListensOnLocalhost@6'],
    command: 'flask run --port=5000',
    workdir: '/app',
    user: '1000',
  },
};

describe('Dockerfile fixtures', () => {
  test('every fixture file has a case, and there are enough of them', () => {
    const files = [
      ...readdirSync(FIXTURES).map((f) => FIXTURES + f),
      ...readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('Dockerfile'))
        .map((f) => EXAMPLES + f),
    ];
    expect(files.sort()).toEqual(Object.keys(cases).sort());
    expect(files.length).toBeGreaterThanOrEqual(18);
  });

  test.each(Object.entries(cases))('%s', (file, want) => {
    const r = explainDockerfile(readFileSync(file, 'utf8'));
    expect(r.findings.map((f) => `${f.rule}@${f.line}`).sort()).toEqual(want.findings);
    expect(r.finalCommand?.argv === null ? null : r.finalCommand?.display).toEqual(want.command);
    expect(r.finalCommand?.workdir).toBe(want.workdir);
    expect(r.finalCommand?.user).toBe(want.user);
    // Every finding says why and how to fix it; every instruction is explained.
    for (const f of r.findings) expect(f.why.length * f.fix.length).toBeGreaterThan(0);
    for (const l of r.lines) expect(l.notes.length).toBeGreaterThan(0);
  });
});
