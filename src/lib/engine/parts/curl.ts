/** The curl part (parts.ts): curl on the host and in containers, and the simulated HTTP servers. */
import type { PartImpls } from '../parts.ts';
import { containerResolver, curl, curlWith } from '../shell/curl.ts';

export const curlPart: PartImpls['curl'] = {
  curl,
  containerCurl: (ctx, container, args) => curlWith(ctx, args, containerResolver(ctx, container)),
};
