/** The Compose part (parts.ts): `docker compose …`, with the build it may run. */
import type { PartImpls } from '../parts.ts';
import { compose } from '../commands/compose.ts';
import { stopComposeForeground } from '../commands/compose-more.ts';

export const composePart: PartImpls['compose'] = { compose, stopComposeForeground };
