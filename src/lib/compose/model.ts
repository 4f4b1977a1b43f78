/**
 * The compose file normalised the way `docker compose` reads it: short and
 * long syntax folded into one shape, `${VAR}` interpolated (with what each
 * variable resolved to), and `extends` within the file merged.
 */
import { substitute } from '../files/substitute.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface PortMap {
  index: number;
  hostIp: string | null;
  published: string | null;
  target: string;
  protocol: string;
}
export interface Mount {
  index: number;
  type: 'bind' | 'volume' | 'anonymous' | 'tmpfs';
  source: string | null;
  target: string;
  readOnly: boolean;
}
export interface EnvVar {
  name: string;
  value: string | null;
  raw: string | null;
}
export interface Dependency {
  service: string;
  condition: string;
  required: boolean;
}
export interface VarUse {
  name: string;
  text: string;
  resolved: string;
  defined: boolean;
  hasFallback: boolean;
  path: (string | number)[];
}

export interface ServiceModel {
  name: string;
  image: string | null;
  build: { context: string; dockerfile: string; target: string | null; args: Record<string, string> } | null;
  ports: PortMap[];
  mounts: Mount[];
  /** Network keys; `default` when the service lists none. */
  networks: string[];
  networkMode: string | null;
  environment: EnvVar[];
  envFiles: string[];
  dependsOn: Dependency[];
  profiles: string[];
  healthcheck: 'own' | 'disabled' | 'image';
  containerName: string | null;
  replicas: number;
  privileged: boolean;
  links: string[];
  extendsFrom: string | null;
  raw: Obj;
}

export interface ComposeModel {
  name: string | null;
  services: ServiceModel[];
  networks: Record<string, Obj>;
  volumes: Record<string, Obj>;
  vars: VarUse[];
}

export type Env = (name: string) => string | undefined;

export function interpolate(value: unknown, env: Env, path: (string | number)[], vars: VarUse[]): unknown {
  if (typeof value === 'string') {
    const r = substitute(value, env, { dollarEscape: true });
    for (const u of r.used)
      vars.push({ name: u.name, text: u.text, resolved: r.value, defined: u.defined, hasFallback: u.hasFallback, path });
    return r.value;
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, [...path, i], vars));
  if (isObj(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env, [...path, k], vars)]));
  return value;
}

export function buildModel(data: Obj, env: Env = () => undefined): ComposeModel {
  const vars: VarUse[] = [];
  const d = interpolate(data, env, [], vars) as Obj;
  const rawServices = isObj(d.services) ? d.services : {};
  const written = isObj(data.services) ? data.services : {};
  const services = Object.entries(rawServices).map(([name]) => {
    const svc = service(name, withExtends(name, rawServices));
    // Keep the values as written too, so `${VAR}` can be shown next to what it became.
    const asWritten = mapOrList((withExtends(name, written) as Obj).environment, true);
    for (const e of svc.environment) e.raw = asWritten[e.name] ?? e.value;
    return svc;
  });
  return {
    name: typeof d.name === 'string' ? d.name : null,
    services,
    networks: objOf(d.networks),
    volumes: objOf(d.volumes),
    vars,
  };
}

function objOf(v: unknown): Record<string, Obj> {
  return isObj(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, isObj(x) ? x : {}])) : {};
}

function withExtends(name: string, all: Obj, seen = new Set<string>()): Obj {
  const s = isObj(all[name]) ? (all[name] as Obj) : {};
  const ext = s.extends;
  const base = typeof ext === 'string' ? ext : isObj(ext) && !ext.file ? String(ext.service) : null;
  if (!base || seen.has(name) || !isObj(all[base])) return s;
  seen.add(name);
  const parent = withExtends(base, all, seen);
  const merged: Obj = { ...parent };
  for (const [k, v] of Object.entries(s)) {
    const p = parent[k];
    merged[k] = Array.isArray(p) && Array.isArray(v) ? [...p, ...v] : isObj(p) && isObj(v) ? { ...p, ...v } : v;
  }
  return merged;
}

