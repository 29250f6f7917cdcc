import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { EXIT_EVENT, emit } from '../../internal/events.js';
import { LangController, format } from '../../internal/strings.js';
import { a11yStyles } from '../../internal/a11y-styles.js';
import { safeUrl } from '../../internal/url.js';
import { VERSION } from '../../internal/version.js';
import { warnOnce } from '../../internal/warn.js';
import { attempt, hideAndLeave, openNewTab } from './leave.js';
import { type ShortcutMode, type ShortcutTarget, unwatchShortcut, watchShortcut } from './shortcut.js';
import { STRING_ATTRIBUTES, quickExitStrings, quickExitTranslations } from './quick-exit.strings.js';
import { styles } from './quick-exit.styles.js';

/** The neutral page used when no safe destination is given (GOV.UK's choice too). */
export const DEFAULT_DESTINATION = 'https://www.bbc.co.uk/weather';

const SOURCE = '<safety-quick-exit>';
const SHORTCUTS = ['shift', 'escape', 'none'];
const POSITIONS = ['inline', 'top', 'bottom'];

/** `detail` of the `safety-exit` event. */
export interface SafetyExitDetail {
  /** Where the page is going. */
  href: string;
  /** What set the exit off. */
  trigger: 'click' | 'shortcut' | 'api';
}

