/**
 * The explain page's data (facts and our descriptions, explain-data.ts) is a
 * file of its own, /explain/data.<hash>.json, so that the page's HTML stays
 * small and paints sooner. This fetches and reads it, and tells apart what
 * can go wrong, so that the page can say it plainly and offer what helps.
 * Pure: the fetch is passed in, so every failure is unit-tested.
 */
import { readExplainData, type ExplainBlock } from './explain-data.ts';
import type { ExplainData } from './explain-model.ts';

/** `/explain/data.0123456789.json`: the data file of one build, named by a hash of its content. */
export const explainDataPath = (hash: string): string => `/explain/data.${hash}.json`;

/** What nginx keeps for a year (nginx/snippets/cache-control.conf), as explainDataPath writes it. */
export const EXPLAIN_DATA_PATH = /^\/explain\/data\.[0-9a-f]{10}\.json$/;

export type LoadFailure = 'network' | 'missing' | 'server' | 'damaged';

/**
 * Why the file did not load, and what may help: `retry` fetches it again
 * (offline, a server error); `reload` loads the page again (a newer build
 * replaced the file, or it came damaged). The page holds the sentence for
 * each failure (src/pages/explain/index.astro), so this script stays small.
 */
export interface LoadProblem {
  failure: LoadFailure;
  action: 'retry' | 'reload';
}

export type LoadResult = { ok: true; data: ExplainData } | ({ ok: false } & LoadProblem);

/** The part of fetch() this needs; `window.fetch` fits. */
export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

const fail = (failure: LoadFailure): LoadResult => ({
  ok: false,
  failure,
  action: failure === 'network' || failure === 'server' ? 'retry' : 'reload',
});

export async function loadExplainData(url: string, fetcher: Fetcher): Promise<LoadResult> {
  let text: string;
  try {
    const response = await fetcher(url);
    if (response.status === 404 || response.status === 410) return fail('missing');
    if (!response.ok) return fail('server');
    text = await response.text();
  } catch {
    // fetch() rejects only when no answer came at all (offline, connection cut, blocked).
    return fail('network');
  }
  try {
    return { ok: true, data: readExplainData(JSON.parse(text) as ExplainBlock) };
  } catch {
    return fail('damaged');
  }
}
