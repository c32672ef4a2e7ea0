// localStorage for "keep on this device", which throws in some private modes and when storage is disabled.
import { KEEP_KEY } from '#/lib/reply/keep.ts';

export const keepStore = {
  read(): string | null {
    try {
      return localStorage.getItem(KEEP_KEY);
    } catch {
      return null;
    }
  },
  write(value: string): boolean {
    try {
      localStorage.setItem(KEEP_KEY, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(): void {
    try {
      localStorage.removeItem(KEEP_KEY);
    } catch {
      // Nothing was stored if storage is unavailable.
    }
  },
};
