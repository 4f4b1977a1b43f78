// The explain page's data, a file of its own (src/data/explain-data.ts says why
// its name carries a hash): one path per build.
import type { APIRoute, GetStaticPaths } from 'astro';
import { explainDataFile } from '../../data/explain-data';

export const getStaticPaths = (async () => [{ params: { hash: (await explainDataFile()).hash } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await explainDataFile()).json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
