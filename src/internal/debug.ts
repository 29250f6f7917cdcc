import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { onWarning, warningsFor } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

const STYLE: Partial<CSSStyleDeclaration> = {
  display: 'block',
  margin: '0 0 1rem',
  padding: '0.5rem 1rem',
  border: '3px dashed #b10e1e',
  background: '#ffffff',
  color: '#0b0c0c',
  fontSize: '1rem',
  lineHeight: '1.4',
  textAlign: 'start',
};

/**
 * The `debug` attribute: an editor's aid. With it, the element shows at its top the configuration
 * warnings its tag has given on this page (the same text as the console's), or that there are none;
 * without it, nothing is shown, so readers never see it. Drawn with the CSS object model (allowed by a
 * strict Content-Security-Policy, unlike a style attribute or an inline stylesheet), outside the part
 * of the shadow root that Lit renders, and exposed as `::part(debug)`.
 */
export class DebugController implements ReactiveController {
  private panel?: HTMLElement;
  private stop?: () => void;
  private observer?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onWarning(() => this.show());
    this.observer = new MutationObserver(() => this.show());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['debug'] });
  }

  hostDisconnected(): void {
    this.stop?.();
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    this.show();
  }

  private show(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    if (!this.host.hasAttribute('debug')) {
      this.panel?.remove();
      this.panel = undefined;
      return;
    }
    const tag = this.host.localName;
    const list = warningsFor(tag);
    const doc = this.host.ownerDocument;
    const panel = (this.panel ??= doc.createElement('div'));
    panel.setAttribute('part', 'debug');
    panel.setAttribute('role', 'note');
    panel.setAttribute('aria-label', 'Editor check');
    Object.assign(panel.style, STYLE);
    const title = doc.createElement('strong');
    title.textContent = list.length
      ? `Editor check: ${list.length} configuration ${list.length === 1 ? 'problem' : 'problems'} on this page's <${tag}> elements`
      : `Editor check: no configuration problems found for <${tag}>`;
    const items = doc.createElement('ul');
    items.style.margin = '0.5rem 0';
    for (const text of list) {
      const li = doc.createElement('li');
      li.textContent = text;
      items.append(li);
    }
    const note = doc.createElement('p');
    note.style.margin = '0';
    note.textContent = 'Shown because of the debug attribute. Remove it before you publish: readers should not see this box.';
    panel.replaceChildren(title, ...(list.length ? [items] : []), note);
    if (root.firstChild !== panel) root.prepend(panel);
  }
}
