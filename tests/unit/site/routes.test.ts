import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as routes from '../../../src/lib/routes';

describe('routes', () => {
  it.each([
    [routes.lessonHref('cors'), '/lessons/cors/'],
    [routes.commandHref('container-run'), '/commands/container-run/'],
    [routes.commandGroupHref('images'), '/commands/#group-images'],
    [routes.explainHref('docker run --rm -e A=b&c nginx'), '/explain/?cmd=docker%20run%20--rm%20-e%20A%3Db%26c%20nginx'],
    [routes.sessionHref('list-images'), '/playground/list-images/'],
    [routes.castHref('list-images'), '/casts/list-images.cast'],
    [routes.searchHref('compose  netwrks'), '/search/?q=compose%20netwrks'],
    [routes.searchHref(''), '/search/'],
  ])('%s is %s', (built, expected) => {
    expect(built).toBe(expected);
  });

  it.each([
    [routes.LESSONS, 'src/pages/lessons/index.astro'],
    [routes.COMMANDS, 'src/pages/commands/index.astro'],
    [routes.EXPLAIN, 'src/pages/explain/index.astro'],
    [routes.PLAYGROUND, 'src/pages/playground/index.astro'],
    [routes.lessonHref('x'), 'src/pages/lessons/[slug].astro'],
    [routes.commandHref('x'), 'src/pages/commands/[slug].astro'],
    [routes.sessionHref('x'), 'src/pages/playground/[slug].astro'],
    [routes.castHref('x'), 'src/pages/casts/[slug].cast.ts'],
  ])('%s has a page that builds it (%s)', (_route, page) => {
    expect(existsSync(page)).toBe(true);
  });
});
