// @ts-check
// Shared by the scripts that start a long-running server as a child process.

/**
 * Pass SIGINT/SIGTERM/SIGHUP on to `child`, and leave with its exit status once
 * it has ended, so that Ctrl-C or a `kill` of the parent never leaves the server
 * running and holding its port. `npm start` runs us under `sh -c`; when npm is
 * sent SIGTERM it signals that shell, which dies without passing the signal on,
 * so we also watch for our parent going away and stop the child then. A child
 * that ignores the signal for 5 s is killed outright.
 * @param {import('node:child_process').ChildProcess} child
 */
export function forwardSignals(child) {
  const stop = (/** @type {NodeJS.Signals} */ sig) => {
    child.kill(sig);
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  };
  for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(sig, () => stop(sig));
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(watch);
      stop('SIGTERM');
    }
  }, 500);
  watch.unref();
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 143 : 0)));
}
