import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { lessonsLoader } from '../../../src/lib/content/lessons-loader';

// The loader is what `astro build` runs for content/lessons: when it throws, the
// build fails with this message. Here it runs on a fixture folder of broken lessons.
describe('lessonsLoader', () => {
  it('fails with every problem, naming file, field and expectation', async () => {
    const loader = lessonsLoader('./tests/fixtures/lessons-broken');
    const context = { config: { root: pathToFileURL(process.cwd() + '/') } } as unknown as Parameters<typeof loader.load>[0];
    const error = await loader.load(context).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const lines = error!.message.split('\n');
    expect(lines[0]).toBe('Broken lesson frontmatter:');
    expect(lines).toContain('  - tests/fixtures/lessons-broken/02-no-title.mdx: field "title" is missing (expected a non-empty string)');
    expect(lines).toContain(
      '  - tests/fixtures/lessons-broken/02-no-title.mdx: field "order" is 1, already used by tests/fixtures/lessons-broken/01-ok.mdx (expected a positive whole number, unique across lessons)',
    );
    expect(lines.some((l) => l.startsWith('  - tests/fixtures/lessons-broken/03-bad-yaml.mdx: frontmatter is not valid YAML'))).toBe(true);
    expect(lines.some((l) => l.includes('01-ok.mdx:'))).toBe(false);
  });
});
