import type { ReactiveControllerHost, ReactiveElement } from '@lit/reactive-element';
import { onWarning } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;
type Panel = typeof import('./debug-panel.js');

// Its own few lines rather than `onDemand` (internal/on-demand.ts): that module would then sit in the chunk
// every content element shares, +0.33 KB gzip for each (measured), more than the panel's split saves.
let panel: Panel | undefined;
let loading: Promise<void> | undefined;

/**
 * The `debug` attribute: an editor's aid. With it, the element shows at its top the configuration
 * warnings its tag has given on this page (the console's text), or that there are none; without it,
 * nothing is shown, so readers never see it. The panel's code (`debug-panel.ts`) loads the first time an
 * element has the attribute: a reader's page never has it, and every content element would otherwise
 * carry it. Given to the content elements by their define files (not to the quick exit, which stays as
 * small as it can).
 */
export function withDebug<T extends typeof ReactiveElement>(ctor: T): T {
  ctor.addInitializer((element) => {
    const host = element as unknown as Host;
    let stop: (() => void) | undefined;
    const show = () => {
      if (panel) return panel.showDebug(host);
      if (!host.hasAttribute('debug')) return;
      // A panel that cannot load is not reported: a warning would call this again, for ever.
      loading ??= import('./debug-panel.js').then(
        (m) => void (panel = m),
        () => void (loading = undefined),
      );
      void loading.then(() => panel?.showDebug(host));
    };
    const observer = new MutationObserver(show);
    host.addController({
      hostConnected() {
        stop = onWarning(show);
        observer.observe(host, { attributes: true, attributeFilter: ['debug'] });
      },
      hostDisconnected() {
        stop?.();
        observer.disconnect();
      },
      hostUpdated: show,
    });
  });
  return ctor;
}
