// Copying text from the islands and the copy buttons. Older Safari, pages on http and locked-down work machines
// refuse the Clipboard API, so there is a fallback, and the caller learns whether either worked and can say so.

/** Copies text: the Clipboard API where allowed, else a hidden textarea and execCommand. True when it worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    // Out of sight but selectable (display: none could not be selected); CSSOM styles are allowed by the CSP.
    Object.assign(area.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', opacity: '0' });
    document.body.append(area);
    area.select();
    let done: boolean;
    try {
      // Deprecated, but still the only copy path where the Clipboard API is missing or refused.
      done = (document as { execCommand(command: string): boolean }).execCommand('copy');
    } catch {
      done = false;
    }
    area.remove();
    return done;
  }
}
