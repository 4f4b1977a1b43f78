/**
 * Loads a compose file the way Compose does for the keys the course uses:
 * project name (`name:`, `-p`, or the folder), `${VAR:-default}`
 * interpolation from the shell and `.env`, services with build/image/ports/
 * environment/volumes/depends_on/command/networks, the hardening keys
 * (read_only, tmpfs, cap_add, cap_drop, security_opt, user), named volumes and networks.
 */
import type { State } from '../state.ts';
import { type YamlValue, YamlError, parseYaml } from './yaml.ts';

export interface ServiceSpec {
  name: string;
  build: { context: string; dockerfile: string } | null;
  image: string | null;
  ports: string[];
  environment: Record<string, string>;
  volumes: string[];
  dependsOn: string[];
  command: string[] | null;
  entrypoint: string[] | null;
  networks: string[];
  containerName: string | null;
  workingDir: string | null;
  /** Hardening keys, as `docker run` flags: `--read-only`, `--tmpfs`, `--cap-add/--cap-drop`, `--security-opt`, `-u`. */
  readOnly: boolean;
  tmpfs: string[];
  capAdd: string[];
  capDrop: string[];
  securityOpt: string[];
  user: string | null;
}

export interface Project {
  name: string;
  dir: string;
  file: string;
  services: ServiceSpec[];
  volumes: Record<string, { name: string }>;
  networks: Record<string, { name: string; external: boolean }>;
  warnings: string[];
  /** The interpolated file, for `docker compose config`. */
  model: Record<string, YamlValue>;
}

export class ComposeError extends Error {}

const FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

function dotenv(state: State, dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of (state.files.get(`${dir}/.env`) ?? '').split('\n')) {
    const m = /^\s*([A-Za-z_]\w*)\s*=\s*(.*)$/.exec(line);
    if (m) out[m[1] as string] = (m[2] as string).replace(/^["']|["']$/g, '');
  }
  return out;
}

function interpolate(v: YamlValue, env: Record<string, string>, warnings: Set<string>): YamlValue {
  if (typeof v === 'string') {
    return v.replace(
      /\$\$|\$\{([A-Za-z_]\w*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_]\w*)/g,
      (m, a: string, colon: string, op: string, def: string, b: string) => {
        if (m === '$$') return '$';
        const name = a ?? b;
        const value = env[name];
        if (op === '-') return value === undefined || (colon && value === '') ? def : value;
        if (value === undefined) {
          warnings.add(`The "${name}" variable is not set. Defaulting to a blank string.`);
          return '';
        }
        return value;
      },
    );
  }
  if (Array.isArray(v)) return v.map((x) => interpolate(x, env, warnings));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, interpolate(x, env, warnings)]));
  return v;
}

const list = (v: YamlValue | undefined): string[] =>
  Array.isArray(v) ? v.map(String) : v && typeof v === 'object' ? Object.keys(v) : v == null ? [] : [String(v)];
const words = (v: YamlValue | undefined): string[] | null =>
  v == null ? null : Array.isArray(v) ? v.map(String) : String(v).split(/\s+/).filter(Boolean);

const yamlCache = new Map<string, YamlValue>();
/** The parsed file, cached by text: interpolation copies it, nothing changes it. */
function cachedYaml(text: string): YamlValue {
  let hit = yamlCache.get(text);
  if (hit === undefined) {
    if (yamlCache.size > 20) yamlCache.clear();
    hit = parseYaml(text);
    yamlCache.set(text, hit);
  }
  return hit;
}

export function findComposeFile(state: State, dir: string, explicit?: string): string | undefined {
  if (explicit) return explicit.startsWith('/') ? explicit : `${dir}/${explicit}`;
  for (let d = dir; d; d = d.slice(0, d.lastIndexOf('/'))) {
    for (const f of FILES) if (state.files.has(`${d}/${f}`)) return `${d}/${f}`;
  }
  return undefined;
}

