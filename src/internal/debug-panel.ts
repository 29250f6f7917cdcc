import { warningsFor } from './warn.js';

/**
 * Draws or removes the `debug` panel of `host` (see `debug.ts`): the configuration warnings its tag has
 * given on this page, or that there are none. Loaded only when an element has the `debug` attribute, so
 * readers' pages never download it. Drawn with the CSS object model (which a strict Content-Security-Policy
 * allows, unlike a style attribute), before the part of the shadow root that Lit renders, as `::part(debug)`.
 */
export function showDebug(host: HTMLElement): void {
  const root = host.shadowRoot;
  if (!root) return;
  // Only the panel has this part: Lit's template gives none of its nodes that name.
  let panel = root.querySelector<HTMLElement>('[part="debug"]');
  if (!host.hasAttribute('debug')) return panel?.remove();
  const tag = host.localName;
  const list = warningsFor(tag);
  const make = (name: string, text = '') =>
    Object.assign(host.ownerDocument.createElement(name), { textContent: text });
  if (!panel) {
    panel = make('div');
    panel.setAttribute('part', 'debug');
    panel.setAttribute('role', 'note');
    // The editor's messages are English on a Welsh page too: read with English sounds.
    panel.setAttribute('lang', 'en');
    Object.assign(panel.style, {
      display: 'block',
      margin: '0 0 1rem',
      padding: '0.5rem 1rem',
      border: '3px dashed #b10e1e',
      background: '#fff',
      color: '#0b0c0c',
    });
  }
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
}
