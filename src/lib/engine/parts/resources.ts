/** The resources part (parts.ts): networks, volumes, inspect, system, the registry login and push, management help. */
import type { PartImpls } from '../parts.ts';
import { RESOURCE_HANDLERS } from '../commands/resources.ts';
import { REGISTRY_HANDLERS } from '../commands/registry.ts';
import { MANAGEMENT_HELP } from '../commands/help.ts';

export const resourcesPart: PartImpls['resources'] = {
  handlers: { ...RESOURCE_HANDLERS, ...REGISTRY_HANDLERS },
  help: MANAGEMENT_HELP,
};
