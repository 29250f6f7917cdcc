import type { ReactiveElement } from 'lit';
import { error as report } from './warn.js';

/**
 * Parts of an element that are off by default (the FOUR explainer's law section, say) live in a module of
 * their own, imported the first time a host turns them on, so a page that never shows them never downloads
 * them (issue 18). In the CDN build that module is a chunk in the same folder as the element; the classic
 * file inlines it (rollup's `inlineDynamicImports`), so there it is ready after a microtask.
 *
 * A host asks with `onDemand(this, loader, what)` where it renders: the module once loaded, else `undefined`
 * (render without the part) and the host updates when it arrives. A module that fails to load gives one
 * console error per page and stays `undefined`: the rest of the element works. `loader` must be one
 * function per part (a module-level constant), as it keys the cache.
 */
export type PartLoader<T> = () => Promise<T>;

const loads = new Map<PartLoader<unknown>, Promise<void>>();
/** Settled loads: the module, or `undefined` for one that failed (never asked for again). */
const settled = new Map<PartLoader<unknown>, unknown>();
/** Loads each host is waiting for (to update it, and for its `updateComplete`). */
const waiting = new WeakMap<ReactiveElement, Set<Promise<void>>>();

export function onDemand<T>(host: ReactiveElement, loader: PartLoader<T>, what: string): T | undefined {
  if (settled.has(loader)) return settled.get(loader) as T | undefined;
  let load = loads.get(loader);
  if (!load) {
    load = loader().then(
      (module) => void settled.set(loader, module),
      (error: unknown) => {
        settled.set(loader, undefined);
        // Through warn.ts, so that an editor's `debug` box shows it too.
        report(
          `<${host.localName}>`,
          `${what} could not be loaded (${error instanceof Error ? error.message : String(error)}). ` +
            'The rest of the element works without it. ' +
            'Check that every file of dist/cdn/ was copied to the same folder as safety-elements.js.',
        );
      },
    );
    loads.set(loader, load);
  }
  let set = waiting.get(host);
  if (!set) waiting.set(host, (set = new Set()));
  if (!set.has(load)) {
    const mine = load;
    set.add(mine);
    void mine.then(() => {
      set.delete(mine);
      // Lit's server renderer never connects its hosts (the static renderer renders again: partsSettled).
      if (host.isConnected) host.requestUpdate();
    });
  }
  return undefined;
}

/**
 * Waits for the parts `host` is loading and says whether there were any (then it has an update pending):
 * for its first `scheduleUpdate` (a first render that is whole) and its `getUpdateComplete`.
 */
export async function partsArrived(host: ReactiveElement): Promise<boolean> {
  const set = waiting.get(host);
  if (!set?.size) return false;
  await Promise.all(set);
  return true;
}

/**
 * For the static HTML renderer: waits for every part asked for so far, and says whether any was still
 * loading (then a second render has it), as `translationsSettled` does for the language tables.
 */
export async function partsSettled(): Promise<boolean> {
  const pending = [...loads].filter(([loader]) => !settled.has(loader)).map(([, load]) => load);
  await Promise.all(pending);
  return pending.length > 0;
}
