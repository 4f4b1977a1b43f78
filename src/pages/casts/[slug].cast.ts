// Serves each recording at /casts/<slug>.cast for the player to fetch: the
// build writes them as static files (nginx sends them as application/x-asciicast).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () => {
  const sessions = await getCollection('sessions');
  return sessions.map((s) => ({ params: { slug: s.id }, props: { body: s.body ?? '' } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, {
    headers: { 'Content-Type': 'application/x-asciicast; charset=utf-8' },
  });
