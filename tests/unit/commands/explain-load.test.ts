import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/commands/explain';
import { packExplainData } from '../../../src/lib/commands/explain-data';
import {
  EXPLAIN_DATA_PATH,
  explainDataPath,
  loadExplainData,
  type Fetcher,
  type LoadProblem,
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
  it.each<[string, Fetcher, LoadProblem]>([
    ['no answer (offline)', rejecting, { failure: 'network', action: 'retry' }],
    ['the body cut off', bodyCut, { failure: 'network', action: 'retry' }],
    ['404 (a newer build)', answering(404, 'Not found'), { failure: 'missing', action: 'reload' }],
    ['410', answering(410, ''), { failure: 'missing', action: 'reload' }],
    ['500', answering(500, 'oops'), { failure: 'server', action: 'retry' }],
    ['503', answering(503, ''), { failure: 'server', action: 'retry' }],
    ['HTML instead of JSON', answering(200, '<!doctype html><title>x</title>'), { failure: 'damaged', action: 'reload' }],
    ['cut-off JSON', answering(200, goodText.slice(0, 5000)), { failure: 'damaged', action: 'reload' }],
    ['JSON of another shape', answering(200, '{"facts": 1}'), { failure: 'damaged', action: 'reload' }],
    ['null', answering(200, 'null'), { failure: 'damaged', action: 'reload' }],
  ])('%s: tells why, and what may help', async (_, fetcher, problem) => {
    expect(await loadExplainData('/explain/data.0123456789.json', fetcher)).toStrictEqual({ ok: false, ...problem });
  });
});
