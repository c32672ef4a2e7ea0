// The search field and its results as an ARIA "combobox with listbox popup", list autocomplete with manual selection
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the field; Down and Up move the active result
// (aria-activedescendant), wrapping at the ends; Enter opens the active result; typing clears the selection.
// Each result is a real link (role="option"), so a pointer can open it in a new tab.

export interface ComboboxOptions {
  /** On the search page Escape first leaves the results; in the dialog it closes the dialog (not handled here). */
  escapeClearsSelection: boolean;
}

export class Combobox {
  readonly input: HTMLInputElement;
  private readonly list: HTMLElement;
  private readonly behaviour: ComboboxOptions;
  private active = -1;

  constructor(input: HTMLInputElement, list: HTMLElement, behaviour: ComboboxOptions) {
    this.input = input;
    this.list = list;
    this.behaviour = behaviour;
    // The roles are added here, not in the markup: without this script the field is a plain search field.
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    input.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  /** Shows or hides the list, keeping aria-expanded in step; a hidden list has no active option. */
  setOpen(open: boolean): void {
    if (!open) this.setActive(-1);
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
  }

  options(): HTMLElement[] {
    return this.list.hidden ? [] : [...this.list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  setActive(index: number): void {
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
        if (this.behaviour.escapeClearsSelection && this.active >= 0) {
          event.preventDefault();
          this.setActive(-1);
        }
        break;
      default:
        if (event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete') this.setActive(-1);
    }
  }
}
