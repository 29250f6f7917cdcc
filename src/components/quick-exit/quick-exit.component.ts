import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { EXIT_EVENT, emit } from '../../internal/events.js';
import { LangController, format, warnUnknownKeys } from '../../internal/strings.js';
import { a11yStyles } from '../../internal/a11y-styles.js';
import { safeUrl } from '../../internal/url.js';
import { VERSION } from '../../internal/version.js';
import { warnOnce } from '../../internal/warn.js';
import { announce, arm, hideAndLeave, keepVisitOutOfHistory } from './leave.js';
import { oneOf } from '../../internal/enum-attribute.js';
import { textRecordAttribute } from '../../internal/json-attribute.js';
import { type ShortcutTarget, unwatchShortcut, watchShortcut } from './shortcut.js';
import { clippingAncestor } from './clipped.js';
import { type TapTarget, unwatchTaps, watchTaps } from './taps.js';
import { type QuickExitStringKey, en, translations } from './quick-exit.strings.js';
import { styles } from './quick-exit.styles.js';
import { takeOverDeclarativeRoot } from '../../internal/declarative.js';
import { DEFAULT_DESTINATION, SHORTCUTS, type QuickExitShortcut } from './quick-exit.options.js';

export { DEFAULT_DESTINATION, type QuickExitShortcut };

/** A device with a keyboard to press the shortcut on, as the styles tell it (quick-exit.styles.ts). */
const KEYBOARD_MEDIA = '(hover: hover) and (pointer: fine)';
const SOURCE = '<safety-quick-exit>';
const POSITIONS = ['inline', 'top', 'bottom'] as const;
const HISTORY_MODES = ['page', 'visit'] as const;
/** `position`: in the flow, or sticky at the top or bottom of its container. */
export type QuickExitPosition = (typeof POSITIONS)[number];
/** `history`: replace this page only, or keep the whole visit out of Back. */
export type QuickExitHistory = (typeof HISTORY_MODES)[number];
export type QuickExitStrings = Partial<Record<QuickExitStringKey, string>>;
const STRING_KEYS = Object.keys(en);

/** `detail` of the `safety-exit` event. */
export interface SafetyExitDetail {
  /** Where the page is going. */
  href: string;
  /** What set the exit off. */
  trigger: 'click' | 'shortcut' | 'api';
}

/**
 * Sticky copies reserve their height as the document's scroll padding (WCAG 2.2 SC 2.4.11), at zero
 * specificity and only on the side they use: a site that sets its own (for its fixed header) keeps it.
 */
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
    paddingSheet.replaceSync(
      `:where(html){${top ? `scroll-padding-top:${top}px;` : ''}${bottom ? `scroll-padding-bottom:${bottom}px` : ''}}`,
    );
    if (!document.adoptedStyleSheets.includes(paddingSheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, paddingSheet];
  } catch {
    // Without constructable stylesheets the padding is the site's to set (documented).
  }
}

