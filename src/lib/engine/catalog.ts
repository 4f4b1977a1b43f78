/**
 * The images the course uses, as the simulated Docker Hub serves them: config
 * from each image's Dockerfile (docker-library and vendors), sizes close to
 * the real linux/amd64 images. Digests are stable 64-hex values derived from
 * the name; they are not the real ones. The families with many releases are
 * built in catalog-families.ts.
 */
import { digestOf } from './rng.ts';
import { cfg, nginx, nginxUnprivileged, postgres, PATH, type CatalogImage } from './catalog-families.ts';

export type { CatalogImage };

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
