/**
 * An image reference, `[registry/]repository[:tag][@digest]`, read the way
 * Docker does (a first part with a dot, a colon or `localhost` is a registry),
 * and what a learner wants to know about it: official image or not, version,
 * variant and the Linux release underneath when the tag says so.
 */

export interface ImageRef {
  registry: string;
  repository: string;
  tag: string | null;
  digest: string | null;
  official: boolean;
  /** Parts of the tag: `3.10-slim-buster` → version 3.10, variants slim, distro buster. */
  version: string | null;
  variants: string[];
  distro: string | null;
}

const DEBIAN: Record<string, string> = {
  jessie: 'Debian 8',
  stretch: 'Debian 9',
  buster: 'Debian 10',
  bullseye: 'Debian 11',
  bookworm: 'Debian 12',
  trixie: 'Debian 13',
};
/** Debian releases whose security support (LTS included) has ended. */
const DEBIAN_EOL = new Set(['jessie', 'stretch', 'buster', 'bullseye']);
const VARIANTS = new Set([
  'slim',
  'alpine',
  'windowsservercore',
  'nanoserver',
  'bookworm',
  'bullseye',
  'buster',
  'trixie',
  'stretch',
  'jessie',
  'jammy',
  'focal',
  'noble',
  'bionic',
  'fpm',
  'apache',
  'jdk',
  'jre',
  'lts',
  'perl',
  'unprivileged',
  'mainline',
  'stable',
]);

export function parseImageRef(ref: string): ImageRef {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry = 'docker.io';
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  const official = registry === 'docker.io' && !rest.includes('/');
  const { version, variants, distro } = readTag(tag);
  return { registry, repository: rest, tag, digest, official, version, variants, distro };
}

function readTag(tag: string | null): Pick<ImageRef, 'version' | 'variants' | 'distro'> {
  if (!tag) return { version: null, variants: [], distro: null };
  const parts = tag.split('-');
  const version = /^v?\d/.test(parts[0] ?? '') ? parts.shift()! : null;
  const variants: string[] = [];
  let distro: string | null = null;
  for (const p of parts) {
    const alpine = /^alpine(\d+\.\d+)?$/.exec(p);
    if (DEBIAN[p]) distro = p;
    else if (alpine) distro = p;
    if (VARIANTS.has(p) || alpine) variants.push(p);
  }
  if (!version && (DEBIAN[tag] || /^alpine/.test(tag))) distro = tag;
  return { version, variants, distro };
}

/** A sentence about the base image, e.g. for `python:3.10-slim-buster`. */
export function describeImage(ref: ImageRef): string {
  const where =
    ref.registry === 'docker.io'
      ? ref.official
        ? 'the official Docker Hub image'
        : 'a Docker Hub image'
      : `an image from the registry ${ref.registry}`;
  const bits = [`repository \`${ref.repository}\` (${where})`];
  if (ref.digest) bits.push(`pinned to the digest \`${ref.digest.slice(0, 19)}…\``);
  if (ref.tag) {
    const tagBits: string[] = [];
    if (ref.version) tagBits.push(`version ${ref.version}`);
    const plain = ref.variants.filter((v) => v !== ref.distro);
    if (plain.length) tagBits.push(`${plain.join(', ')} variant`);
    if (ref.distro) tagBits.push(distroName(ref.distro));
    bits.push(`tag \`${ref.tag}\`${tagBits.length ? ` (${tagBits.join(', ')})` : ''}`);
  } else if (!ref.digest) {
    bits.push('no tag, so Docker uses `latest`');
  }
  return bits.join(', ');
}

export function distroName(d: string): string {
  if (DEBIAN[d]) return `${DEBIAN[d]} "${d}"`;
  if (d.startsWith('alpine')) return d === 'alpine' ? 'Alpine Linux' : `Alpine Linux ${d.slice(6)}`;
  return d;
}

/** Why the base is past its end of life, or null. Versions checked: Debian releases, Python < 3.11, Node < 22. */
export function endOfLife(ref: ImageRef): string | null {
  if (ref.distro && DEBIAN_EOL.has(ref.distro)) return `${distroName(ref.distro)} no longer gets security updates`;
  const v = ref.version ? /^v?(\d+)(?:\.(\d+))?/.exec(ref.version) : null;
  if (!v) return null;
  const major = Number(v[1]);
  const minor = v[2] === undefined ? null : Number(v[2]);
  if (ref.repository === 'python' && major === 3 && minor !== null && minor <= 10) return `Python 3.${minor} has reached its end of life`;
  if (ref.repository === 'python' && major === 2) return 'Python 2 reached its end of life in 2020';
  if (ref.repository === 'node' && major < 22 && major >= 4) return `Node.js ${major} has reached its end of life`;
  return null;
}
