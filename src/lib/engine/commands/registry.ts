/** docker login, logout and push against the simulated Docker Hub. */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import { type Parsed, flag, flagBool } from '../flags.ts';
import type { Handler } from './docker.ts';
import { EngineError, daemonCall } from './shared.ts';
import { normalizeRef, splitRef } from '../state.ts';
import { digestOf } from '../rng.ts';
import { HOME } from '../workspace.ts';

const HUB = 'docker.io';

function login(ctx: Ctx, p: Parsed): number {
  const server = p.args[0] ?? HUB;
  if (server !== HUB && server !== 'index.docker.io' && server !== 'https://index.docker.io/v1/') {
    writeErr(ctx, `this practice host only simulates Docker Hub; it cannot log in to ${server}\n`);
    return 1;
  }
  const user = flag(p, 'username');
  if (!user) {
    writeErr(
      ctx,
      'this practice host cannot open the web-based Docker Hub login that `docker login` starts; use `docker login -u NAME` (any password works here)\n',
    );
    return 1;
  }
  if (flag(p, 'password') !== undefined) writeErr(ctx, 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
  else if (!flagBool(p, 'password-stdin')) {
    writeErr(
      ctx,
      '\ni Info → A Personal Access Token (PAT) can be used instead.\n         To create a PAT, visit https://app.docker.com/settings\n         \n         \n',
    );
    write(ctx, 'Password: \n');
  }
  writeErr(
    ctx,
    `\nWARNING! Your credentials are stored unencrypted in '${HOME}/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`,
  );
  ctx.state.registry.logins[HUB] = user;
  write(ctx, 'Login Succeeded\n');
  return 0;
}

function logout(ctx: Ctx, p: Parsed): number {
  const server = p.args[0] ?? HUB;
  if (!ctx.state.registry.logins[HUB]) {
    write(ctx, `Not logged in to ${server}\n`);
    return 0;
  }
  delete ctx.state.registry.logins[HUB];
  write(ctx, `Removing login credentials for ${server === HUB ? 'https://index.docker.io/v1/' : server}\n`);
  return 0;
}

function push(ctx: Ctx, p: Parsed): number {
  return daemonCall(ctx, () => {
    const ref = p.args[0] as string;
    const { name, tag } = splitRef(ref);
    const img = ctx.state.findImage(ref);
    if (!img) throw new EngineError(`Error response from daemon: No such image: ${normalizeRef(ref)}`);
    const repo = name.includes('/') ? name : `library/${name}`;
    write(ctx, `The push refers to repository [docker.io/${repo}]\n`);
    const user = ctx.state.registry.logins[HUB];
    if (!user || repo.split('/')[0] !== user) {
      throw new EngineError(
        'push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
      );
    }
    for (const layer of [...img.layers].reverse()) write(ctx, `${layer.slice(7, 19)}: Pushed\n`);
    const digest = 'sha256:' + digestOf(`push ${name}:${tag} ${img.id}`);
    const repoMap = (ctx.state.registry.pushed[name] ??= {});
    repoMap[tag] = digest;
    if (!img.repoDigests.includes(`${name}@${digest}`)) img.repoDigests.push(`${name}@${digest}`);
    write(ctx, `${tag}: digest: ${digest} size: 856\n`);
    return 0;
  });
}

export const REGISTRY_HANDLERS: Record<string, Handler> = {
  'docker login': { rule: ['max', 1], run: login },
  'docker logout': { rule: ['max', 1], run: logout },
  'docker image push': { rule: ['exact', 1], run: push },
};
