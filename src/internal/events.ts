/** Fires `safety-<verb>` the way every element does: bubbling out of shadow roots. */
export function emit<T>(target: EventTarget, name: `safety-${string}`, detail: T, init: EventInit = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, ...init, detail }));
}

/** The quick exit's event: listen on `document` (or `window`) to clear a site's own state on exit. */
export const EXIT_EVENT = 'safety-exit';
