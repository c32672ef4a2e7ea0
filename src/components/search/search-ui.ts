// The search UI, loaded on first intent by the header's tiny inline script (SearchTrigger.astro) and by the search
// page. The dialog is built on first use, so content pages carry none of its markup or CSS.
import { panelMarkup } from '#/lib/search/panel.ts';
import { readSearchParams, type KnownFilters } from '#/lib/search/params.ts';
import { loadSearch } from './pagefind-client.ts';
import { SearchPanel } from './search-panel.ts';
import panelCss from './search-panel.css?inline';
import dialogCss from './search-dialog.css?inline';

// Start loading Pagefind as soon as a reader shows intent; a failure is shown when they search.
loadSearch().catch(() => {});

let dialog: HTMLDialogElement | undefined;
let dialogPanel: SearchPanel | undefined;
let returnFocus: HTMLElement | undefined;

/** Constructed style sheets: allowed by the page's CSP (which hashes <style> elements), and added only when needed. */
function adoptStyles(...texts: string[]): void {
  const sheets = texts.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
}

function createDialog(): HTMLDialogElement {
  adoptStyles(panelCss, dialogCss);
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-title');
  // Trusted constant markup only: everything a reader types is rendered as text by SearchPanel.
  element.innerHTML =
    `<div class="search-dialog__bar"><h2 class="search-dialog__title" id="search-dialog-title">Search the site</h2>` +
    `<button class="search-dialog__close" type="button" data-search-close>Close</button></div>` +
    panelMarkup({ id: 'search-dialog', label: 'Search the site', hideLabel: true });
  document.body.append(element);
  dialogPanel = new SearchPanel(element.querySelector('form')!, { mode: 'dialog' });
  element.querySelector('[data-search-close]')!.addEventListener('click', () => element.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  // Escape closes from anywhere in the dialog, even when the field would rather clear itself first.
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      element.close();
    }
  });
  element.addEventListener('close', () => {
    dialogPanel?.reset();
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = undefined;
  });
  return element;
}

/**
 * Opens the search dialog (or, on the search page, goes to its field); `trigger` gets focus back on close.
 * `typed` holds keys pressed while this module was loading: they replace the field's text, as if typed there.
 */
export function openSearch(trigger: HTMLElement, typed = ''): void {
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  const field = pageField ?? openDialog(trigger);
  field.focus();
  if (typed) {
    field.value = typed;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    field.select();
  }
}

function openDialog(trigger: HTMLElement): HTMLInputElement {
  dialog ??= createDialog();
  if (!dialog.open) {
    const focused = document.activeElement;
    returnFocus = focused instanceof HTMLElement && focused !== document.body ? focused : trigger;
    dialog.showModal();
  }
  return dialogPanel!.input;
}

/** The search page: enhances its server-rendered form and runs the search its address asks for. */
export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const panel = new SearchPanel(form, { mode: 'page' });
  const known: KnownFilters = { type: [], topic: [] };
  for (const select of form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')) {
    known[select.name as keyof KnownFilters] = [...select.options].map((o) => o.value).filter(Boolean);
  }
  panel.restore(readSearchParams(location.search, known));
  // Marked when done, so tests (and styles, if ever needed) can tell the choices are final.
  panel.pruneFilters().then(
    () => {
      root.dataset.filtersReady = 'true';
    },
    () => {},
  );
}
