/**
 * Registers the service worker (dist/sw.js, written at build time) and shows
 * "a new version is available" when a newer build's worker is waiting. The
 * reload button asks that worker to take over, then reloads once it has.
 */
const NOTICE_ID = 'update-notice';

function showNotice(worker: ServiceWorker): void {
  if (document.getElementById(NOTICE_ID)) return;
  const box = document.createElement('div');
  box.id = NOTICE_ID;
  box.className = 'update-notice';
  box.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version of Container Notes is available.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button primary';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => worker.postMessage('skip-waiting'));
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'button';
  later.textContent = 'Later';
  later.addEventListener('click', () => box.remove());
  box.append(text, reload, later);
  document.body.append(box);
}

export async function registerOffline(): Promise<void> {
  const container = navigator.serviceWorker;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    // Only an update the learner asked for reloads the page; the very first
    // install also changes controller, with nothing to reload for.
    if (reloading || !document.getElementById(NOTICE_ID)) return;
    reloading = true;
    location.reload();
  });
  const registration = await container.register('/sw.js', { scope: '/' });
  const watch = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) showNotice(worker);
    });
  };
  if (registration.waiting && container.controller) showNotice(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}
