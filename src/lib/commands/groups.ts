// Cheat-sheet groups, kept apart from schema.ts so browser code can use them
// without pulling zod into the page bundle (zod also probes eval at load,
// which the Content-Security-Policy reports as a violation).

/** Cheat-sheet groups, in the order of a learner's tasks (the page shows them so). */
export const COMMAND_GROUPS = ['containers', 'images', 'build', 'registry', 'compose', 'networks', 'volumes', 'system'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/** Headings of the groups on the cheat sheet. */
export const GROUP_TITLES: Record<CommandGroup, string> = {
  containers: 'Run and manage containers',
  images: 'Images',
  build: 'Build',
  registry: 'Registries',
  compose: 'Compose',
  networks: 'Networks',
  volumes: 'Volumes',
  system: 'Clean up and system',
};
