import { describe, expect, it } from 'vitest';
import { pageSlugOf } from '../../../src/lib/commands/docs.ts';
import { buildCommandIndex, commandLinks, explainUrl } from '../../../src/lib/replay/command-links.ts';
import { commandEntries, reference } from '../commands/helpers.ts';

const index = buildCommandIndex(reference, pageSlugOf(commandEntries(), reference));

describe('commandLinks', () => {
  it.each([
    ['docker run --rm -it -p 4567:4567 backend-flask', 'container-run'],
    ['docker ps', 'container-ls'],
    ['docker ps -a', 'container-ls'],
    ['docker container ls', 'container-ls'],
    ['docker images', 'image-ls'],
    ['docker image ls backend-flask', 'image-ls'],
    ['docker rmi backend-flask', 'image-rm'],
    ['docker compose up -d', 'compose-up'],
    ['docker compose exec frontend-react-js curl -s http://backend-flask:4567/', 'compose-exec'],
    ['docker build -t backend-flask ./backend-flask', 'image-build'],
    ['docker network inspect cruddur_default', 'network-inspect'],
    ['docker logs -f --tail 2 backend', 'container-logs'],
  ])('%s → /commands/%s/', (command, slug) => {
    const links = commandLinks(command, index);
    expect(links.slug).toBe(slug);
    expect(links.cheatSheet).toBe(`/commands/${slug}/`);
    expect(links.explain).toBe(explainUrl(command));
  });

  it('encodes the command for the explainer', () => {
    expect(explainUrl("docker run -e A='*' x")).toBe("/explain/?cmd=docker%20run%20-e%20A%3D'*'%20x");
  });

  it('gives no links to commands other than docker', () => {
    expect(commandLinks('curl -s localhost:4567', index)).toEqual({});
    expect(commandLinks('ls', index)).toEqual({});
  });

  it('explains an unknown docker command but links no cheat sheet', () => {
    expect(commandLinks('docker frobnicate', index)).toEqual({ explain: '/explain/?cmd=docker%20frobnicate' });
  });

  it('leaves out commands without a page', () => {
    const only = buildCommandIndex(reference, pageSlugOf(commandEntries(), reference), (slug) => slug === 'container-ls');
    expect(commandLinks('docker ps', only).cheatSheet).toBe('/commands/container-ls/');
    expect(commandLinks('docker run x', only).cheatSheet).toBeUndefined();
  });
});
