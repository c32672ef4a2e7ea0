// Browser glue for the feedback-email island: clipboard, file download and draft storage. Each one fails soft and
// says so, because older browsers, private windows and locked-down work machines refuse some of them.
import { DRAFT_KEY } from '#/lib/feedback-email/draft.ts';

/** Copies text: the Clipboard API where allowed, else a hidden textarea and execCommand (older Safari, http). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'fe-offscreen';
    document.body.append(area);
    area.select();
    let done: boolean;
    try {
      // Deprecated but still the only copy path where the Clipboard API is missing or refused.
      done = (document as { execCommand(command: string): boolean }).execCommand('copy');
    } catch {
      done = false;
    }
    area.remove();
    return done;
  }
}

/** Saves text as a file through a Blob URL: made on the device, nothing is uploaded. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** localStorage, which throws in some private modes and when storage is disabled. */
export const draftStore = {
  read(): string | null {
    try {
      return localStorage.getItem(DRAFT_KEY);
    } catch {
      return null;
    }
  },
  write(value: string): boolean {
    try {
      localStorage.setItem(DRAFT_KEY, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(): void {
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      // Nothing was stored if storage is unavailable.
    }
  },
};
