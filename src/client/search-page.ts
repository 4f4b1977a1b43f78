/**
 * <cn-search-page>: the full results page, /search/?q=…. Its Pagefind
 * elements are in the page's HTML and come alive once Pagefind's UI loads; the
 * query comes from the URL and goes back into it as the learner types, so a
 * results page can be shared. Where search cannot load (the dev server, a
 * missing index) the page says why and how to fix it.
 */
import { getInstance, loadPagefindUi, noticeFor, renderNotice, DevServerError } from './search-ui';
import { queryFromSearch, searchStringFor, SEARCH_PAGE_PATH } from '../lib/search/query';

const INSTANCE = 'page';

class SearchPage extends HTMLElement {
  connectedCallback(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-search-notice]');
    const query = queryFromSearch(window.location.search);
    try {
      const ui = await loadPagefindUi();
      const instance = getInstance(ui, INSTANCE);
      instance.on('search', (term) => {
        const next = `${SEARCH_PAGE_PATH}${searchStringFor(term)}`;
        if (next !== window.location.pathname + window.location.search) history.replaceState(history.state, '', next);
      });
      this.toggleAttribute('data-ready', true);
      if (query) instance.triggerSearch(query);
      else this.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
    } catch (error) {
      if (!(error instanceof DevServerError)) console.warn('Container Notes search:', error);
      this.toggleAttribute('data-unavailable', true);
      if (!status) return;
      renderNotice(status, noticeFor(error));
      status.hidden = false;
    }
  }
}

if (!customElements.get('cn-search-page')) customElements.define('cn-search-page', SearchPage);