/**
 * A "leave this site" control. On activation it starts replacing the page with a neutral site (so Back
 * does not return to it), hides the whole page in the same task, gives the tab a neutral title and icon,
 * strips the referrer, and removes whatever this library stored.
 *
 * Write it with a child link so that it works before (and without) JavaScript:
 * `<safety-quick-exit><a href="https://www.bbc.co.uk/weather" rel="noreferrer">Leave this site</a></safety-quick-exit>`.
 * Put it first in `<body>` (after a skip link) when it is sticky. Where a host box that clips stops it
 * sticking (`overflow: hidden` on a page wrapper), the bar pins itself, in the top layer, while the page
 * scrolls past it.
 *
 * Order on exit: the referrer switched off (a `<meta>` placed at arm time), then leave first
 * (`location.replace`, after walking back over this page's own fragment and `pushState` entries), then
 * hide (one attribute on `<html>` switches a stylesheet adopted when the element armed), then title,
 * favicon, new tab, storage and the `safety-exit` event, each of which may fail alone. A top-layer cover
 * follows after the first hidden frame.
 *
 * A host's modal `<dialog>` (a cookie banner) or `inert` attribute makes the button unreachable: a tap where
 * it is drawn, not on the dialog or on something drawn over it, still leaves.
 *
 * Limits, stated honestly: it cannot erase browser history or defeat spyware, and on-screen keyboards
 * on some tablets send Shift events of their own, which can count towards the Shift shortcut.
 *
 * Built on Lit's `ReactiveElement` without lit-html templating: its shadow DOM is small and fixed, and
 * leaving lit-html out keeps the whole element, Lit included, within its 8 KB budget and quick to arm.
 *
 * Global `--safety-*` tokens (colours, font, radius, spacing, focus ring) are listed in the README's Theming section.
 *
 * @summary Hides the page at once and replaces it with a neutral site: click, tap, Enter, Space, or Shift pressed 3 times.
 * @customElement safety-quick-exit
 *
 * @attr {string} lang - Language of the element or its nearest ancestor with a lang attribute: English, or Welsh (cy, any region); a malformed tag uses English with one warning.
 *
 * @slot - A link (`<a href>`) that is the destination and label, and the fallback before upgrade. It is not shown after upgrade.
 *
 * @csspart base - The wrapper of the control, hint and indicator.
 * @csspart button - The exit control (a link with `role="button"`).
 * @csspart hint - The visible shortcut hint (shown on devices with a keyboard and fine pointer).
 * @csspart indicator - The dots that show shortcut progress.
 * @csspart status - The polite live region that announces shortcut progress (with several copies on a page, only the first on screen speaks).
 * @csspart overlay - The full-screen overlay shown while leaving (a modal `<dialog>` in the top layer); its text is announced as an alert.
 *
 * @cssprop [--safety-quick-exit-background=var(--safety-color-danger, #b10e1e)] - Button background.
 * @cssprop [--safety-quick-exit-color=var(--safety-color-danger-contrast, #fff)] - Button text.
 * @cssprop [--safety-quick-exit-font-size=max(1.1875rem, 19px)] - Button text size.
 * @cssprop [--safety-quick-exit-bar-background=var(--safety-color-surface, #fff)] - Background of the sticky bar (solid, so the hint never shows over the page).
 * @cssprop [--safety-quick-exit-bar-color=var(--safety-color-text, #0b0c0c)] - Text (the hint) on the sticky bar.
 * @cssprop [--safety-quick-exit-justify=flex-start] - Alignment of the button in its row (`flex-end` for the right).
 * @cssprop [--safety-quick-exit-z-index=2147483647] - Stacking order when sticky: above every host layer by default.
 * @cssprop [--safety-quick-exit-overlay-background=#fff] - The overlay shown while leaving.
 * @cssprop [--safety-quick-exit-overlay-color=#0b0c0c] - Text of the overlay.
 *
 * @fires {CustomEvent<SafetyExitDetail>} safety-exit - Once the navigation has started and the page is hidden, in the same task (bubbles, composed). Clear your own state here, briefly: the browser draws the hidden page after every listener has run, so leave anything that renders for later. A listener that throws does not stop the exit.
 */
export class SafetyQuickExit extends ReactiveElement implements ShortcutTarget, TapTarget {
  static readonly safetyVersion = VERSION;
  static override styles = [a11yStyles, styles];
  static override properties = {
    href: {},
    label: {},
    strings: { converter: textRecordAttribute<QuickExitStrings>(SOURCE, 'strings') },
    newTabHref: { attribute: 'new-tab-href' },
    shortcut: {},
    position: { reflect: true },
    history: {},
    clearSession: { type: Boolean, attribute: 'clear-session' },
  };

