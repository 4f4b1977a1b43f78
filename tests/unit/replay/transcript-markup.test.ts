import { describe, expect, it } from 'vitest';
import { escapeHtml, transcriptMarkup } from '../../../src/lib/replay/transcript-markup.ts';

describe('transcriptMarkup', () => {
  it('renders a command with its prompt, jump button, links and output', () => {
    const html = transcriptMarkup(
      [
        {
          index: 0,
          time: 1500,
          command: 'docker ps',
          prompt: '$',
          output: 'CONTAINER ID',
          links: { explain: '/explain/?cmd=docker%20ps', cheatSheet: '/commands/container-ls/' },
        },
      ],
      { disabled: true },
    );
    expect(html).toBe(
      '<li class="cast-entry" data-index="0" data-time="1500"><div class="cast-entry-head"><code class="cast-cmd"><span class="cast-prompt">$ </span>docker ps</code>' +
        '<span class="cast-links" data-pagefind-ignore><button type="button" class="cast-jump" data-marker="0" aria-label="Play from here: docker ps" disabled>Play from here</button>' +
        '<a href="/explain/?cmd=docker%20ps" aria-label="Explain docker ps">Explain</a><a href="/commands/container-ls/" aria-label="Cheat sheet: docker ps">Cheat sheet</a></span></div>' +
        '<pre class="cast-out" tabindex="0">CONTAINER ID</pre></li>',
    );
  });

  it('output before the first command has no head', () => {
    expect(transcriptMarkup([{ index: -1, time: 0, output: 'boot', links: {} }])).toBe(
      '<li class="cast-entry" data-index="-1" data-time="0"><pre class="cast-out" tabindex="0">boot</pre></li>',
    );
  });

  it('escapes everything a recording controls', () => {
    const html = transcriptMarkup([
      { index: 0, time: 0, command: '<img src=x onerror=alert(1)>', prompt: '"><b>', output: '</pre><script>x</script>', links: {} },
    ]);
    expect(html).not.toMatch(/<img|<b>|<script|<\/pre><script/);
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });
});
