import { describe, expect, test } from 'vitest';
import { describeImage, endOfLife, parseImageRef } from '../../../src/lib/dockerfile/image-ref';

describe('parseImageRef', () => {
  test.each([
    [
      'python:3.10-slim-buster',
      {
        registry: 'docker.io',
        repository: 'python',
        tag: '3.10-slim-buster',
        official: true,
        version: '3.10',
        variants: ['slim', 'buster'],
        distro: 'buster',
      },
    ],
    ['node:22', { registry: 'docker.io', repository: 'node', tag: '22', official: true, version: '22', variants: [], distro: null }],
    [
      'amazon/dynamodb-local:latest',
      {
        registry: 'docker.io',
        repository: 'amazon/dynamodb-local',
        tag: 'latest',
        official: false,
        version: null,
        variants: [],
        distro: null,
      },
    ],
    [
      'gcr.io/distroless/static-debian12:nonroot',
      { registry: 'gcr.io', repository: 'distroless/static-debian12', tag: 'nonroot', official: false },
    ],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app', tag: null, official: false }],
    ['postgres:18-alpine3.22', { repository: 'postgres', version: '18', distro: 'alpine3.22' }],
  ])('%s', (ref, want) => {
    expect(parseImageRef(ref)).toMatchObject(want);
  });

  test('a digest is kept apart from the tag', () => {
    expect(parseImageRef('nginx:1.27@sha256:abc')).toMatchObject({ tag: '1.27', digest: 'sha256:abc' });
  });

  test('describes repository, tag, version, variant and Debian release', () => {
    expect(describeImage(parseImageRef('python:3.10-slim-buster'))).toBe(
      'repository `python` (the official Docker Hub image), tag `3.10-slim-buster` (version 3.10, slim variant, Debian 10 "buster")',
    );
    expect(describeImage(parseImageRef('ubuntu'))).toContain('no tag, so Docker uses `latest`');
  });

  test.each([
    ['python:3.10-slim-buster', 'Debian 10 "buster" no longer gets security updates'],
    ['python:3.9', 'Python 3.9 has reached its end of life'],
    ['node:16.18', 'Node.js 16 has reached its end of life'],
    ['node:18-bullseye', 'Debian 11 "bullseye" no longer gets security updates'],
    ['python:3.12-slim', null],
    ['node:22-alpine', null],
    ['debian:bookworm-slim', null],
  ])('end of life: %s', (ref, want) => {
    expect(endOfLife(parseImageRef(ref))).toBe(want);
  });
});
