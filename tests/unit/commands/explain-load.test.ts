import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/commands/explain';
import { packExplainData } from '../../../src/lib/commands/explain-data';
import {
  EXPLAIN_DATA_PATH,
  explainDataPath,
  loadExplainData,
  loadProblem,
  type Fetcher,
  type LoadFailure,
} from '../../../src/lib/commands/explain-load';
import { toCommandDoc } from '../../../src/lib/commands/docs';
import type { CliFacts } from '../../../src/lib/commands/reference';
import { commandEntries, explainData, facts } from './helpers';

const goodText = JSON.stringify(packExplainData(facts as CliFacts, commandEntries().map(toCommandDoc)));

/** A fetch that answers every URL with this status and body, and records what was asked. */
function answering(status: number, body: string): Fetcher & { asked: string[] } {
  const asked: string[] = [];
  const fetcher = (url: string) => {
    asked.push(url);
    return Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) });
  };
  return Object.assign(fetcher, { asked });
}

describe('the explain data file', () => {
  it('is named by a 10-digit hash, as nginx matches it for its year-long cache', () => {
    expect(explainDataPath('4bbc0acdd3')).toBe('/explain/data.4bbc0acdd3.json');
    expect(EXPLAIN_DATA_PATH.test(explainDataPath('0123456789'))).toBe(true);
    for (const path of ['/explain/data.json', '/explain/data.0123456789.json.gz', '/explain/data.ABCDEF0123.json', '/explain/']) {
      expect(EXPLAIN_DATA_PATH.test(path), path).toBe(false);
    }
  });

  it('loads: the data explains as the full files do', async () => {
    const fetcher = answering(200, goodText);
    const result = await loadExplainData('/explain/data.0123456789.json', fetcher);
    expect(fetcher.asked).toEqual(['/explain/data.0123456789.json']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const line = 'docker run --rm -it -p 8080:80 nginx:alpine sh';
    expect(explain(line, result.data)).toEqual(explain(line, explainData()));
  });

  const rejecting: Fetcher = () => Promise.reject(new TypeError('Failed to fetch'));
  const bodyCut: Fetcher = () => Promise.resolve({ ok: true, status: 200, text: () => Promise.reject(new TypeError('network error')) });
  it.each<[string, Fetcher, LoadFailure, 'retry' | 'reload', RegExp]>([
    ['no answer (offline)', rejecting, 'network', 'retry', /offline/],
    ['the body cut off', bodyCut, 'network', 'retry', /try again once you are connected/],
    ['404 (a newer build)', answering(404, 'Not found'), 'missing', 'reload', /site has probably been updated/],
    ['410', answering(410, ''), 'missing', 'reload', /Reload the page/],
    ['500', answering(500, 'oops'), 'server', 'retry', /status 500/],
    ['503', answering(503, ''), 'server', 'retry', /status 503\. Try again in a moment\./],
    ['HTML instead of JSON', answering(200, '<!doctype html><title>x</title>'), 'damaged', 'reload', /arrived damaged/],
    ['cut-off JSON', answering(200, goodText.slice(0, 5000)), 'damaged', 'reload', /arrived damaged/],
    ['JSON of another shape', answering(200, '{"facts": 1}'), 'damaged', 'reload', /arrived damaged/],
    ['null', answering(200, 'null'), 'damaged', 'reload', /arrived damaged/],
  ])('%s: says so, and what to do', async (_, fetcher, failure, action, message) => {
    const result = await loadExplainData('/explain/data.0123456789.json', fetcher);
    expect(result).toMatchObject({ ok: false, failure, action });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('every problem names what is missing in plain words', () => {
    for (const failure of ['network', 'missing', 'server', 'damaged'] as const) {
      expect(loadProblem(failure, 502).message, failure).toMatch(/^The explainer could not load the list of docker commands/);
    }
    expect(loadProblem('server').message).toContain('status unknown');
  });
});