  /** Destination when there is no child link (default `https://www.bbc.co.uk/weather`). Must be `https:` or `http:` and not this same page; anything else is refused with a warning and the default is used. */
  declare href: string | undefined;
  /** Button text when there is no child link (default "Leave this site"); wins over `strings.label`. Empty falls back to the default with a warning. */
  declare label: string | undefined;
  /**
   * Overrides any text by key, as an object or a JSON attribute. Every key and its English text are listed in
   * docs/api.md ("Strings"); a key the element does not have warns once and is ignored. The keys: `label`,
   * `emergencyPrefix` (words read after the label, default none), `hint`, `hintEscape`, `remainingMessage` and
   * `remainingOneMessage` (`{key}`, `{count}`), `expiredMessage`, `overlayText`, `exitTitle` (never empty), and
   * `noShortcut` (static HTML only).
   */
  declare strings: QuickExitStrings | undefined;
  /** Optional second neutral site, opened in a new tab on a click only (never from a key press), with no opener and no referrer. */
  declare newTabHref: string | undefined;
  /** Keyboard shortcut: `shift` (Shift 3 times, default), `escape` (Escape twice) or `none` (case-insensitive). */
  declare shortcut: 'shift' | 'escape' | 'none';
  /** `inline` (default), `top` or `bottom` (sticky within its container, reserving scroll padding); case-insensitive. */
  declare position: 'inline' | 'top' | 'bottom';
  /** `page` (default): the exit replaces this page in history. `visit`: while on the page, same-origin links replace the current entry too, so after an exit Back skips the whole visit. Values are case-insensitive. */
  declare history: 'page' | 'visit';
  /** Also clear this site's whole `sessionStorage` on exit (the library's own keys always go). Off by default: wiping more can be noticed. */
  declare clearSession: boolean;
  // Internal state: plain fields that call requestUpdate() when they change (reactive properties declared in
  // `static properties` would appear as attributes in custom-elements.json and the docs).
  private _linkHref: string | undefined;
  private _linkText: string | undefined;
  private _count: number;
  private _needed: number;
  private _resizeObserver?: ResizeObserver;
  private _keepingVisit = false;
  private _exiting = false;
  private _destinationKey?: string;
  private _destination = DEFAULT_DESTINATION;
  private _s?: Record<QuickExitStringKey, string>;

  constructor() {
    super();
    this.shortcut = 'shift';
    this.position = 'inline';
    this.history = 'page';
    this.clearSession = false;
    this._count = 0;
    this._needed = 3;
  }

  /** The shortcut this instance answers, after validation. */
  get shortcutMode(): QuickExitShortcut {
    return oneOf(SOURCE, 'shortcut', this.shortcut, SHORTCUTS, 'shift');
  }

  /**
   * Where an exit goes: the child link, else `href`, else the default; always an allowed http(s) URL on
   * another page. Worked out again only when its inputs change, so a refusal warns once, not per render.
   */
  get destination(): string {
    const key = `${this._linkHref}\n${this.href}\n${document.baseURI.split('#')[0]}`;
    if (key !== this._destinationKey) {
      this._destinationKey = key;
      this._destination = this._resolveDestination();
    }
    return this._destination;
  }

  private _resolveDestination(): string {
    const allow = ['https:', 'http:'] as const;
    if (this._linkHref && this.href && this.href !== this._linkHref) {
      warnOnce(
        SOURCE,
        `both a child link (${this._linkHref}) and href="${this.href}" are given; the child link is used.`,
      );
    }
    const [raw, source] = this._linkHref ? [this._linkHref, `${SOURCE} child link`] : [this.href, `${SOURCE} href`];
    const url = safeUrl(raw, { source, allow });
    if (url && samePage(url)) {
      warnOnce(
        source,
        `refused destination "${raw}": it is this same page, which would hide it and never leave; using ${DEFAULT_DESTINATION}.`,
      );
      return DEFAULT_DESTINATION;
    }
    return url || DEFAULT_DESTINATION;
  }

  // English at once (the control must work before any table loads), then the page's language when it arrives.
  private readonly _lang = new LangController(this, en, translations, { wait: false });

  /** The strings in use: the table for the element's language, then `strings`, then `label`, then the child link's text. */
  private _resolveStrings(): Record<QuickExitStringKey, string> {
    const overrides = this.strings ?? {};
    const s = this._lang.merged(overrides);
    if (this.shortcutMode === 'escape' && typeof overrides.hint !== 'string') s.hint = s.hintEscape;
    if (this.label !== undefined && this.label !== null) s.label = this.label;
    if (this._linkText) s.label = this._linkText;
    // A blank button or a blank tab title (browsers then show the page's address) is never what a site wants.
    for (const [key, what] of [
      ['label', 'label'],
      ['exitTitle', 'exit title'],
    ] as const) {
      if (!s[key].trim()) {
        s[key] = this._lang.merged()[key];
        warnOnce(SOURCE, `an empty ${what} is not allowed; using "${s[key]}".`);
      }
    }
    return s;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    arm();
    this._readLink();
    watchShortcut(this);
    watchTaps(this);
    this._syncVisit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchShortcut(this);
    unwatchTaps(this);
    this._resizeObserver?.disconnect();
    this._clip(false);
    if (sticky.delete(this)) updateScrollPadding();
    this._syncVisit();
  }

