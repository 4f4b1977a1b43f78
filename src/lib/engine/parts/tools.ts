/** The tools part (parts.ts): `docker logs`, `port`, `top`, `stats`, `cp` and `container prune`. */
import type { PartImpls } from '../parts.ts';
import { MORE_CONTAINER_HANDLERS } from '../commands/containers-more.ts';

export const toolsPart: PartImpls['tools'] = { handlers: MORE_CONTAINER_HANDLERS };
