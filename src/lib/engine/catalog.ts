/**
 * The images the course uses, as the simulated Docker Hub serves them: config
 * from each image's Dockerfile (docker-library and vendors), sizes close to
 * the real linux/amd64 images. Digests are stable 64-hex values derived from
 * the name; they are not the real ones.
 */
import type { ImageConfig } from './types.ts';
import { digestOf } from './rng.ts';

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

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const cfg = (c: Partial<ImageConfig>): ImageConfig => ({
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
function nginx(version: string, tags: string[], size: number, contentSize: number): CatalogImage {
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
function nginxUnprivileged(
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
function postgres(o: { version: string; deb?: string; tags: string[]; size: number; contentSize: number }): CatalogImage {
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

export const CATALOG: CatalogImage[] = [
  {
    repo: 'library/python',
    tags: ['3.12-slim', '3.12-slim-trixie', '3.12', '3.13-slim', '3.10-slim-buster', 'latest'],
    config: cfg({
      cmd: ['python3'],
      env: [
        'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'LANG=C.UTF-8',
        'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
        'PYTHON_VERSION=3.12.12',
        'PYTHON_SHA256=fb85a13414b028c49ba18bbd523c2d055a30b56b18b92ce454ea2c51edc656c4',
      ],
    }),
    size: 170_140_000,
    contentSize: 44_810_000,
    layers: 4,
    history: [
      '# debian.sh --arch amd64 out/ trixie-slim',
      'ENV LANG=C.UTF-8',
      'RUN /bin/sh -c set -eux; apt-get update; …',
      'ENV PYTHON_VERSION=3.12.12',
      'RUN /bin/sh -c set -eux; wget -O python.tar.xz …',
      'CMD ["python3"]',
    ],
  },
  {
    repo: 'library/node',
    tags: ['22', '22-alpine', 'lts', 'latest'],
    config: cfg({ cmd: ['node'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'NODE_VERSION=22.21.1', 'YARN_VERSION=1.22.22'] }),
    size: 1_620_000_000,
    contentSize: 393_600_000,
    layers: 8,
    history: [
      '# debian.sh --arch amd64 out/ bookworm',
      'RUN /bin/sh -c set -eux; apt-get update; …',
      'ENV NODE_VERSION=22.21.1',
      'RUN /bin/sh -c ARCH= && dpkgArch=…',
      'COPY docker-entrypoint.sh /usr/local/bin/',
      'ENTRYPOINT ["docker-entrypoint.sh"]',
      'CMD ["node"]',
    ],
  },
  nginx('1.29.3', ['latest', 'alpine', '1.29'], 225_010_000, 59_790_000),
  nginxUnprivileged('1.29.3', ['latest', 'alpine'], 'debian', 225_480_000, 59_910_000),
  postgres({ version: '18.1', deb: '18.1-1.pgdg13+2', tags: ['18', 'latest'], size: 628_120_000, contentSize: 160_240_000 }),
  postgres({ version: '18.1', tags: ['18-alpine', 'alpine'], size: 287_560_000, contentSize: 111_950_000 }),
  postgres({ version: '17.7', deb: '17.7-3.pgdg13+1', tags: ['17'], size: 624_380_000, contentSize: 159_110_000 }),
  postgres({ version: '16.11', deb: '16.11-1.pgdg13+1', tags: ['16'], size: 627_990_000, contentSize: 160_090_000 }),
  postgres({ version: '16.11', tags: ['16-alpine'], size: 283_870_000, contentSize: 109_960_000 }),
  {
    repo: 'library/redis',
    tags: ['latest', '8', 'alpine'],
    config: cfg({
      cmd: ['redis-server'],
      entrypoint: ['docker-entrypoint.sh'],
      exposedPorts: ['6379/tcp'],
      workingDir: '/data',
      env: [PATH, 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-8.2.3.tar.gz'],
      volumes: ['/data'],
    }),
    size: 200_330_000,
    contentSize: 55_690_000,
    layers: 8,
    history: [
      '# debian.sh --arch amd64 out/ trixie-slim',
      'RUN /bin/sh -c set -eux; …',
      'VOLUME [/data]',
      'WORKDIR /data',
      'ENTRYPOINT ["docker-entrypoint.sh"]',
      'EXPOSE map[6379/tcp:{}]',
      'CMD ["redis-server"]',
    ],
  },
  {
    repo: 'amazon/dynamodb-local',
    tags: ['latest'],
    config: cfg({
      cmd: ['-jar', 'DynamoDBLocal.jar', '-inMemory'],
      entrypoint: ['java'],
      exposedPorts: ['8000/tcp'],
      workingDir: '/home/dynamodblocal',
      user: '1000',
    }),
    size: 718_400_000,
    contentSize: 260_110_000,
    layers: 5,
    history: [
      '/bin/sh -c #(nop) ADD file:… in /',
      'WORKDIR /home/dynamodblocal',
      'USER 1000',
      'EXPOSE 8000',
      'ENTRYPOINT ["java"]',
      'CMD ["-jar" "DynamoDBLocal.jar" "-inMemory"]',
    ],
  },
  {
    repo: 'library/alpine',
    tags: ['latest', '3.22', '3'],
    config: cfg({ cmd: ['/bin/sh'] }),
    size: 12_840_000,
    contentSize: 3_800_000,
    layers: 1,
    history: ['ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit', 'CMD ["/bin/sh"]'],
  },
  {
    repo: 'library/busybox',
    tags: ['latest', '1.37'],
    config: cfg({ cmd: ['sh'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] }),
    size: 6_210_000,
    contentSize: 2_220_000,
    layers: 1,
    history: ['BusyBox 1.37.0 (glibc), Debian 13', 'CMD ["sh"]'],
  },
  {
    repo: 'library/hello-world',
    tags: ['latest'],
    config: cfg({ cmd: ['/hello'], env: [PATH] }),
    size: 20_300,
    contentSize: 3_960,
    layers: 1,
    history: ['COPY hello / # buildkit', 'CMD ["/hello"]'],
  },
  {
    repo: 'curlimages/curl',
    tags: ['latest', '8.17.0'],
    config: cfg({
      cmd: ['curl'],
      entrypoint: ['/entrypoint.sh'],
      user: 'curl_user',
      workingDir: '/home/curl_user',
      env: [PATH, 'CURL_CA_BUNDLE=/cacert.pem'],
      // From curl/curl-container's build scripts (create_base_image.sh, create_appliance_image.sh).
      labels: {
        maintainer: 'James Fuller <jim.fuller@webcomposite.com>',
        'org.opencontainers.image.description': 'minimal image for curl',
        'org.opencontainers.image.licenses': 'MIT',
        'org.opencontainers.image.source': 'https://github.com/curl/curl-container',
      },
    }),
    size: 24_930_000,
    contentSize: 9_870_000,
    layers: 9,
    history: [
      'ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit',
      'COPY entrypoint.sh / # buildkit',
      'USER curl_user',
      'ENTRYPOINT ["/entrypoint.sh"]',
      'CMD ["curl"]',
    ],
  },
  // nginx's stable branch (1.30), which the lessons use.
  nginx('1.30.5', ['stable', '1.30', '1.30.5'], 224_870_000, 59_700_000),
  nginxUnprivileged('1.30.5', ['stable-alpine-slim', '1.30-alpine-slim', '1.30.5-alpine-slim'], 'alpine-slim', 21_430_000, 5_380_000),
];

/** `python` → `library/python`, `docker.io/library/python` → `library/python`. */
export function hubRepo(name: string): string {
  const n = name.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  return n.includes('/') ? n : `library/${n}`;
}

export function findCatalog(name: string, tag: string): CatalogImage | undefined {
  const repo = hubRepo(name);
  return CATALOG.find((c) => c.repo === repo && c.tags.includes(tag));
}

/**
 * What the practice host says when asked for an image it does not carry. The
 * model cannot know whether the image exists on the real Docker Hub, so it
 * says what it lacks and what it has, never Docker's "not found" or "denied".
 */
export function notInCatalog(name: string, tag: string): string {
  const repo = hubRepo(name);
  const short = (r: string) => r.replace(/^library\//, '');
  const sameRepo = CATALOG.filter((c) => c.repo === repo).flatMap((c) => c.tags);
  const have = sameRepo.length
    ? `${short(repo)} tags here: ${[...new Set(sameRepo)].join(', ')}`
    : `images here: ${[...new Set(CATALOG.map((c) => short(c.repo)))].join(', ')}`;
  return `this practice host has no copy of ${short(repo)}:${tag}: its simulated Docker Hub holds only the images the course uses (${have})`;
}

export function catalogDigest(repo: string, tag: string): string {
  return 'sha256:' + digestOf(`manifest ${repo}:${tag}`);
}

export function catalogLayerIds(repo: string, tag: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => digestOf(`layer ${repo}:${tag} ${i}`));
}