export function loadProject(state: State, cwd: string, opts: { file?: string; name?: string }): Project {
  const file = findComposeFile(state, cwd, opts.file);
  if (!file) throw new ComposeError('no configuration file provided: not found');
  const text = state.files.get(file);
  if (text === undefined) throw new ComposeError(`open ${file}: no such file or directory`);
  const dir = file.slice(0, file.lastIndexOf('/'));
  let raw: YamlValue;
  try {
    raw = cachedYaml(text);
  } catch (e) {
    throw new ComposeError(`${(e as YamlError).message.replace(/^yaml: /, `yaml: `)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ComposeError(`${file}: top-level object must be a mapping`);
  const warnings = new Set<string>();
  const env = { ...dotenv(state, dir), ...state.env };
  const model = interpolate(raw, env, warnings) as Record<string, YamlValue>;
  if ('version' in model)
    warnings.add(`${file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
  const name = (opts.name ?? (typeof model.name === 'string' ? model.name : (dir.split('/').pop() ?? 'project')))
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '');
  const svcs = (model.services ?? {}) as Record<string, Record<string, YamlValue>>;
  if (typeof svcs !== 'object' || Array.isArray(svcs)) throw new ComposeError('services must be a mapping');
  const services: ServiceSpec[] = Object.entries(svcs).map(([sname, s]) => {
    const b = s.build;
    const build =
      b == null
        ? null
        : typeof b === 'object' && !Array.isArray(b)
          ? { context: String(b.context ?? '.'), dockerfile: String(b.dockerfile ?? 'Dockerfile') }
          : { context: String(b), dockerfile: 'Dockerfile' };
    if (!build && !s.image)
      throw new ComposeError(`service "${sname}" has neither an image nor a build context specified: invalid compose project`);
    const environment: Record<string, string> = {};
    if (Array.isArray(s.environment)) {
      for (const kv of s.environment.map(String)) {
        const eq = kv.indexOf('=');
        if (eq < 0) {
          if (env[kv] !== undefined) environment[kv] = env[kv] as string;
        } else environment[kv.slice(0, eq)] = kv.slice(eq + 1);
      }
    } else if (s.environment && typeof s.environment === 'object') {
      for (const [k, v] of Object.entries(s.environment)) {
        if (v === null) {
          if (env[k] !== undefined) environment[k] = env[k] as string;
        } else environment[k] = String(v);
      }
    }
    return {
      name: sname,
      build,
      image: s.image == null ? null : String(s.image),
      ports: list(s.ports),
      environment,
      volumes: list(s.volumes),
      dependsOn: list(s.depends_on),
      command: words(s.command),
      entrypoint: words(s.entrypoint),
      networks: list(s.networks),
      containerName: s.container_name == null ? null : String(s.container_name),
      workingDir: s.working_dir == null ? null : String(s.working_dir),
      readOnly: s.read_only === true,
      tmpfs: list(s.tmpfs),
      capAdd: list(s.cap_add),
      capDrop: list(s.cap_drop),
      securityOpt: list(s.security_opt),
      user: s.user == null ? null : String(s.user),
    };
  });
  const volumes: Project['volumes'] = {};
  for (const [k, v] of Object.entries((model.volumes ?? {}) as Record<string, YamlValue>)) {
    const o = (v ?? {}) as Record<string, YamlValue>;
    volumes[k] = { name: typeof o.name === 'string' ? o.name : `${name}_${k}` };
  }
  const networks: Project['networks'] = {};
  for (const [k, v] of Object.entries((model.networks ?? {}) as Record<string, YamlValue>)) {
    const o = (v ?? {}) as Record<string, YamlValue>;
    networks[k] = { name: typeof o.name === 'string' ? o.name : `${name}_${k}`, external: o.external === true };
  }
  if (services.some((s) => s.networks.length === 0) && !networks.default) networks.default = { name: `${name}_default`, external: false };
  for (const s of services) {
    for (const n of s.networks)
      if (!networks[n]) throw new ComposeError(`service "${s.name}" refers to undefined network ${n}: invalid compose project`);
    for (const d of s.dependsOn)
      if (!svcs[d]) throw new ComposeError(`service "${s.name}" depends on undefined service "${d}": invalid compose project`);
    for (const v of s.volumes) {
      const src = v.split(':')[0] as string;
      if (v.includes(':') && !/^[./~]/.test(src) && !volumes[src])
        throw new ComposeError(`service "${s.name}" refers to undefined volume ${src}: invalid compose project`);
    }
  }
  return { name, dir, file, services: orderByDeps(services), volumes, networks, warnings: [...warnings], model };
}

/** Services in `depends_on` order (dependencies first), stable otherwise. */
function orderByDeps(services: ServiceSpec[]): ServiceSpec[] {
  const out: ServiceSpec[] = [];
  const seen = new Set<string>();
  const visit = (s: ServiceSpec, depth: number) => {
    if (seen.has(s.name) || depth > services.length) return;
    for (const d of s.dependsOn) {
      const dep = services.find((x) => x.name === d);
      if (dep) visit(dep, depth + 1);
    }
    seen.add(s.name);
    out.push(s);
  };
  for (const s of services) visit(s, 0);
  return out;
}
