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

/**
 * Storage's first access in a page is a synchronous load (10 to 40 ms at 4x CPU, measured in Chromium),
 * which would otherwise fall just after the exit, holding the main thread the departing page needs. Asked
 * once while the page is idle (reading stores nothing), so that clearing on exit is quick.
 */
export function warmLibraryStorage(): void {
  const read = () => {
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        void globalThis[area].length;
      } catch {
        // Blocked or missing storage: nothing to warm.
      }
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(read, { timeout: 5000 });
  else setTimeout(read, 1000);
}
