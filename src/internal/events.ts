import type { ReactiveControllerHost } from '@lit/reactive-element';

/** Fires `safety-<verb>` the way every element does: bubbling out of shadow roots. */
export function emit<T>(target: EventTarget, name: `safety-${string}`, detail: T, init: EventInit = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, ...init, detail }));
}

/** The quick exit's event: listen on `document` (or `window`) to clear a site's own state on exit. */
export const EXIT_EVENT = 'safety-exit';

/**
 * Runs `work` once the page has been drawn hidden after an exit. A `safety-exit` listener runs inside the
 * exit's input task, before the browser can draw the hidden page: an element that re-rendered there (a
 * checklist unticking every step) held that frame back by 30 to 40 ms at 4x CPU. DECISIONS, "Order on
 * exit": no element update once exiting.
 */
export function afterHiddenFrame(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/**
 * What an element holds of the reader's in memory (ticks) must go with the page. `exit` runs in a quick
 * exit's input task (keep it cheap; render after the hidden frame with `afterHiddenFrame`); `pagehide` runs
 * as the page goes by any other way, so that a page kept in the back-forward cache comes back without the
 * reader's ticks when someone presses Back on a shared device (it did in Chromium and Firefox).
 */
export function onPageLeave(host: ReactiveControllerHost, exit: () => void, pagehide: () => void): void {
  const listen = (on: boolean) => {
    document[on ? 'addEventListener' : 'removeEventListener'](EXIT_EVENT, exit);
    window[on ? 'addEventListener' : 'removeEventListener']('pagehide', pagehide);
  };
  host.addController({ hostConnected: () => listen(true), hostDisconnected: () => listen(false) });
}

/**
 * `onPageLeave` for what the reader chose or typed (an answer, a search, a choice): `forget` runs as the page
 * goes, and after the hidden frame on a quick exit, so that Back on a shared device shows none of it.
 */
export function forgetOnPageLeave(host: ReactiveControllerHost, forget: () => void): void {
  onPageLeave(host, () => afterHiddenFrame(forget), forget);
}
