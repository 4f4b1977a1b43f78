/**
 * The hardening options of `docker run`/`create`: `--cap-add`, `--cap-drop`
 * and `--security-opt`, checked and stored as Docker does. The client
 * normalizes capabilities before sending them (moby client
 * `container_create.go`: upper-case, `CAP_` prefix, no duplicates, sorted;
 * `ALL` stays `ALL`), the daemon rejects names it does not know
 * (`daemon/container.go` `validateCapabilities`), and the client rejects a
 * security option without a value (cli `opts.go` `parseSecurityOpts`).
 */
// No value imports: the exercise checks use normalizeCapability without pulling in the engine.
import type { UsageError } from '../flags.ts';

// The Linux capabilities (capability.h) without the `CAP_` prefix, as moby knows them.
const KNOWN = new Set(
  (
    'CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER FSETID KILL SETGID SETUID SETPCAP LINUX_IMMUTABLE NET_BIND_SERVICE ' +
    'NET_BROADCAST NET_ADMIN NET_RAW IPC_LOCK IPC_OWNER SYS_MODULE SYS_RAWIO SYS_CHROOT SYS_PTRACE SYS_PACCT SYS_ADMIN ' +
    'SYS_BOOT SYS_NICE SYS_RESOURCE SYS_TIME SYS_TTY_CONFIG MKNOD LEASE AUDIT_WRITE AUDIT_CONTROL SETFCAP MAC_OVERRIDE ' +
    'MAC_ADMIN SYSLOG WAKE_ALARM BLOCK_SUSPEND AUDIT_READ PERFMON BPF CHECKPOINT_RESTORE'
  ).split(' '),
);

/** `net_raw` → `CAP_NET_RAW`; `all` → `ALL`. */
export function normalizeCapability(name: string): string {
  const upper = name.toUpperCase();
  return upper === 'ALL' || upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
}

/**
 * Whether a container runs without `cap` (any spelling; `ALL` means every one):
 * named in `--cap-drop`, or dropped by `--cap-drop ALL` and not given back by `--cap-add`.
 */
export function dropsCapability(c: { capDrop: readonly string[]; capAdd: readonly string[] }, cap: string): boolean {
  const wanted = normalizeCapability(cap);
  if (c.capDrop.includes(wanted)) return true;
  return wanted !== 'ALL' && c.capDrop.includes('ALL') && !c.capAdd.includes(wanted);
}

/** What the client sends: normalized, without duplicates, sorted. */
export function normalizeCapabilities(names: readonly string[]): string[] {
  return [...new Set(names.map(normalizeCapability))].sort();
}

/** The daemon's check of CapAdd/CapDrop (normalized): its error for the first unknown name. */
export function capabilityError(field: 'CapAdd' | 'CapDrop', caps: readonly string[]): string | undefined {
  const unknown = caps.find((c) => c !== 'ALL' && !KNOWN.has(c.slice(4)));
  return unknown === undefined ? undefined : `Error response from daemon: invalid ${field}: unknown capability: "${unknown}"`;
}

/** The client's check of `--security-opt`: only `no-new-privileges` goes without a value. */
export function parseSecurityOpts(opts: readonly string[], fail: (message: string) => UsageError): string[] {
  for (const opt of opts) {
    let [key, value, ok] = cut(opt, '=');
    if (!ok && key !== 'no-new-privileges') [key, value, ok] = cut(opt, ':');
    if ((!ok || value === '') && key !== 'no-new-privileges') throw fail(`invalid --security-opt: "${opt}"`);
  }
  // The client handles this one itself (masked and read-only paths) and does not send it.
  return opts.filter((o) => o !== 'systempaths=unconfined');
}

function cut(s: string, sep: string): [string, string, boolean] {
  const at = s.indexOf(sep);
  return at < 0 ? [s, '', false] : [s.slice(0, at), s.slice(at + 1), true];
}
