/**
 * The library's one storage namespace. Nothing is stored unless a site opts in (the checklist's
 * `persist`), and everything stored goes under this prefix so that one call can remove it all: the quick
 * exit calls `clearLibraryStorage()` on every exit, on any page, whichever elements are on that page.
 */
export const STORAGE_NAMESPACE = 'safety-elements:';

/** Removes every key under the namespace from localStorage and sessionStorage; each step may fail alone. */
export function clearLibraryStorage(): void {
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = globalThis[area];
      const ours: string[] = [];
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(STORAGE_NAMESPACE)) ours.push(key);
      }
      for (const key of ours) {
        try {
          store.removeItem(key);
        } catch {
          // One key that cannot go must not keep the others.
        }
      }
    } catch {
      // Storage that is blocked or missing holds nothing of ours.
    }
  }
}
