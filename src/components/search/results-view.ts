// What the search panel shows: the summary line, the results (as combobox options), the spelling notice, help under
// the results, "Show more", and what the polite live region announces. It renders; search-panel.ts decides what.
// Everything a reader typed and every page text is set as text, never as markup.
import type { ExcerptPart } from '#/lib/search/excerpt.ts';
import { messages, typeLabel } from '#/lib/search/wording.ts';
import type { Combobox } from './combobox.ts';

export interface ResultItem {
  href?: string;
  title: string;
  type?: string;
  excerpt: ExcerptPart[];
}

/** How long the results must stay put before the live region announces them, so typing is not read out letter by letter. */
const ANNOUNCE_DELAY_MS = 600;

export class ResultsView {
  private readonly summary: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLElement;
  private readonly spelling: HTMLElement;
  private readonly help: HTMLElement;
  private readonly more: HTMLButtonElement | null;
  private readonly pageLink: HTMLElement | null;
  private readonly combobox: Combobox;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(form: HTMLFormElement, combobox: Combobox) {
    this.combobox = combobox;
    const get = <T extends HTMLElement>(selector: string) => form.querySelector<T>(selector)!;
    this.summary = get('[data-search-summary]');
    this.status = get('[data-search-status]');
    this.list = get('[data-search-results]');
    this.spelling = get('[data-search-spelling]');
    this.help = get('[data-search-help]');
    this.more = form.querySelector('[data-search-more]');
    this.pageLink = form.querySelector('[data-search-page-link]');
  }

  /** Replaces the results (or, with `append`, adds to them); options are numbered from `first`. */
  showResults(items: readonly ResultItem[], first = 0, append = false): void {
    const options = items.map((item, i) => this.option(item, first + i));
    if (append) this.list.append(...options);
    else {
      this.combobox.setActive(-1);
      this.list.replaceChildren(...options);
    }
    this.combobox.setOpen(this.list.children.length > 0);
    this.help.replaceChildren();
  }

  clearResults(): void {
    this.list.replaceChildren();
    this.combobox.setOpen(false);
    this.updateMore(false);
  }

  setSummary(text: string): void {
    this.summary.textContent = text.replace(/\s+/g, ' ').trim();
  }

  /** "Showing results for <corrected>. Search instead for <typed>", the second part a button; hidden with no correction. */
  showSpelling(correction?: { corrected: string; typed: string; onInstead: () => void }): void {
    if (!correction) {
      this.spelling.hidden = true;
      this.spelling.replaceChildren();
      return;
    }
    const instead = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'search-panel__instead',
    });
    instead.append(Object.assign(document.createElement('em'), { textContent: correction.typed }));
    instead.addEventListener('click', correction.onInstead);
    const corrected = Object.assign(document.createElement('em'), { textContent: correction.corrected });
    this.spelling.replaceChildren(`${messages.showingFor} `, corrected, `. ${messages.searchInstead} `, instead);
    this.spelling.hidden = false;
  }

  /** A message instead of results (hints, no results, errors), with optional help under it. */
  showMessage(text: string, spoken: string, ...help: (Node | string)[]): void {
    this.clearResults();
    this.showSpelling();
    this.setSummary(text);
    this.help.replaceChildren(...help);
    this.announce(spoken);
  }

  showError(onRetry: () => void): void {
    const retry = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: messages.retry,
      className: 'search-panel__retry',
    });
    retry.addEventListener('click', onRetry);
    this.showMessage(messages.error, '', retry, ' ', this.guidesLink());
    this.announce(messages.error, true);
  }

  guidesLink(): HTMLAnchorElement {
    return Object.assign(document.createElement('a'), { href: '/guides/', textContent: messages.allGuides });
  }

  /** "Show more" on the page while results remain; the dialog's link to the page whenever there are results. */
  updateMore(hasMore: boolean, pageHref?: string): void {
    if (this.more) this.more.hidden = !hasMore;
    if (this.pageLink) {
      this.pageLink.hidden = pageHref === undefined;
      if (pageHref) this.pageLink.querySelector('a')!.href = pageHref;
    }
  }

  setBusy(busy: boolean, text?: string): void {
    if (busy) this.list.setAttribute('aria-busy', 'true');
    else this.list.removeAttribute('aria-busy');
    if (busy && text) this.setSummary(text);
  }

  /** Polite live region: announced once typing pauses (or at once for errors); an empty text just clears it. */
  announce(text: string, now = false): void {
    clearTimeout(this.announceTimer);
    const say = () => {
      this.status.textContent = text;
    };
    if (now || !text) say();
    else this.announceTimer = setTimeout(say, ANNOUNCE_DELAY_MS);
  }

  /** One result: a link with the option role, named by its title and type, described by its excerpt. */
  private option(item: ResultItem, index: number): HTMLElement {
    const link = document.createElement('a');
    if (item.href) link.href = item.href;
    link.id = `${this.list.id}-${index}`;
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
    for (const part of item.excerpt) {
      if (!part.marked) excerpt.append(part.text);
      else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
    }
    link.append(
      span('search-result__title', item.title),
      span('visually-hidden', ', '),
      span('search-result__type', typeLabel(item.type)),
      span('visually-hidden', ': '),
      excerpt,
    );
    return link;
  }
}
