// The search form's markup, as one string built from trusted constants: the /search/ page renders it on the server
// (so it works as a plain form before its script runs) and the header's dialog builds the same markup in the browser.
export interface FilterOption {
  value: string;
  label: string;
}

export interface PanelOptions {
  /** Prefix of every id inside the panel; unique per page. */
  id: string;
  /** Visible label of the search field. */
  label: string;
  /** Keep the label for screen readers only (the dialog shows it as its heading). */
  hideLabel?: boolean;
  /** The search page's filters; the dialog has none. */
  filters?: { type: FilterOption[]; topic: FilterOption[] };
  /** Offer a "Show more results" button (the page) instead of a link to the page (the dialog). */
  paged?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function select(id: string, name: string, label: string, all: string, options: FilterOption[]): string {
  const items = options.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`).join('');
  return (
    `<div class="search-panel__filter"><label for="${id}-${name}">${escapeHtml(label)}</label>` +
    `<select id="${id}-${name}" name="${name}" data-search-filter="${name}"><option value="">${escapeHtml(all)}</option>${items}</select></div>`
  );
}

export function panelMarkup(options: PanelOptions): string {
  const id = escapeHtml(options.id);
  const labelClass = options.hideLabel ? 'visually-hidden' : 'search-panel__label';
  const filters = options.filters
    ? `<fieldset class="search-panel__filters"><legend>Narrow down</legend>` +
      select(id, 'type', 'Type', 'All types', options.filters.type) +
      select(id, 'topic', 'Topic', 'All topics', options.filters.topic) +
      `</fieldset>`
    : '';
  const after = options.paged
    ? `<button class="search-panel__more" type="button" data-search-more hidden>Show more results</button>`
    : `<p class="search-panel__page-link" data-search-page-link hidden><a href="/search/">See all results, with filters</a></p>`;
  return (
    `<form class="search-panel" role="search" action="/search/" method="get" data-search-form>` +
    `<label class="${labelClass}" for="${id}-q">${escapeHtml(options.label)}</label>` +
    `<div class="search-panel__field">` +
    `<input class="search-panel__input" id="${id}-q" name="q" type="search" autocomplete="off" ` +
    `autocapitalize="off" spellcheck="false" enterkeyhint="search" aria-describedby="${id}-summary" data-search-input>` +
    (options.paged ? `<button class="search-panel__submit" type="submit">Search</button>` : '') +
    `</div>` +
    filters +
    `<p class="search-panel__spelling" data-search-spelling hidden></p>` +
    `<p class="search-panel__summary" id="${id}-summary" data-search-summary></p>` +
    `<p class="visually-hidden" role="status" data-search-status></p>` +
    `<div class="search-panel__results" id="${id}-results" role="listbox" aria-label="Search results" data-search-results hidden></div>` +
    `<div class="search-panel__help" data-search-help></div>` +
    after +
    `</form>`
  );
}
