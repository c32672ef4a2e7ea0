// localStorage under one key, for islands that keep something on this device. Storage throws in some private modes
// and when it is turned off, so every call fails soft: read gives null, write says whether it worked.
export interface LocalStore {
  read(): string | null;
  write(value: string): boolean;
  remove(): void;
}

export function localStore(key: string): LocalStore {
  return {
    read() {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        localStorage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove() {
      try {
        localStorage.removeItem(key);
      } catch {
        // Nothing was stored if storage is unavailable.
      }
    },
  };
}
