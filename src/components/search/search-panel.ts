// Wires a search form (markup from src/lib/search/panel.ts): reads what the reader typed and chose, runs the search
// (planning and fallback are pure modules in src/lib/search/: plan.ts, run.ts), and hands the outcome to the results
// view. One search at a time; keystrokes during a search coalesce into one more search with the latest text.
import { excerptParts } from '#/lib/search/excerpt.ts';
import { pagefindFilters, searchQueryString, type SearchState } from '#/lib/search/params.ts';
import { planQuery } from '#/lib/search/plan.ts';
import { MAX_QUERY_LENGTH } from '#/lib/search/query.ts';
import { promoteExactTitles } from '#/lib/search/rank.ts';
import { runSearch, type SearchOutcome, type StartPage } from '#/lib/search/run.ts';
import { messages, RESULTS_PER_VIEW, resultSummary, showingMore } from '#/lib/search/wording.ts';
import { Combobox } from './combobox.ts';
import {
  isSearchLoaded,
  loadSearch,
  pagefindBackend,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind-client.ts';
import { ResultsView, type ResultItem } from './results-view.ts';

export interface PanelBehaviour {
  /** 'page' keeps the address in step with the search; 'dialog' sends Enter without a selection to the page. */
  mode: 'page' | 'dialog';
}

/** A result address must stay on this site: a relative path, never a scheme such as javascript:. */
function safeHref(url: string): string | undefined {
  return url.startsWith('/') && !url.startsWith('//') ? url : undefined;
}

function resultItem(data: PagefindResultData): ResultItem {
  const href = safeHref(data.url);
  return {
    href,
    title: data.meta.title || href || 'Untitled page',
    type: data.meta.type,
    excerpt: excerptParts(data.excerpt ?? ''),
  };
}

function startItem(page: StartPage): ResultItem {
  return {
    href: safeHref(page.url),
    title: page.title,
    type: page.type,
    excerpt: page.description ? [{ text: page.description, marked: false }] : [],
  };
}

/** "Searching…" only appears when a search is slow enough to notice. */
const BUSY_DELAY_MS = 250;

export class SearchPanel {
  readonly input: HTMLInputElement;
  private readonly form: HTMLFormElement;
  private readonly behaviour: PanelBehaviour;
  private readonly combobox: Combobox;
  private readonly view: ResultsView;
  private readonly filters: HTMLSelectElement[];
  private results: readonly PagefindResult[] = [];
  private shown = 0;
  /** The text the reader asked to search as typed ("Search instead for …"); any change of text ends it. */
  private verbatimFor: string | undefined;
  /** A search is running; `dirty` means the input changed meanwhile and another one must follow. */
  private running = false;
  private dirty = false;
  private busyTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(form: HTMLFormElement, behaviour: PanelBehaviour) {
    this.form = form;
    this.behaviour = behaviour;
    this.input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
    this.filters = [...form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
    const list = form.querySelector<HTMLElement>('[data-search-results]')!;
    this.combobox = new Combobox(this.input, list, { escapeClearsSelection: behaviour.mode === 'page' });
    this.view = new ResultsView(form, this.combobox);

    this.input.addEventListener('input', () => this.schedule());
    for (const select of this.filters) select.addEventListener('change', () => this.schedule());
    form.querySelector('[data-search-more]')?.addEventListener('click', () => void this.showMore());
    form.addEventListener('submit', (event) => this.onSubmit(event));
  }

  get state(): SearchState {
    const value = (name: string) => this.filters.find((s) => s.name === name)?.value || undefined;
    const state: SearchState = { q: this.input.value, type: value('type'), topic: value('topic') };
    if (this.verbatimFor !== undefined && this.verbatimFor === this.input.value) state.verbatim = true;
    return state;
  }

  /** Puts a linked search (?q=&type=&topic=&verbatim=) into the form and runs it. */
  restore(state: SearchState): void {
    this.input.value = state.q;
    this.verbatimFor = state.verbatim ? state.q : undefined;
    for (const select of this.filters) {
      const wanted = state[select.name as 'type' | 'topic'] ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
    this.schedule();
  }

  /** Hides filter choices the index has no page for (a type of page the site does not have yet). */
  async pruneFilters(): Promise<void> {
    if (this.filters.length === 0) return;
    const available = await (await loadSearch()).pagefind.filters();
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

  /** Removes the keyboard selection (used when the dialog closes). */
  reset(): void {
    this.combobox.setActive(-1);
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.dirty) {
        this.dirty = false;
        await this.update();
      }
      // Marks the form with the text whose results it now shows: tests and tools wait for it.
      this.form.dataset.searchSettled = this.input.value;
    } finally {
      this.running = false;
    }
  }

  private async update(): Promise<void> {
    const state = this.state;
    if (this.behaviour.mode === 'page')
      history.replaceState(history.state, '', location.pathname + searchQueryString(state));
    const filters = pagefindFilters(state);
    const filtered = Object.keys(filters).length > 0;
    // Hints need no index: answer them before loading anything.
    const bare = planQuery(state.q);
    if (bare.kind === 'empty' && !filtered) return this.view.showMessage(messages.emptyHint, '');
    if (bare.kind === 'no-words') return this.view.showMessage(messages.noWords, messages.noWords);

    this.startBusy();
    try {
      const search = await loadSearch();
      if (this.dirty) return;
      const plan = planQuery(state.q, {
        vocabulary: search.vocabulary,
        readers: search.readers,
        verbatim: state.verbatim,
      });
      const outcome = await runSearch(plan, pagefindBackend(search, filters), { filtered, start: search.start });
      if (this.dirty) return;
      await this.render(outcome, filtered);
    } catch (error) {
      console.error('Search failed', error);
      this.view.showError(() => this.schedule());
    } finally {
      this.stopBusy();
    }
  }

  private async render(outcome: SearchOutcome<PagefindResult>, filtered: boolean): Promise<void> {
    if (outcome.kind === 'empty') return this.view.showMessage(messages.emptyHint, '');
    if (outcome.kind === 'no-words') return this.view.showMessage(messages.noWords, messages.noWords);
    const plan = outcome.kind === 'listing' ? undefined : outcome.plan;
    const note = plan?.shortened ? ` ${messages.shortened(MAX_QUERY_LENGTH)}` : '';

    if (outcome.kind === 'nothing') {
      this.results = [];
      this.shown = 0;
      if (outcome.start.length === 0) {
        const text = messages.noResults(outcome.plan.corrected ?? outcome.plan.text, filtered);
        this.view.showMessage(text + note, text, this.view.guidesLink());
        return this.showSpelling(outcome);
      }
      // Nothing matched: the pages that help most readers are shown as results, so no search ends empty-handed.
      this.view.showResults(outcome.start.map(startItem));
      this.showSpelling(outcome);
      this.view.updateMore(false);
      const line = messages.startPages(outcome.plan.corrected ?? outcome.plan.text);
      this.view.setSummary(line + note);
      return this.view.announce(line + note);
    }

    this.results = outcome.results;
    this.shown = 0;
    const first = await this.loadData(0);
    if (this.dirty) return;
    const page = plan ? promoteExactTitles(first, plan.corrected ?? plan.text, (data) => data.meta.title) : first;
    this.view.showResults(page.map(resultItem));
    this.shown = page.length;
    if (outcome.kind === 'results') this.showSpelling(outcome);
    else this.view.showSpelling();
    const total = this.results.length;
    const line =
      outcome.kind === 'listing'
        ? messages.filterOnly(total)
        : resultSummary(total, outcome.plan.corrected ?? outcome.plan.text, filtered, outcome.partial);
    this.view.setSummary(`${line} ${showingMore(this.shown, total)}${note}`);
    this.updateMore();
    this.view.announce(`${line}${note}`);
  }

  /** "Showing results for …. Search instead for …" when spelling changed the query. */
  private showSpelling(outcome: Extract<SearchOutcome<unknown>, { plan: unknown }>): void {
    const { corrected, text } = outcome.plan;
    this.view.showSpelling(
      corrected
        ? {
            corrected,
            typed: text,
            onInstead: () => {
              this.verbatimFor = this.input.value;
              this.input.focus();
              this.schedule();
            },
          }
        : undefined,
    );
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
      return this.view.showError(() => this.schedule());
    }
    this.view.showResults(page.map(resultItem), from, true);
    this.shown += page.length;
    const total = this.results.length;
    const summary = this.form.querySelector('[data-search-summary]')!;
    this.view.setSummary(
      summary.textContent!.replace(/ Showing the first \d+\./, ` ${showingMore(this.shown, total)}`),
    );
    this.updateMore();
    this.view.announce(`Showing ${this.shown} of ${total}.`);
    // The button may have just hidden itself; continue in the field, on the first new result.
    this.input.focus();
    this.combobox.setActive(from);
  }

  private updateMore(): void {
    const total = this.results.length;
    this.view.updateMore(this.shown < total, total > 0 ? `/search/${searchQueryString(this.state)}` : undefined);
  }

  private onSubmit(event: SubmitEvent): void {
    // On the page the results are already there; in the dialog, Enter opens the full search page for this query.
    if (this.behaviour.mode === 'page' || planQuery(this.input.value).kind !== 'search') event.preventDefault();
  }

  private startBusy(): void {
    clearTimeout(this.busyTimer);
    this.busyTimer = setTimeout(
      () => this.view.setBusy(true, isSearchLoaded() ? messages.searching : messages.loading),
      BUSY_DELAY_MS,
    );
  }

  private stopBusy(): void {
    clearTimeout(this.busyTimer);
    this.view.setBusy(false);
  }
}
