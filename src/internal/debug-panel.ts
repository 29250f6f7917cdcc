import type { ReactiveControllerHost, ReactiveElement } from '@lit/reactive-element';
import { onWarning, warningsFor } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The `debug` attribute: an editor's aid. With it, the element shows at its top the configuration
 * warnings its tag has given on this page (the console's text), or that there are none; without it,
 * nothing is shown, so readers never see it. Drawn with the CSS object model (which a strict
 * Content-Security-Policy allows, unlike a style attribute), before the part of the shadow root that Lit
 * renders, as `::part(debug)`. Given to the content elements by their define files (not to the quick
 * exit: its 8 KB budget has no room).
 */
export function withDebug<T extends typeof ReactiveElement>(ctor: T): T {
  ctor.addInitializer((element) => {
    const host = element as unknown as Host;
    let panel: HTMLElement | undefined;
    let stop: (() => void) | undefined;
    const show = () => {
      const root = host.shadowRoot;
      if (!root) return;
      if (!host.hasAttribute('debug')) {
        panel?.remove();
        panel = undefined;
        return;
      }
      const tag = host.localName;
      const list = warningsFor(tag);
      const make = (name: string, text = '') =>
        Object.assign(host.ownerDocument.createElement(name), { textContent: text });
      panel ??= make('div');
      panel.setAttribute('part', 'debug');
      panel.setAttribute('role', 'note');
      Object.assign(panel.style, {
        display: 'block',
        margin: '0 0 1rem',
        padding: '0.5rem 1rem',
        border: '3px dashed #b10e1e',
        background: '#fff',
        color: '#0b0c0c',
      });
      const items = make('ul');
      for (const text of list) items.append(make('li', text));
      panel.replaceChildren(
        make(
          'strong',
          `Editor check, <${tag}>: ${list.length ? `${list.length} configuration problem(s) on this page` : 'no configuration problems found'}`,
        ),
        items,
        make('p', 'Shown because of the debug attribute. Remove it before you publish.'),
      );
      if (root.firstChild !== panel) root.prepend(panel);
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
