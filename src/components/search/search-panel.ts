// Wires a search form (markup from src/lib/search/panel.ts) to Pagefind. The field and the results follow the ARIA
// "combobox with listbox popup" pattern, list autocomplete with manual selection
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the field; Down and Up move the active result
// (aria-activedescendant), wrapping at the ends; Enter opens the active result; typing clears the selection.
// Each result is a real link (role="option"), so a pointer can open it in a new tab.
import { rankByCoverage } from '#/lib/search/coverage.ts';
import { excerptParts } from '#/lib/search/excerpt.ts';
import { pagefindFilters, searchQueryString, type SearchState } from '#/lib/search/params.ts';
import { MAX_QUERY_LENGTH, prepareQuery, type PreparedQuery } from '#/lib/search/query.ts';
import { promoteExactTitles } from '#/lib/search/rank.ts';
import { noResultSuggestions } from '#/lib/search/suggestions.ts';
import { messages, RESULTS_PER_VIEW, resultSummary, showingMore, typeLabel } from '#/lib/search/wording.ts';
import { siteConfig } from '#/site.config.ts';
import { isPagefindLoaded, loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind-client.ts';

export interface PanelBehaviour {
  /** 'page' keeps the address in step with the search; 'dialog' sends Enter without a selection to the page. */
  mode: 'page' | 'dialog';
}

/** A result address must stay on this site: a relative path, never a scheme such as javascript:. */
function safeHref(url: string): string | undefined {
  return url.startsWith('/') && !url.startsWith('//') ? url : undefined;
}

/** How long the results must stay put before the live region announces them, so typing is not read out letter by letter. */
const ANNOUNCE_DELAY_MS = 600;
/** "Searching…" only appears when a search is slow enough to notice. */
const BUSY_DELAY_MS = 250;

export class SearchPanel {
  readonly input: HTMLInputElement;
  private readonly behaviour: PanelBehaviour;
  private readonly summary: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLElement;
  private readonly help: HTMLElement;
  private readonly more: HTMLButtonElement | null;
  private readonly pageLink: HTMLElement | null;
  private readonly filters: HTMLSelectElement[];
  private readonly idPrefix: string;
  private results: PagefindResult[] = [];
  private shown = 0;
  private active = -1;
  /** A search is running; `dirty` means the input changed meanwhile and another one must follow. */
  private running = false;
  private dirty = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private busyTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(form: HTMLFormElement, behaviour: PanelBehaviour) {
    const get = <T extends HTMLElement>(selector: string) => form.querySelector<T>(selector)!;
    this.behaviour = behaviour;
    this.input = get<HTMLInputElement>('[data-search-input]');
    this.summary = get('[data-search-summary]');
    this.status = get('[data-search-status]');
    this.list = get('[data-search-results]');
    this.help = get('[data-search-help]');
    this.more = form.querySelector('[data-search-more]');
    this.pageLink = form.querySelector('[data-search-page-link]');
    this.filters = [...form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
    this.idPrefix = this.list.id;

    // The combobox roles are added here, not in the markup: without this script the field is a plain search field.
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-controls', this.list.id);
    this.input.setAttribute('aria-expanded', 'false');

    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKeydown(event));
    for (const select of this.filters) select.addEventListener('change', () => this.schedule());
    this.more?.addEventListener('click', () => void this.showMore());
    form.addEventListener('submit', (event) => this.onSubmit(event));
  }

  get state(): SearchState {
    const value = (name: string) => this.filters.find((s) => s.name === name)?.value || undefined;
    return { q: this.input.value, type: value('type'), topic: value('topic') };
  }

  /** Puts a linked search (?q=&type=&topic=) into the form and runs it. */
  restore(state: SearchState): void {
    this.input.value = state.q;
    for (const select of this.filters) {
      const wanted = state[select.name as 'type' | 'topic'] ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
    this.schedule();
  }

  /** Hides filter choices the index has no page for (a type of page the site does not have yet). */
  async pruneFilters(): Promise<void> {
    if (this.filters.length === 0) return;
    const available = await (await loadPagefind()).filters();
    for (const select of this.filters) {
      for (const option of select.options) {
        if (option.value && !option.selected) option.hidden = !available[select.name]?.[option.value];
      }
    }
  }

  schedule(): void {
    this.dirty = true;
    if (!this.running) void this.drain();
  }

  /** One search at a time; keystrokes during a search coalesce into one more search with the latest text. */
  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.dirty) {
        this.dirty = false;
        await this.update();
      }
    } finally {
      this.running = false;
    }
  }

  private async update(): Promise<void> {
    const state = this.state;
    if (this.behaviour.mode === 'page')
      history.replaceState(history.state, '', location.pathname + searchQueryString(state));
    const prepared = prepareQuery(state.q, siteConfig.searchSynonyms);
    const filters = pagefindFilters(state);
    const filtered = Object.keys(filters).length > 0;
    if (prepared.kind === 'empty' && !filtered) return this.showMessage(messages.emptyHint, '');
    if (prepared.kind === 'no-words') return this.showMessage(messages.noWords, messages.noWords);

    this.startBusy();
    try {
      const pagefind = await loadPagefind();
      if (this.dirty) return;
      const term = prepared.kind === 'search' ? prepared.term : null;
      const options = filtered ? { filters } : undefined;
      const search = await pagefind.search(term, options);
      if (this.dirty || !search) return;
      let results: PagefindResult[] = search.results;
      let partial = false;
      const words = term?.split(' ') ?? [];
      if (results.length === 0 && words.length > 1) {
        const perWord = await Promise.all(words.map((word) => pagefind.search(word, options)));
        if (this.dirty) return;
        results = rankByCoverage(perWord.map((found) => found?.results ?? []));
        partial = results.length > 0;
      }
      this.results = results;
      this.shown = 0;
      await this.render(prepared, filtered, partial);
    } catch (error) {
      console.error('Search failed', error);
      this.showError();
    } finally {
      this.stopBusy();
    }
  }

  private async render(prepared: PreparedQuery, filtered: boolean, partial: boolean): Promise<void> {
    const total = this.results.length;
    if (total === 0) return this.showNoResults(prepared.kind === 'search' ? prepared.text : '');
    const loaded = await this.loadData(0);
    if (this.dirty) return;
    const page =
      prepared.kind === 'search' ? promoteExactTitles(loaded, prepared.text, (data) => data.meta.title) : loaded;
    this.setActive(-1);
    this.list.replaceChildren(...page.map((data, i) => this.option(data, i)));
    this.shown = page.length;
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.help.replaceChildren();
    const line =
      prepared.kind !== 'search' ? messages.filterOnly(total) : resultSummary(total, prepared.text, filtered, partial);
    const note = prepared.kind === 'search' && prepared.shortened ? ` ${messages.shortened(MAX_QUERY_LENGTH)}` : '';
    this.summary.textContent = `${line} ${showingMore(this.shown, total)}${note}`.replace(/\s+/g, ' ').trim();
    this.updateMore();
    this.announce(`${line}${note}`);
  }

  private async loadData(from: number): Promise<PagefindResultData[]> {
    const slice = this.results.slice(from, from + RESULTS_PER_VIEW);
    return Promise.all(slice.map((result) => result.data()));
  }

  private async showMore(): Promise<void> {
    const from = this.shown;
    let page: PagefindResultData[];
    try {
      page = await this.loadData(from);
    } catch (error) {
      console.error('Search failed', error);
      return this.showError();
    }
    this.list.append(...page.map((data, i) => this.option(data, from + i)));
    this.shown += page.length;
    const total = this.results.length;
    this.summary.textContent = this.summary
      .textContent!.replace(/ Showing the first \d+\./, ` ${showingMore(this.shown, total)}`)
      .replace(/\s+/g, ' ')
      .trim();
    this.updateMore();
    this.announce(`Showing ${this.shown} of ${total}.`);
    // The button may have just hidden itself; continue in the field, on the first new result.
    this.input.focus();
    this.setActive(from);
  }

  private updateMore(): void {
    const hasMore = this.shown < this.results.length;
    if (this.more) this.more.hidden = !hasMore;
    if (this.pageLink) {
      this.pageLink.hidden = this.results.length === 0;
      this.pageLink.querySelector('a')!.href = `/search/${searchQueryString(this.state)}`;
    }
  }

  /** One result: a link with the option role, named by its title and type, described by its excerpt. */
  private option(data: PagefindResultData, index: number): HTMLElement {
    const id = `${this.idPrefix}-${index}`;
    const link = document.createElement('a');
    const href = safeHref(data.url);
    if (href) link.href = href;
    link.id = id;
    link.className = 'search-result';
    link.tabIndex = -1;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    // The option's name is its whole text; the hidden punctuation makes it read "Title, Guide: excerpt".
    const span = (className: string, text?: string) => {
      const el = document.createElement('span');
      el.className = className;
      if (text !== undefined) el.textContent = text;
      return el;
    };
    const excerpt = span('search-result__excerpt');
    for (const part of excerptParts(data.excerpt ?? '')) {
      if (!part.marked) excerpt.append(part.text);
      else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
    }
    link.append(
      span('search-result__title', data.meta.title || href || 'Untitled page'),
      span('visually-hidden', ', '),
      span('search-result__type', typeLabel(data.meta.type)),
      span('visually-hidden', ': '),
      excerpt,
    );
    return link;
  }

  private options(): HTMLElement[] {
    return this.list.hidden ? [] : [...this.list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  private setActive(index: number): void {
    const options = this.options();
    options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index >= 0 && index < options.length ? index : -1;
    const current = options[this.active];
    if (current) {
      current.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const count = this.options().length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        this.setActive(this.active < count - 1 ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        this.setActive(this.active > 0 ? this.active - 1 : count - 1);
        break;
      case 'Enter':
        if (this.active < 0) return;
        event.preventDefault();
        this.options()[this.active]?.click();
        break;
      case 'Escape':
        // In the dialog, Escape closes it (the dialog's own cancel). On the page it first leaves the results.
        if (this.behaviour.mode === 'page' && this.active >= 0) {
          event.preventDefault();
          this.setActive(-1);
        }
        break;
      default:
        if (event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete') this.setActive(-1);
    }
  }

  private onSubmit(event: SubmitEvent): void {
    // On the page the results are already there; in the dialog, Enter opens the full search page for this query.
    const prepared = prepareQuery(this.input.value);
    if (this.behaviour.mode === 'page' || prepared.kind !== 'search') event.preventDefault();
  }

  private clearResults(): void {
    this.results = [];
    this.shown = 0;
    this.setActive(-1);
    this.list.replaceChildren();
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.updateMore();
  }

  private showMessage(text: string, spoken: string): void {
    this.clearResults();
    this.summary.textContent = text;
    this.help.replaceChildren();
    this.announce(spoken);
  }

  private showNoResults(text: string): void {
    this.clearResults();
    this.summary.textContent = messages.noResults(text);
    const list = document.createElement('ul');
    list.className = 'search-panel__suggestions';
    for (const suggestion of noResultSuggestions(siteConfig.tools)) {
      const link = Object.assign(document.createElement('a'), { href: suggestion.href, textContent: suggestion.title });
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    this.help.replaceChildren(list);
    this.announce(messages.noResults(text).replace(/, or start here:$/, '.'));
  }

  private showError(): void {
    this.clearResults();
    this.summary.textContent = messages.error;
    const retry = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: messages.retry,
      className: 'search-panel__retry',
    });
    retry.addEventListener('click', () => this.schedule());
    const guides = Object.assign(document.createElement('a'), { href: '/guides/', textContent: 'All guides' });
    this.help.replaceChildren(retry, ' ', guides);
    this.announce(messages.error, true);
  }

  private startBusy(): void {
    clearTimeout(this.busyTimer);
    this.busyTimer = setTimeout(() => {
      this.list.setAttribute('aria-busy', 'true');
      this.summary.textContent = isPagefindLoaded() ? messages.searching : messages.loading;
    }, BUSY_DELAY_MS);
  }

  private stopBusy(): void {
    clearTimeout(this.busyTimer);
    this.list.removeAttribute('aria-busy');
  }

  /** Polite live region: announced once typing pauses (or at once for errors); an empty text just clears it. */
  private announce(text: string, now = false): void {
    clearTimeout(this.announceTimer);
    const say = () => {
      this.status.textContent = text;
    };
    if (now || !text) say();
    else this.announceTimer = setTimeout(say, ANNOUNCE_DELAY_MS);
  }

  /** Removes the keyboard selection (used when the dialog closes). */
  reset(): void {
    this.setActive(-1);
  }
}