  private _syncVisit() {
    const want = this.isConnected && oneOf(SOURCE, 'history', this.history, HISTORY_MODES, 'page') === 'visit';
    if (want !== this._keepingVisit) {
      this._keepingVisit = want;
      keepVisitOutOfHistory(want);
    }
  }

  protected override shouldUpdate(): boolean {
    // No element update once exiting: nothing may delay leaving, or change what is being announced.
    return !this._exiting;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('strings')) warnUnknownKeys(SOURCE, this.strings, (key) => STRING_KEYS.includes(key));
    if (changed.has('shortcut')) void this.shortcutMode;
    if (changed.has('position')) {
      const position = oneOf(SOURCE, 'position', this.position, POSITIONS, 'inline');
      if (position !== this.position) this.position = position;
    }
    if (changed.has('history')) this._syncVisit();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('position')) this._observeSticky();
  }

  private _observeSticky() {
    this._resizeObserver?.disconnect();
    if (this.position === 'inline') {
      this._clip(false);
      if (sticky.delete(this)) updateScrollPadding();
      return;
    }
    // Reserve the space at once, then follow the bar's size (text zoom, wrapping) and the host's layout
    // (a theme's breakpoint may add or remove a box that clips).
    const { base, spacer } = this._dom!;
    const reserve = () => {
      this._clip(!!clippingAncestor(this));
      const height = base.getBoundingClientRect().height;
      spacer.style.height = `${height}px`;
      this._pin();
      sticky.set(this, height);
      updateScrollPadding();
    };
    reserve();
    this._resizeObserver = new ResizeObserver(reserve);
    this._resizeObserver.observe(this);
    this._resizeObserver.observe(base);
  }

  /** Whether a host box stops the bar sticking (clipped.ts): then the bar is pinned while it would be stuck. */
  private _clipped = false;
  private _clip(clipped: boolean) {
    if (clipped === this._clipped) return;
    this._clipped = clipped;
    // Capture: a scroller above the box that clips (an app shell's pane) moves the bar too.
    const method = clipped ? 'addEventListener' : 'removeEventListener';
    for (const type of ['scroll', 'resize']) window[method](type, this._pin, { capture: true, passive: true });
    this._pin();
  }

  /**
   * Where sticky would hold the bar at the viewport's edge, a fixed bar does it, over the box's own place
   * (the spacer keeps that place, so nothing moves). Runs from scroll events, before the frame is drawn.
   */
  private _pin = () => {
    const { base, spacer } = this._dom!;
    const r = this.getBoundingClientRect();
    const pinned =
      this._clipped && (this.position === 'top' ? r.top < 0 : r.bottom > document.documentElement.clientHeight);
    // Only on a change: most scroll events leave the bar as it was.
    if (spacer.hidden === pinned) {
      base.classList.toggle('pinned', pinned);
      spacer.hidden = !pinned;
      // In the top layer, where no host box (a transform, `will-change`, paint containment) can be the fixed
      // bar's containing block and take it along with the page. A popover not shown is not drawn at all,
      // hence the attribute only while pinned. Without the Popover API the bar is fixed as it is.
      try {
        if (pinned) {
          base.popover = 'manual';
          base.showPopover();
        } else if (base.popover) {
          base.hidePopover();
          base.removeAttribute('popover');
        }
      } catch {
        base.removeAttribute('popover');
      }
    }
    if (pinned) {
      base.style.left = `${r.left}px`;
      base.style.width = `${r.width}px`;
    }
  };

  private _readLink = () => {
    const link = this.querySelector<HTMLAnchorElement>(':scope > a[href]');
    // The child link is the way out before the script runs and without it: there it must not tell the next
    // site which page the reader was on.
    if (link && !link.relList.contains('noreferrer'))
      warnOnce(
        SOURCE,
        `the child link (${link.getAttribute('href')}) has no rel="noreferrer": without script, following it tells the next site this page's address. Add rel="noreferrer".`,
      );
    this._linkHref = link?.getAttribute('href') ?? undefined;
    this._linkText = link?.textContent?.trim() || undefined;
    this.requestUpdate();
  };

  /**
   * @internal Called by the shared shortcut listener. The live region's text is set at once, not at the
   * next update, so each message is in place before the next key and is never replaced by the exit.
   */
  shortcutProgress(count: number, needed: number, expired: boolean, speak: boolean): boolean {
    if (this._exiting) return false;
    const s = (this._s ??= this._resolveStrings());
    const key = this.shortcutMode === 'escape' ? 'Escape' : 'Shift';
    const left = needed - count;
    this._count = count;
    this._needed = needed;
    const message = expired
      ? s.expiredMessage
      : count === 0
        ? ''
        : format(left === 1 ? s.remainingOneMessage : s.remainingMessage, { key, count: left });
    // One copy speaks (a header and a footer copy would each say every message); the others show the dots.
    const speaks = speak && this._drawn();
    if (this._dom) this._dom.status.textContent = speaks ? message : '';
    this.requestUpdate();
    return speaks;
  }

  /** @internal Called by the shared shortcut listener. */
  shortcutExit(event: KeyboardEvent): void {
    event.preventDefault();
    this.exit('shortcut');
  }

  /** @internal The button, for the window listener that takes every click on it (taps.ts). */
  get tapControl(): Element | undefined {
    return this._dom?.button;
  }

  /** @internal Called by that listener: a click, Enter or Space on the button, or a tap where it is drawn, leaves. */
  tapExit(event: MouseEvent | KeyboardEvent): void {
    this._onActivate(event);
  }

  /**
   * Leaves now: starts the navigation, hides the whole document, gives the tab a neutral title and icon,
   * strips the referrer, removes this library's storage and fires `safety-exit`. Sites may call it from
   * their own controls. Returns whether the navigation was started. While a page is already leaving (for 5 s
   * after an exit), a call only hides it again and returns true: no second navigation, event or tab.
   */
  exit(trigger: SafetyExitDetail['trigger'] = 'api'): boolean {
    return this._exit(trigger, trigger === 'click');
  }

  /** `newTabAllowed`: a click only; a key press gives no user activation in every engine (DECISIONS, new tab). */
  private _exit(trigger: SafetyExitDetail['trigger'], newTabAllowed: boolean): boolean {
    let href = DEFAULT_DESTINATION;
    let s = en;
    try {
      href = this.destination;
      s = this._s ?? this._resolveStrings();
    } catch {
      // A page that broke something the element reads still leaves, to the default.
    }
    this._exiting = true;
    let newTab: string | undefined;
    try {
      if (newTabAllowed && this.newTabHref)
        newTab = safeUrl(this.newTabHref, { source: `${SOURCE} new-tab-href`, allow: ['https:', 'http:'] });
    } catch {
      // No second tab then; the exit goes on.
    }
    return hideAndLeave(href, s.exitTitle, {
      newTab,
      after: () => {
        if (this.clearSession) sessionStorage.clear();
        emit<SafetyExitDetail>(this, EXIT_EVENT, { href, trigger });
      },
      keep: this,
      cover: () => this._showOverlay(),
      coverText: s.overlayText,
    });
  }

  /** Whether this copy is on screen (not in a closed menu, not hidden): one a reader can see and hear. */
  private _drawn(): boolean {
    if (!this.isConnected || this.getClientRects().length === 0) return false;
    return typeof this.checkVisibility !== 'function' || this.checkVisibility();
  }

  /** Shows this copy's own overlay when this copy is rendered; a copy in a closed menu cannot draw one. */
  private _showOverlay(): boolean {
    const overlay = this._dom?.overlay;
    if (!overlay || !this._drawn()) return false;
    if (!overlay.open) overlay.showModal();
    announce(overlay, (this._s ?? en).overlayText);
    return overlay.open && overlay.getClientRects().length > 0;
  }

  private _lastActivation?: Event;
  private _onActivate = (event: Event) => {
    // A click, Enter or Space reaches both the window listener (taps.ts), which comes first, and the button's
    // own, which stays for a page whose window listener never runs: it leaves once.
    if (
      event === this._lastActivation ||
      (event instanceof KeyboardEvent && event.key !== ' ' && event.key !== 'Enter')
    )
      return;
    this._lastActivation = event;
    // The link's own navigation is cancelled only once ours has started: if everything failed, the
    // browser still follows the link.
    let started: boolean;
    try {
      started = this._exit('click', !(event instanceof KeyboardEvent));
    } catch {
      started = false;
    }
    if (started || event instanceof KeyboardEvent) event.preventDefault();
  };

  // Escape on the open overlay must not close it: the page stays hidden until it has gone.
  private _keepOverlay = (event: Event) => {
    event.preventDefault();
    const overlay = event.target as HTMLDialogElement;
    if (!overlay.open && overlay.isConnected) overlay.showModal();
  };

  private _dom?: {
    base: HTMLElement;
    spacer: HTMLElement;
    button: HTMLAnchorElement;
    label: Text;
    suffix: HTMLElement;
    hint: HTMLElement;
    indicator: HTMLElement;
    status: HTMLElement;
    overlay: HTMLDialogElement;
  };

  /** Builds the fixed shadow DOM once; `update` then only sets text and attributes. */
  private _build() {
    const root = this.renderRoot;
    const make = <K extends keyof HTMLElementTagNameMap>(
      tag: K,
      part: string,
      parent: Node,
      attrs: Record<string, string> = {},
    ) => {
      const node = document.createElement(tag);
      if (part) node.setAttribute('part', part);
      node.className = part;
      for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
      parent.appendChild(node);
      return node;
    };
    const base = make('div', 'base', root);
    const spacer = make('div', '', root, { hidden: '' });
    const button = make('a', 'button', base, { rel: 'nofollow noreferrer', role: 'button', draggable: 'false' });
    // The accessible name starts with the visible label (WCAG 2.5.3: voice control users say what they see).
    const label = button.appendChild(document.createTextNode(''));
    const suffix = make('span', '', button, { class: 'visually-hidden' });
    // Read once, as the button's description: as text as well, a screen reader would say it twice.
    const hint = make('span', 'hint', base, { id: 'hint', 'aria-hidden': 'true' });
    const indicator = make('span', 'indicator', base, { 'aria-hidden': 'true' });
    const status = make('span', 'status', base, { role: 'status', class: 'visually-hidden' });
    make('slot', '', root, { hidden: '' }).addEventListener('slotchange', this._readLink);
    const overlay = make('dialog', 'overlay', root);
    for (const type of ['click', 'auxclick', 'keydown']) button.addEventListener(type, this._onActivate);
    for (const type of ['cancel', 'close']) overlay.addEventListener(type, this._keepOverlay);
    this._dom = { base, spacer, button, label, suffix, hint, indicator, status, overlay };
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (!this._dom) this._build();
    const { button, label, suffix, hint, indicator } = this._dom!;
    const s = (this._s = this._resolveStrings());
    const withHint = this.shortcutMode !== 'none';
    button.href = this.destination;
    // Not on a touch screen, where there is no Shift key to press (the styles hide the hint there too).
    const described = withHint && matchMedia(KEYBOARD_MEDIA).matches;
    button.toggleAttribute('aria-describedby', described);
    if (described) button.setAttribute('aria-describedby', 'hint');
    label.data = s.label;
    suffix.textContent = s.emergencyPrefix.trim() ? `, ${s.emergencyPrefix.trim()}` : '';
    hint.hidden = !withHint;
    hint.textContent = s.hint;
    indicator.hidden = !withHint || this._count === 0;
    indicator.replaceChildren(
      ...Array.from({ length: this._needed }, (_, i) => {
        const dot = document.createElement('i');
        if (i < this._count) dot.className = 'on';
        return dot;
      }),
    );
  }

  /** Starts from declarative shadow DOM (static HTML) without a duplicate or a jump; see internal/declarative.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    takeOverDeclarativeRoot(this);
    return super.createRenderRoot();
  }
}

/** True when `url` is the page itself (only the fragment differs, or nothing): leaving to it would not leave. */
function samePage(url: string): boolean {
  const there = new URL(url);
  const here = new URL(location.href);
  // `href="?"` drops the page's query but is still this page to a reader (and to most CMSes).
  return (
    there.origin === here.origin &&
    there.pathname === here.pathname &&
    (there.search === here.search || there.search === '')
  );
}
