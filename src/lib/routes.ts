/**
 * Every URL of the site that code builds by hand, in one place: a page
 * moves by changing one line here. Pages are folders, so page URLs end in
 * `/` (astro.config.mjs, build.format 'directory').
 */
import { searchPageHref } from './search/query.ts';

export const HOME = '/';
export const LESSONS = '/lessons/';
export const COMMANDS = '/commands/';
export const EXPLAIN = '/explain/';
export const PLAYGROUND = '/playground/';
export const PRACTICE = '/practice/';
export const CORS_LAB = '/cors/';
export const PROGRESS = '/progress/';
export const GLOSSARY = '/glossary/';

/** `/lessons/cors/` */
export const lessonHref = (slug: string): string => `${LESSONS}${slug}/`;

/** `/commands/container-run/` */
export const commandHref = (slug: string): string => `${COMMANDS}${slug}/`;

/** `/commands/#group-images`: a group's section of the cheat sheet. */
export const commandGroupHref = (group: string): string => `${COMMANDS}#group-${group}`;

/** `/explain/?cmd=docker%20ps`: the explainer, filled in with `command`. */
export const explainHref = (command: string): string => `${EXPLAIN}?cmd=${encodeURIComponent(command)}`;

/** `/practice/run-backend/`: one practice exercise. */
export const exerciseHref = (id: string): string => `${PRACTICE}${id}/`;

/** `/playground/list-images/`: a recorded session's own page. */
export const sessionHref = (slug: string): string => `${PLAYGROUND}${slug}/`;

/** `/casts/list-images.cast`: the recording itself (src/pages/casts/[slug].cast.ts). */
export const castHref = (slug: string): string => `/casts/${slug}.cast`;

/** `/search/?q=…` (the search module owns how a query is cleaned up). */
export const searchHref = searchPageHref;