/** Sticky copies reserve their height as the document's scroll padding (WCAG 2.2 SC 2.4.11). */
const sticky = new Map<SafetyQuickExit, number>();
let paddingSheet: CSSStyleSheet | undefined;
function updateScrollPadding() {
  let top = 0;
  let bottom = 0;
  for (const [el, height] of sticky) {
    if (el.position === 'top') top = Math.max(top, height);
    else bottom = Math.max(bottom, height);
  }
  try {
    paddingSheet ??= new CSSStyleSheet();
    paddingSheet.replaceSync(`html{scroll-padding-top:${top}px;scroll-padding-bottom:${bottom}px}`);
    if (!document.adoptedStyleSheets.includes(paddingSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, paddingSheet];
  } catch {
    // Without constructable stylesheets the padding is the site's to set (documented).
  }
}

/**
 * A "leave this site" control. On activation it hides the whole page at once, blanks the title, strips
 * the referrer, and replaces the page with a neutral site, so Back does not return to it.
 *
 * Write it with a child link so that it works before (and without) JavaScript:
 * `<safety-quick-exit><a href="https://www.bbc.co.uk/weather" rel="noreferrer">Leave this site</a></safety-quick-exit>`.
 * Put it first in `<body>` (after a skip link) when it is sticky; `position: sticky` needs a container
 * that does not clip (`overflow: hidden` on an ancestor stops it sticking).
 *
 * Limits, stated honestly: it cannot erase browser history or defeat spyware, and on-screen keyboards
 * on some tablets send Shift events of their own, which can count towards the Shift shortcut.
 *
 * Built on Lit's `ReactiveElement` without lit-html templating: its shadow DOM is small and fixed, and
 * leaving lit-html out keeps the whole element, Lit included, within its 8 KB budget and quick to arm.
 *
 * @summary Hides the page at once and replaces it with a neutral site: click, tap, Enter, Space, or Shift pressed 3 times.
 * @customElement safety-quick-exit
 *
 * @attr {string} label - Button text when there is no child link (default "Leave this site").
 * @attr {string} emergency-prefix - Visually hidden word read before the label (default "Emergency").
 * @attr {string} hint - Visible shortcut hint (default "or press Shift 3 times", or "or press Escape twice").
 * @attr {string} remaining-message - Announced after a press, with `{key}` and `{count}` filled in (default "{key}, press {count} more times to leave this site.").
 * @attr {string} remaining-one-message - Announced when one press is left (default "{key}, press 1 more time to leave this site.").
 * @attr {string} expired-message - Announced when the shortcut times out (default "Leave this site shortcut expired.").
 * @attr {string} overlay-text - Text on the overlay while leaving (default "Loading.").
 * @attr {string} exit-title - Neutral tab title while leaving, never empty (default "Loading").
 *
 * @slot - A link (`<a href>`) that is the destination and label, and the fallback before upgrade. It is not shown after upgrade.
 *
 * @csspart base - The wrapper of the control, hint and indicator.
 * @csspart button - The exit control (a link with `role="button"`).
 * @csspart hint - The visible shortcut hint (shown on devices with a keyboard and fine pointer).
 * @csspart indicator - The dots that show shortcut progress.
 * @csspart status - The polite live region that announces shortcut progress.
 * @csspart overlay - The full-screen overlay shown while leaving (a modal `<dialog>` in the top layer).
 *
 * @cssprop [--safety-quick-exit-background=var(--safety-color-danger, #b10e1e)] - Button background.
 * @cssprop [--safety-quick-exit-color=var(--safety-color-danger-contrast, #fff)] - Button text.
 * @cssprop [--safety-quick-exit-font-size=1.1875rem] - Button text size.
 * @cssprop [--safety-quick-exit-bar-background=transparent] - Background behind the button when sticky.
 * @cssprop [--safety-quick-exit-justify=flex-start] - Alignment of the button in its row (`flex-end` for the right).
 * @cssprop [--safety-quick-exit-z-index=1000] - Stacking order when sticky.
 * @cssprop [--safety-quick-exit-overlay-background=#fff] - The overlay shown while leaving.
 * @cssprop [--safety-quick-exit-overlay-color=#0b0c0c] - Text of the overlay.
 *
 * @fires {CustomEvent<SafetyExitDetail>} safety-exit - Just before the page is hidden and left (bubbles, composed). Clear your own state here; a listener that throws does not stop the exit.
 */
export class SafetyQuickExit extends ReactiveElement implements ShortcutTarget {
  static readonly safetyVersion = VERSION;
  static override styles = [a11yStyles, styles];
  static override properties = {
    href: {},
    newTabHref: { attribute: 'new-tab-href' },
    shortcut: {},
    position: { reflect: true },
    clearSession: { type: Boolean, attribute: 'clear-session' },
  };

  /** Destination when there is no child link. Must be `https:` or `http:`; anything else is refused with a warning and the default is used. */
  declare href: string | undefined;
  /** Optional second neutral site, opened in a new tab on a click only (never from a key press). */
  declare newTabHref: string | undefined;
  /** Keyboard shortcut: `shift` (Shift 3 times, default), `escape` (Escape twice) or `none`. */
  declare shortcut: string;
  /** `inline` (default), `top` or `bottom` (sticky within its container, reserving scroll padding). */
  declare position: string;
  /** Also clear this site's `sessionStorage` on exit. Off by default: wiping more can be noticed. */
  declare clearSession: boolean;
  // Internal state: plain fields that call requestUpdate() when they change (reactive properties declared in
  // `static properties` would appear as attributes in custom-elements.json and the docs).
  private _linkHref: string | undefined;
  private _linkText: string | undefined;
  private _count: number;
  private _needed: number;
  private _message: string;
  private _resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.shortcut = 'shift';
    this.position = 'inline';
    this.clearSession = false;
    this._count = 0;
    this._needed = 3;
    this._message = '';
  }

  /** The shortcut this instance answers, after validation. */
  get shortcutMode(): ShortcutMode | 'none' {
    return SHORTCUTS.includes(this.shortcut) ? (this.shortcut as ShortcutMode | 'none') : 'shift';
  }

  /** Where an exit goes: the child link, else `href`, else the default; always an allowed http(s) URL. */
  get destination(): string {
    const allow = ['https:', 'http:'] as const;
    if (this._linkHref && this.href && this.href !== this._linkHref) {
      warnOnce(SOURCE, `both a child link (${this._linkHref}) and href="${this.href}" are given; the child link is used.`);
    }
    return (
      (this._linkHref && safeUrl(this._linkHref, { source: `${SOURCE} child link`, allow })) ||
      (this.href && !this._linkHref && safeUrl(this.href, { source: `${SOURCE} href`, allow })) ||
      DEFAULT_DESTINATION
    );
  }

  // English at once (the control must work before any table loads), then the page's language when it arrives.
  private readonly _lang = new LangController(this, quickExitStrings.en, quickExitTranslations, { wait: false });

  /** The strings in use: attribute overrides on top of the table for the element's language. */
  private get _strings() {
    const s = { ...this._lang.strings };
    if (this.shortcutMode === 'escape') s.hintShift = s.hintEscape;
    for (const [attribute, key] of Object.entries(STRING_ATTRIBUTES)) {
      const value = this.getAttribute(attribute);
      if (value !== null) s[key] = value;
    }
    if (this._linkText) s.label = this._linkText;
    return s;
  }

  // String attributes are read when rendering; any change to one re-renders.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.keys(STRING_ATTRIBUTES)];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._readLink();
    watchShortcut(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchShortcut(this);
    this._resizeObserver?.disconnect();
    if (sticky.delete(this)) updateScrollPadding();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('shortcut') && !SHORTCUTS.includes(this.shortcut)) {
      warnOnce(SOURCE, `unknown shortcut "${this.shortcut}" (shift, escape or none); using shift.`);
    }
    if (changed.has('position') && !POSITIONS.includes(this.position)) {
      warnOnce(SOURCE, `unknown position "${this.position}" (inline, top or bottom); using inline.`);
      this.position = 'inline';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('position')) this._observeSticky();
  }

  private _observeSticky() {
    this._resizeObserver?.disconnect();
    if (this.position === 'inline') {
      if (sticky.delete(this)) updateScrollPadding();
      return;
    }
    // Reserve the space at once, then follow the bar's size (text zoom, wrapping).
    const reserve = () => {
      sticky.set(this, this.getBoundingClientRect().height);
      updateScrollPadding();
    };
    reserve();
    this._resizeObserver = new ResizeObserver(reserve);
    this._resizeObserver.observe(this);
  }

  private _readLink = () => {
    const link = this.querySelector(':scope > a[href]');
    this._linkHref = link?.getAttribute('href') ?? undefined;
    this._linkText = link?.textContent?.trim() || undefined;
    this.requestUpdate();
  };

  /** @internal Called by the shared shortcut listener. */
  shortcutProgress(count: number, needed: number, expired: boolean): void {
    const s = this._strings;
    const key = this.shortcutMode === 'escape' ? 'Escape' : 'Shift';
    const left = needed - count;
    this._count = count;
    this._needed = needed;
    this.requestUpdate();
    this._message = expired ? s.expired : count === 0 ? '' : format(left === 1 ? s.remainingOne : s.remaining, { key, count: left });
  }

  /** @internal Called by the shared shortcut listener. */
  shortcutExit(event: KeyboardEvent): void {
    event.preventDefault();
    this.exit('shortcut');
  }

  /**
   * Leaves now: fires `safety-exit`, hides the whole document, blanks the title, strips the referrer and
   * replaces the page with the destination. Sites may call it from their own controls.
   */
  exit(trigger: SafetyExitDetail['trigger'] = 'api'): void {
    const href = this.destination;
    const s = this._strings;
    emit<SafetyExitDetail>(this, EXIT_EVENT, { href, trigger });
    if (this.clearSession) attempt(() => sessionStorage.clear());
    if (trigger === 'click' && this.newTabHref) {
      const tab = safeUrl(this.newTabHref, { source: `${SOURCE} new-tab-href`, allow: ['https:', 'http:'] });
      if (tab) openNewTab(tab);
    }
    hideAndLeave(href, s.title);
    // The overlay goes into the top layer (no host z-index covers it, and the rest of the page becomes
    // inert) after the navigation has started: showModal forces a style and layout pass of the whole page,
    // which would otherwise delay leaving. All of it is still in this task, before the next frame.
    attempt(() => this._dom!.overlay.showModal());
  }

  private _onActivate = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== ' ') return;
    event.preventDefault();
    this.exit('click');
  };

  // Escape on the open overlay must not close it: the page stays hidden until it has gone.
  private _keepOverlay = (event: Event) => {
    event.preventDefault();
    const overlay = event.target as HTMLDialogElement;
    if (!overlay.open && overlay.isConnected) overlay.showModal();
  };

  private _dom?: {
    button: HTMLAnchorElement;
    prefix: HTMLElement;
    label: Text;
    hint: HTMLElement;
    indicator: HTMLElement;
    status: HTMLElement;
    overlay: HTMLDialogElement;
  };

  /** Builds the fixed shadow DOM once; `update` then only sets text and attributes. */
  private _build() {
    const root = this.renderRoot;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, part: string, parent: Node, attrs: Record<string, string> = {}) => {
      const node = document.createElement(tag);
      if (part) node.setAttribute('part', part);
      node.className = part;
      for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
      parent.appendChild(node);
      return node;
    };
    const base = make('div', 'base', root);
    const button = make('a', 'button', base, { rel: 'noreferrer nofollow', role: 'button', draggable: 'false' });
    const prefix = make('span', '', button, { class: 'visually-hidden' });
    const label = button.appendChild(document.createTextNode(''));
    const hint = make('span', 'hint', base, { id: 'hint' });
    const indicator = make('span', 'indicator', base, { 'aria-hidden': 'true' });
    const status = make('span', 'status', base, { role: 'status', class: 'visually-hidden' });
    make('slot', '', root, { hidden: '' }).addEventListener('slotchange', this._readLink);
    const overlay = make('dialog', 'overlay', root);
    for (const type of ['click', 'auxclick', 'keydown']) button.addEventListener(type, this._onActivate);
    for (const type of ['cancel', 'close']) overlay.addEventListener(type, this._keepOverlay);
    this._dom = { button, prefix, label, hint, indicator, status, overlay };
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (!this._dom) this._build();
    const { button, prefix, label, hint, indicator, status, overlay } = this._dom!;
    const s = this._strings;
    const withHint = this.shortcutMode !== 'none';
    button.href = this.destination;
    button.toggleAttribute('aria-describedby', withHint);
    if (withHint) button.setAttribute('aria-describedby', 'hint');
    prefix.textContent = `${s.prefix}: `;
    label.data = s.label;
    hint.hidden = !withHint;
    hint.textContent = s.hintShift;
    indicator.hidden = !withHint || this._count === 0;
    indicator.replaceChildren(
      ...Array.from({ length: this._needed }, (_, i) => {
        const dot = document.createElement('i');
        if (i < this._count) dot.className = 'on';
        return dot;
      }),
    );
    status.textContent = this._message;
    overlay.textContent = s.overlay;
  }
}
