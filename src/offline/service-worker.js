/**
 * The site's service worker (the build prepends VERSION and PRECACHE, see
 * src/lib/offline/precache.ts). It precaches the whole course after the first
 * visit and answers from that cache, so every page, the search and the tools
 * work offline. A new build has a new VERSION: the new worker installs beside
 * the old one and waits until the page's "reload" notice asks it to take over.
 * It never touches other hosts' requests or anything but GET.
 */
// Plain JavaScript, not type-checked: the build prepends VERSION and PRECACHE,
// so the file is only complete in dist/sw.js. tests/e2e/offline.spec.ts runs it.
const sw = self;
const CACHE = `container-notes-${VERSION}`;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all([
        // cache: 'reload' skips the HTTP cache, so nothing of an older build
        // (the search index is reused for minutes) slips into this version.
        cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))),
        // The 404 page answers with status 404 (nginx serves it only as an
        // error page), which addAll would refuse: store whatever comes.
        fetch(new Request('/404.html', { cache: 'reload' })).then((r) => cache.put('/404.html', r)),
      ]),
    ),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('container-notes-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void sw.skipWaiting();
});

/** The cached answer for a same-origin GET: exact URL, then the page URL without its query, then with a slash added. */
async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  if (request.mode !== 'navigate') return undefined;
  const url = new URL(request.url);
  const page = (await cache.match(url.pathname)) ?? (url.pathname.endsWith('/') ? undefined : await cache.match(`${url.pathname}/`));
  return page;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(
    fromCache(request).then(
      (hit) =>
        hit ??
        fetch(request).catch(async () => {
          // Offline: a file asked for with a cache-busting query (Pagefind adds
          // ?ts= to its entry file) is answered with the cached copy.
          const loose = await caches.open(CACHE).then((c) => c.match(request, { ignoreSearch: true }));
          if (loose) return loose;
          if (request.mode === 'navigate') {
            const notFound = await caches.open(CACHE).then((c) => c.match('/404.html'));
            if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
          }
          return Response.error();
        }),
    ),
  );
});
