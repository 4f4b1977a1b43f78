/**
 * A host's whole state as compact JSON: the build runs an exercise's setup
 * once with every part (`createEngine()`) and writes `saveHost()` into the
 * page; restore-host.ts rebuilds the host from it in the browser. A restored
 * host answers every later line exactly as the host that ran the setup would
 * (tests/unit/engine/saved-host.test.ts). What equals a fresh host's state is
 * left out. Pure: no DOM.
 */
import type { DockerHost } from './docker-host.ts';
import { applyFiles, checksum, type FilesByOwner, SAVED_HOST_VERSION, type SavedBody, type SavedHost } from './restore-host.ts';

export { readSavedHost, restoreHost, type SavedHost } from './restore-host.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const nested = (m: Map<string, Map<string, string>>): FilesByOwner => [...m].map(([k, v]) => [k, [...v]]);

/** The host's state, leaving out what `fresh` (a new host with the same seed) already has. */
export function saveHost(host: DockerHost, fresh: DockerHost): SavedHost {
  const s = host.state;
  const f = fresh.state;
  const body: SavedBody = {
    rng: s.rng.position,
    clock: host.clockAt,
    subnet: s.subnetCounter,
    status: host.lastStatus,
    networks: s.networks,
  };
  const opt = <K extends keyof SavedBody>(key: K, value: SavedBody[K], empty: unknown) => {
    if (!same(value, empty)) body[key] = value;
  };
  opt('images', s.images, []);
  opt('containers', s.containers, []);
  opt('volumes', s.volumes, []);
  opt('files', savedFiles(s.files, f.files), { drop: [], set: [] });
  opt('cwd', s.cwd, f.cwd);
  opt('env', s.env, f.env);
  opt('registry', s.registry, f.registry);
  opt('buildCache', [...s.buildCache], []);
  opt('imageFiles', nested(s.imageFiles), []);
  opt('containerFiles', nested(s.containerFiles), []);
  opt('volumeFiles', nested(s.volumeFiles), []);
  if (host.attached) body.attached = host.attached;
  if (host.foreground) body.foreground = host.foreground;
  const clean = JSON.parse(JSON.stringify(body)) as SavedBody;
  return { v: SAVED_HOST_VERSION, sum: checksum(JSON.stringify(clean)), ...clean };
}

/** The files that differ from a fresh host's; every file listed when only that keeps their order. */
function savedFiles(files: Map<string, string>, fresh: Map<string, string>): SavedBody['files'] {
  const drop = [...fresh.keys()].filter((k) => !files.has(k));
  const set = [...files].filter(([k, v]) => fresh.get(k) !== v);
  const rebuilt = applyFiles(new Map(fresh), { drop, set });
  return same([...rebuilt.keys()], [...files.keys()]) ? { drop, set } : { drop: [...fresh.keys()], set: [...files] };
}
