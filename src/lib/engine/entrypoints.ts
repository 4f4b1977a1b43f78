/**
 * What an image's entrypoint script finally runs (its `exec "$@"`), so that
 * `docker run IMAGE ARGS` behaves as the real script decides:
 * - curl/curl-container `entrypoint.sh`: ARGS that start with `-` or whose
 *   first word is not a program in the image go to `curl`
 *   (`docker run curlimages/curl -s http://web` runs `curl -s http://web`);
 * - docker-library `docker-entrypoint.sh`: node runs ARGS with `node` on the
 *   same rule; postgres and redis put their server in front of options
 *   (`docker run postgres -c shared_buffers=256MB`);
 * - nginx's `/docker-entrypoint.sh` runs ARGS as they are.
 */
export function entrypointTarget(argv: readonly string[], known: ReadonlySet<string>): string[] {
  const [exe = '', ...args] = argv;
  const first = args[0];
  const option = first !== undefined && first.startsWith('-');
  const program = first !== undefined && known.has(first);
  if (exe === '/entrypoint.sh' && known.has('curl')) return option || !program ? ['curl', ...args] : args;
  if (exe !== 'docker-entrypoint.sh' && exe !== '/usr/local/bin/docker-entrypoint.sh' && exe !== '/docker-entrypoint.sh') return [...argv];
  if (known.has('postgres') && option) return ['postgres', ...args];
  if (known.has('redis-server') && (option || first?.endsWith('.conf'))) return ['redis-server', ...args];
  if (known.has('node') && (option || !program)) return ['node', ...args];
  return args;
}
