/** The build part (parts.ts): `docker build` and the Dockerfile reader behind it. */
import type { PartImpls } from '../parts.ts';
import { build } from '../commands/build.ts';

export const buildPart: PartImpls['build'] = {
  handlers: {
    // `docker build` runs buildx's build (BuildKit) in Docker 29: the facts file
    // names it `docker buildx build`; the legacy path stays for older facts.
    'docker buildx build': { rule: ['exact', 1], run: build },
    'docker image build': { rule: ['exact', 1], run: build },
  },
};
