/**
 * The explain page's data (facts and our descriptions, explain-data.ts) is a
 * file of its own, /explain/data.<hash>.json, so that the page's HTML stays
 * small and paints sooner. This fetches and reads it, and says in plain words
 * what went wrong when it cannot: what the learner sees, and whether trying
 * again can help or only a reload (a newer build replaced the file). Pure:
 * the fetch is passed in, so every failure is unit-tested.
 */
import { readExplainData, type ExplainBlock } from './explain-data.ts';
import type { ExplainData } from './explain-model.ts';

/** `/explain/data.0123456789.json`: the data file of one build, named by a hash of its content. */
export const explainDataPath = (hash: string): string => `/explain/data.${hash}.json`;

/** What nginx keeps for a year (nginx/snippets/cache-control.conf), as explainDataPath writes it. */
export const EXPLAIN_DATA_PATH = /^\/explain\/data\.[0-9a-f]{10}\.json$/;

export type LoadFailure = 'network' | 'missing' | 'server' | 'damaged';

export interface LoadProblem {
  failure: LoadFailure;
  /** One or two sentences for the page, in place of the explanation. */
  message: string;
  /** `retry` fetches the file again; `reload` loads the page again (a new build, or a broken file). */
  action: 'retry' | 'reload';
}

export type LoadResult = { ok: true; data: ExplainData } | ({ ok: false } & LoadProblem);

/** The part of fetch() this needs; `window.fetch` fits. */
export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

const NEEDS = 'The explainer could not load the list of docker commands it reads';

export function loadProblem(failure: LoadFailure, status?: number): LoadProblem {
  switch (failure) {
    case 'network':
      return {
        failure,
        action: 'retry',
        message: `${NEEDS}: the download failed, probably because you are offline. What you typed is kept; try again once you are connected.`,
      };
    case 'missing':
      return {
        failure,
        action: 'reload',
        message: `${NEEDS}: the server no longer has it, so the site has probably been updated since this page was opened. Reload the page to get the new version.`,
      };
    case 'server':
      return {
        failure,
        action: 'retry',
        message: `${NEEDS}: the server answered with status ${status ?? 'unknown'}. Try again in a moment.`,
      };
    case 'damaged':
      return {
        failure,
        action: 'reload',
        message: `${NEEDS}: the file arrived damaged. Reload the page; if this keeps happening, please report it.`,
      };
  }
}

const fail = (failure: LoadFailure, status?: number): LoadResult => ({ ok: false, ...loadProblem(failure, status) });

export async function loadExplainData(url: string, fetcher: Fetcher): Promise<LoadResult> {
  let text: string;
  try {
    const response = await fetcher(url);
    if (response.status === 404 || response.status === 410) return fail('missing');
    if (!response.ok) return fail('server', response.status);
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
