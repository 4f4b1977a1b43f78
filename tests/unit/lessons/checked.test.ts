import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKED_AGAINST, hasDockerCommands } from '../../../src/lib/lessons/checked';

describe('hasDockerCommands', () => {
  it.each([
    ['a sh block with docker', '```sh\ndocker ps\n```', true],
    ['a console block with a prompt', '```console\n$ docker compose up -d\n[+] up 3/3\n```', true],
    ['sudo docker', '```bash\nsudo docker run --rm hello-world\n```', true],
    ['docker in prose only', 'Run `docker ps` to see it.', false],
    ['docker in a yaml block', '```yaml\nimage: docker\ncommand: docker ps\n```', false],
    ['a dockerfile block', '```dockerfile\nFROM python:3.12-slim\n```', false],
    ['a word that starts with docker', '```sh\ndocker-compose up\n```', false],
    ['after a closed non-shell block', '```yaml\nx: 1\n```\n\n```sh\ndocker images\n```', true],
    ['no blocks at all', 'Just text.', false],
  ])('%s', (_name, source, expected) => expect(hasDockerCommands(source)).toBe(expected));

  it('names the releases in the form pages show', () => expect(CHECKED_AGAINST).toMatch(/^Docker \d+, Compose v\d+$/));

  // Most lessons give commands; the CORS lesson is about the browser and Flask and gives none.
  it('finds the lessons that give docker commands', () => {
    const withCommands = readdirSync('content/lessons')
      .filter((n) => n.endsWith('.mdx'))
      .filter((n) => hasDockerCommands(readFileSync(`content/lessons/${n}`, 'utf8')));
    expect(withCommands).toContain('07-docker-cli.mdx');
    expect(withCommands).toContain('09-compose.mdx');
  });
});