function service(name: string, s: Obj): ServiceModel {
  const b = s.build;
  const build =
    typeof b === 'string'
      ? { context: b, dockerfile: 'Dockerfile', target: null, args: {} }
      : isObj(b)
        ? {
            context: String(b.context ?? '.'),
            dockerfile: String(b.dockerfile ?? 'Dockerfile'),
            target: b.target ? String(b.target) : null,
            args: mapOrList(b.args),
          }
        : null;
  const nets = Array.isArray(s.networks) ? s.networks.map(String) : isObj(s.networks) ? Object.keys(s.networks) : [];
  const deps = Array.isArray(s.depends_on)
    ? s.depends_on.map((x) => ({ service: String(x), condition: 'service_started', required: true }))
    : isObj(s.depends_on)
      ? Object.entries(s.depends_on).map(([k, v]) => ({
          service: k,
          condition: String((v as Obj)?.condition ?? 'service_started'),
          required: (v as Obj)?.required !== false,
        }))
      : [];
  const hc = s.healthcheck;
  const deploy = isObj(s.deploy) ? s.deploy : {};
  const env = mapOrList(s.environment, true);
  const envFile = s.env_file;
  return {
    name,
    image: typeof s.image === 'string' ? s.image : null,
    build,
    ports: (Array.isArray(s.ports) ? s.ports : []).map(port),
    mounts: (Array.isArray(s.volumes) ? s.volumes : []).map(mount),
    networks: s.network_mode ? [] : nets.length ? nets : ['default'],
    networkMode: typeof s.network_mode === 'string' ? s.network_mode : null,
    environment: Object.entries(env).map(([k, v]) => ({ name: k, value: v, raw: v })),
    envFiles: (typeof envFile === 'string' ? [envFile] : Array.isArray(envFile) ? envFile : []).map((f) =>
      isObj(f) ? String(f.path) : String(f),
    ),
    dependsOn: deps,
    profiles: Array.isArray(s.profiles) ? s.profiles.map(String) : [],
    healthcheck: isObj(hc) ? (hc.disable === true || (Array.isArray(hc.test) && hc.test[0] === 'NONE') ? 'disabled' : 'own') : 'image',
    containerName: typeof s.container_name === 'string' ? s.container_name : null,
    replicas: Number(deploy.replicas ?? s.scale ?? 1) || 1,
    privileged: s.privileged === true,
    links: Array.isArray(s.links) ? s.links.map(String) : [],
    extendsFrom:
      typeof s.extends === 'string'
        ? s.extends
        : isObj(s.extends)
          ? `${s.extends.service}${s.extends.file ? ` in ${s.extends.file}` : ''}`
          : null,
    raw: s,
  };
}

function mapOrList(v: unknown, allowNull = false): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(v)) {
    for (const item of v.map(String)) {
      const eq = item.indexOf('=');
      if (eq < 0) {
        if (allowNull) out[item] = null as unknown as string;
      } else out[item.slice(0, eq)] = item.slice(eq + 1);
    }
  } else if (isObj(v)) {
    for (const [k, x] of Object.entries(v)) out[k] = x === null ? (null as unknown as string) : String(x);
  }
  return out;
}

/** `[ip:][host:]container[/proto]`, or the long syntax. */
export function port(p: unknown, index: number): PortMap {
  if (isObj(p)) {
    return {
      index,
      hostIp: p.host_ip ? String(p.host_ip) : null,
      published: p.published != null ? String(p.published) : null,
      target: String(p.target),
      protocol: String(p.protocol ?? 'tcp'),
    };
  }
  let s = String(p);
  let protocol = 'tcp';
  const slash = s.lastIndexOf('/');
  if (slash >= 0) {
    protocol = s.slice(slash + 1);
    s = s.slice(0, slash);
  }
  // An IPv6 host address is written in brackets: "[::1]:8080:80".
  const v6 = /^\[([^\]]+)\]:(.*)$/.exec(s);
  const parts = v6 ? [v6[1] ?? '', ...(v6[2] ?? '').split(':')] : s.split(':');
  const target = parts.pop()!;
  const published = parts.length ? parts.pop()! || null : null;
  const hostIp = parts.length ? parts.join(':') : null;
  return { index, hostIp, published, target, protocol };
}

/** `source:target[:mode]`, `target` alone, or the long syntax. */
export function mount(v: unknown, index: number): Mount {
  if (isObj(v)) {
    const type = String(v.type ?? 'volume');
    const source = v.source ? String(v.source) : null;
    return {
      index,
      type: type === 'bind' ? 'bind' : type === 'tmpfs' ? 'tmpfs' : source ? 'volume' : 'anonymous',
      source,
      target: String(v.target ?? ''),
      readOnly: v.read_only === true,
    };
  }
  const parts = String(v).split(':');
  if (parts.length === 1) return { index, type: 'anonymous', source: null, target: parts[0] ?? '', readOnly: false };
  const [source = '', target = '', mode = ''] = parts;
  const bind = /^[./~]/.test(source) || /^[A-Za-z]$/.test(source);
  return { index, type: bind ? 'bind' : 'volume', source, target, readOnly: mode.split(',').includes('ro') };
}
