/**
 * The image families of the practice host's catalog (catalog.ts): what a
 * CatalogImage holds, and one builder per family whose releases differ only in
 * version, tags and sizes (nginx, nginx-unprivileged, postgres), with config
 * from each image's Dockerfile (docker-library and vendors).
 */
import type { ImageConfig } from './types.ts';

export interface CatalogImage {
  /** Full repository as Docker Hub names it: `library/python`, `amazon/dynamodb-local`. */
  repo: string;
  tags: string[];
  config: ImageConfig;
  /** Unpacked bytes and compressed bytes. */
  size: number;
  contentSize: number;
  layers: number;
  /** Dockerfile steps shown by `docker history`, oldest first. */
  history: string[];
}

export const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
export const cfg = (c: Partial<ImageConfig>): ImageConfig => ({
  cmd: null,
  entrypoint: null,
  env: [PATH],
  exposedPorts: [],
  workingDir: '',
  user: '',
  labels: {},
  volumes: [],
  ...c,
});

/** nginx's Debian image (docker-library nginx `Dockerfile`) for one release. */
export function nginx(version: string, tags: string[], size: number, contentSize: number): CatalogImage {
  return {
    repo: 'library/nginx',
    tags,
    config: cfg({
      cmd: ['nginx', '-g', 'daemon off;'],
      entrypoint: ['/docker-entrypoint.sh'],
      exposedPorts: ['80/tcp'],
      env: [
        PATH,
        `NGINX_VERSION=${version}`,
        'NJS_VERSION=0.9.4',
        'NJS_RELEASE=1~trixie',
        'PKG_RELEASE=1~trixie',
        'DYNPKG_RELEASE=1~trixie',
      ],
      labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    }),
    size,
    contentSize,
    layers: 7,
    history: [
      '# debian.sh --arch amd64 out/ trixie-slim',
      `ENV NGINX_VERSION=${version}`,
      'RUN /bin/sh -c set -x && groupadd --system …',
      'COPY docker-entrypoint.sh / # buildkit',
      'ENTRYPOINT ["/docker-entrypoint.sh"]',
      'EXPOSE map[80/tcp:{}]',
      'STOPSIGNAL SIGQUIT',
      'CMD ["nginx" "-g" "daemon off;"]',
    ],
  };
}

/** nginxinc/nginx-unprivileged: nginx as user 101 on port 8080, on Debian or Alpine (slim). */
export function nginxUnprivileged(
  version: string,
  tags: string[],
  base: 'debian' | 'alpine-slim',
  size: number,
  contentSize: number,
): CatalogImage {
  const debian = base === 'debian';
  return {
    repo: 'nginxinc/nginx-unprivileged',
    tags,
    config: cfg({
      cmd: ['nginx', '-g', 'daemon off;'],
      entrypoint: ['/docker-entrypoint.sh'],
      exposedPorts: ['8080/tcp'],
      user: '101',
      env: [PATH, `NGINX_VERSION=${version}`],
    }),
    size,
    contentSize,
    layers: debian ? 8 : 6,
    history: [
      debian ? '# debian.sh --arch amd64 out/ trixie-slim' : 'ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit',
      `ENV NGINX_VERSION=${version}`,
      'RUN /bin/sh -c set -x && …',
      'EXPOSE map[8080/tcp:{}]',
      'USER 101',
      'CMD ["nginx" "-g" "daemon off;"]',
    ],
  };
}

/**
 * The official postgres image (docker-library/postgres) as of December 2025:
 * Debian (trixie, with `deb`, the pgdg package version) or Alpine 3.23 (built
 * from source). From 18 on the data lives in a folder per major version under
 * the VOLUME /var/lib/postgresql; up to 17 in /var/lib/postgresql/data.
 */
export function postgres(o: { version: string; deb?: string; tags: string[]; size: number; contentSize: number }): CatalogImage {
  const major = o.version.split('.')[0] as string;
  const pgdata = Number(major) >= 18 ? `/var/lib/postgresql/${major}/docker` : '/var/lib/postgresql/data';
  const volume = Number(major) >= 18 ? '/var/lib/postgresql' : pgdata;
  const alpineEnv = [`PG_VERSION=${o.version}`, `PG_SHA256=${PG_SHA256[major]}`, 'DOCKER_PG_LLVM_DEPS=llvm19-dev \t\tclang19'];
  return {
    repo: 'library/postgres',
    tags: o.tags,
    config: cfg({
      cmd: ['postgres'],
      entrypoint: ['docker-entrypoint.sh'],
      exposedPorts: ['5432/tcp'],
      env: [
        o.deb ? `${PATH}:/usr/lib/postgresql/${major}/bin` : PATH,
        'GOSU_VERSION=1.19',
        'LANG=en_US.utf8',
        `PG_MAJOR=${major}`,
        ...(o.deb ? [`PG_VERSION=${o.deb}`] : alpineEnv),
        `PGDATA=${pgdata}`,
      ],
      volumes: [volume],
    }),
    size: o.size,
    contentSize: o.contentSize,
    layers: o.deb ? 14 : 11,
    history: [
      o.deb ? '# debian.sh --arch amd64 out/ trixie-slim' : 'ADD alpine-minirootfs-3.23.0-x86_64.tar.gz / # buildkit',
      `ENV PG_MAJOR=${major}`,
      'RUN /bin/sh -c set -ex; …',
      `ENV PGDATA=${pgdata}`,
      `VOLUME [${volume}]`,
      'ENTRYPOINT ["docker-entrypoint.sh"]',
      'STOPSIGNAL SIGINT',
      'EXPOSE map[5432/tcp:{}]',
      'CMD ["postgres"]',
    ],
  };
}

/** The source tarballs' checksums the Alpine images pin (PG_SHA256). */
const PG_SHA256: Record<string, string> = {
  '18': 'ff86675c336c46e98ac991ebb306d1b67621ece1d06787beaade312c2c915d54',
  '16': '6deb08c23d03d77d8f8bd1c14049eeef64aef8968fd8891df2dfc0b42f178eac',
};
