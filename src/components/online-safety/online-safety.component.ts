import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import {
  BROWSER_IDS,
  BROWSERS,
  CLOSE_WINDOW,
  QUICK_EXIT_FACTS,
  SIGNPOSTS,
  SIGNPOSTS_BY_NATION,
  WARNING_IDS,
  WARNINGS,
  type BrowserFacts,
  type BrowserId,
  type Evidence,
  type HelpLink,
} from '../../data/online-safety.js';
import { heading, headingLevelConverter, headingLevelOf } from '../../internal/heading.js';
import { textRecordAttribute } from '../../internal/json-attribute.js';
import { LangController, format, formatParts, has, warnUnknownKeys } from '../../internal/strings.js';
import { baseStyles } from '../../internal/tokens.js';
import { withScheme } from '../../internal/url.js';
import { VERSION } from '../../internal/version.js';
import { oneOf } from '../../internal/enum-attribute.js';
import { normaliseNation, type Nation } from '../../internal/nation.js';
import { detectThisBrowser, type Detection } from './detect.js';
import { en, translations, type OnlineSafetyStrings } from './online-safety.strings.js';
import { styles } from './online-safety.styles.js';
import { takeOverDeclarativeRoot } from '../../internal/declarative.js';
import { forgetOnPageLeave } from '../../internal/events.js';
import { DisclosurePrint, disclosure, disclosureStyles } from '../../internal/disclosure.js';
import { proseStyles } from '../../internal/prose-styles.js';
import { shortAddress, siteName, webLink } from '../../internal/web-link.js';
import { DEFAULT_DESTINATION, SHORTCUTS, type QuickExitShortcut } from '../quick-exit/quick-exit.options.js';

const TAG = '<safety-online-safety>';
const QUICK_EXIT = 'safety-quick-exit';
type Key = keyof OnlineSafetyStrings;

/** The settings of the `<safety-quick-exit>` on this page, read from it (before or after it upgrades). */
export interface QuickExitSettings {
  /** The button's text: its `label` attribute, else its child link's text; empty when neither is set. */
  label: string;
  /** Host name of the destination, without `www.` ("bbc.co.uk"). */
  destination: string;
  shortcut: QuickExitShortcut;
}

/** Reads the first quick exit in the document the way it reads itself: child link, else `href`, else the default. */
export function readQuickExit(doc: Document = document): QuickExitSettings | undefined {
  const el = doc.querySelector(QUICK_EXIT) as (Element & { shortcutMode?: unknown; destination?: unknown }) | null;
  if (!el) return undefined;
  const link = el.querySelector(':scope > a[href]');
  // Read as the quick exit reads them (the same warning, given once): any case; a host with no scheme is https.
  const shortcut: QuickExitShortcut =
    typeof el.shortcutMode === 'string' && (SHORTCUTS as readonly string[]).includes(el.shortcutMode)
      ? (el.shortcutMode as QuickExitShortcut)
      : oneOf(`<${QUICK_EXIT}>`, 'shortcut', el.getAttribute('shortcut'), SHORTCUTS, 'shift');
  let destination = siteName(DEFAULT_DESTINATION);
  const raw =
    typeof el.destination === 'string' ? el.destination : (link?.getAttribute('href') ?? el.getAttribute('href'));
  try {
    const url = raw ? new URL(withScheme(raw.trim()), doc.baseURI) : undefined;
    if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname)
      destination = siteName(url.href);
  } catch {
    // The quick exit refuses it too and uses its default.
  }
  // As the button reads it: its child link's text wins over its `label`.
  const label = (link?.textContent?.trim() || el.getAttribute('label') || '').replace(/\s+/g, ' ').trim();
  return { label, destination, shortcut };
}

/**
 * Staying safe online ("cover your tracks"): what the quick exit on this page does and does not do, how
 * to browse privately and remove this site from the reader's own browser's history (with the browser
 * maker's help page for the steps), and the warnings every UK source gives. The browser is guessed on the
 * device from the user-agent string and client hints (no request), shown as "It looks like you are
 * using…", and the reader can choose another (forgotten as the page is left, so Back does not show it).
 * Facts come from `src/data/online-safety.ts`, each with its source; the element makes no request and
 * stores nothing.
 *
 * The quick-exit paragraph reads the first `<safety-quick-exit>` in the document (its `shortcut`, its
 * child link or `href`, its `label`) and follows changes to it; with no quick exit it says nothing
 * about one. A quick exit inside another element's shadow root is not seen.
 *
 * Global `--safety-*` tokens (colours, font, radius, spacing, focus ring) are listed in the README's Theming section.
 *
 * @summary Staying safe online: the quick exit, private browsing and history for the reader's browser, and warnings.
 * @customElement safety-online-safety
 *
 * @attr {string} lang - Language of the element or its nearest ancestor with a lang attribute: English, or Welsh (cy, any region); a malformed tag uses English with one warning.
 * @attr {boolean} debug - For editors while setting up: shows this element's configuration warnings (the console's) in a box at its top, or that there are none. Remove before publishing.
 * @csspart debug - The editor's warning box (only with `debug`).
 *
 * @csspart base - The outer section.
 * @csspart heading - The element's main heading.
 * @csspart intro - The opening paragraph.
 * @csspart quick-exit - What the quick exit on this page does (only when the page has one).
 * @csspart quick-exit-heading - Its heading.
 * @csspart browser - The "Your browser" block.
 * @csspart browser-heading - Its heading.
 * @csspart detected - "It looks like you are using…".
 * @csspart select-label - The label of the browser chooser.
 * @csspart select - The native `<select>` to choose another browser or device.
 * @csspart disclosure - Each show/hide section (a native `<details>`).
 * @csspart toggle - Each section's `<summary>`.
 * @csspart panel - Each section's content.
 * @csspart help-link - A link to the browser maker's help page.
 * @csspart warnings - The "Things to know" block.
 * @csspart warnings-heading - Its heading.
 * @csspart warning - One warning.
 * @csspart signposts - The further-help links.
 * @csspart sources - The wrapper of the "Where this information comes from" disclosure.
 *
 * @cssprop [--safety-online-safety-accent=var(--safety-color-primary, #1d70b8)] - Colour of the quick-exit block's rule.
 * @cssprop [--safety-online-safety-surface=var(--safety-color-surface-muted, #f3f2f1)] - Background of the quick-exit block.
 */
export class SafetyOnlineSafety extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, disclosureStyles, proseStyles, styles];

  /** The main heading's text (default "Staying safe online"); wins over `strings.heading`. */
  @property() heading = '';

  /** Level of the main heading (1 to 6, default 2); section headings are one level below. Any other value warns and uses 2. */
  @property({ attribute: 'heading-level', type: Number, converter: headingLevelConverter(TAG) }) headingLevel:
    1 | 2 | 3 | 4 | 5 | 6 = 2;

  /** The reader's nation, for the further-help links: `england-wales` (default), `england`, `wales`, `scotland` or `northern-ireland` (case-insensitive). Any other value warns once and uses `england-wales`. */
  @property({ reflect: true }) nation: Nation | string = 'england-wales';

  /** Show this browser's steps instead of the detected one: `chrome`, `edge`, `firefox`, `safari-mac`, `safari-iphone`, `samsung`, `chrome-android`, or `general` (case-insensitive). Unset, or any other value (with one warning): detect on the device. */
  @property({ reflect: true }) browser = '';

  /** Overrides any text by key, as an object or a JSON attribute. Every key and its English text are listed in docs/api.md ("Strings"); a key the element does not have warns once and is ignored. */
  @property({ type: Object, converter: textRecordAttribute<OnlineSafetyStrings>(TAG, 'strings') }) strings:
    Partial<OnlineSafetyStrings> | undefined;

  /** The reader's choice in the chooser ('' is the general advice); undefined until they choose. */
  @state() private chosen: BrowserId | '' | undefined;

  private detection: Detection = {};
  private quickExit: QuickExitSettings | undefined;
  private quickExitKey = '';
  private observer?: MutationObserver;
  private table: Record<string, string | undefined> = en;

  constructor() {
    super();
    // Every section prints open, whichever the reader had closed.
    new DisclosurePrint(this);
    // The reader's choice of browser goes with the page: Back on a shared device shows the site's or the detected one.
    forgetOnPageLeave(this, () => (this.chosen = undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.detection = detectThisBrowser();
    this.recheckQuickExit();
    // Follow a quick exit added, removed or changed later; only the attributes it reads are watched.
    this.observer = new MutationObserver(() => this.recheckQuickExit());
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['shortcut', 'href', 'label'],
    });
    if (globalThis.customElements && !customElements.get(QUICK_EXIT)) {
      void customElements.whenDefined(QUICK_EXIT).then(() => this.recheckQuickExit());
    }
  }

  override disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    super.disconnectedCallback();
  }

  private recheckQuickExit(): void {
    const settings = readQuickExit();
    const key = JSON.stringify(settings ?? null);
    if (key === this.quickExitKey) return;
    this.quickExitKey = key;
    this.quickExit = settings;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) warnUnknownKeys(TAG, this.strings, (key) => has(en, key));
    // Read once per change, so that a bad value warns as the site sets it.
    if (changed.has('browser')) void this.browserChoice;
    if (changed.has('nation')) void this.signpostIds();
  }

  /** The site's `browser`, read as every fixed-value attribute is (any case; a bad value warns, then detection). */
  private get browserChoice(): BrowserId | 'general' | '' {
    return oneOf(TAG, 'browser', this.browser, [...BROWSER_IDS, 'general'], '');
  }

  /** The browser whose steps are shown, or '' for the general advice. */
  get view(): BrowserId | '' {
    if (this.chosen !== undefined) return this.chosen;
    const site = this.browserChoice;
    if (site) return site === 'general' ? '' : site;
    return this.detection.browser ?? '';
  }

  /** What detection found on this device (for the "It looks like…" sentence). */
  get detected(): Detection {
    return this.detection;
  }

  private t(key: Key | string): string {
    return this.table[key] ?? (en as Record<string, string>)[key] ?? '';
  }

  private say(key: Key | string, values: Record<string, unknown> = {}): unknown[] {
    return formatParts(this.t(key), values);
  }

  private browserName(id: BrowserId): string {
    return this.t(`browser.${id}`);
  }

  /**
   * English words on a page in another language (the browsers' own names for their private modes, the English
   * pages' titles a translation keeps): marked so that a Welsh voice reads them as English (WCAG 3.1.2).
   */
  private english(text: string): TemplateResult | string {
    return this._lang.lang === 'en' ? text : html`<span lang="en">${text}</span>`;
  }

  private link(url: string, text: unknown, part?: string): TemplateResult | unknown {
    return webLink(url, text, { source: `${TAG} link`, part, allow: ['https:'] });
  }

  private onChoose(e: Event): void {
    this.chosen = (e.target as HTMLSelectElement).value as BrowserId | '';
  }

  private quickExitBlock(level: number): TemplateResult | typeof nothing {
    const q = this.quickExit;
    if (!q) return nothing;
    return html`<div part="quick-exit" class="block">
      ${heading(level, 1, this.say('quickExitHeading', { label: q.label || this.t('quickExitLabel') }), { part: 'quick-exit-heading' })}
      <p>${this.say('quickExitLeaves', { destination: q.destination })}
      ${q.shortcut === 'none' ? nothing : this.say(`quickExitShortcut.${q.shortcut}`)}</p>
      <p>${this.say('quickExitKeeps')}</p>
      <p>${this.say('quickExitReturn', { site: siteName(location.href) || this.t('thisSite') })}</p>
    </div>`;
  }

  private keys(keys: string): TemplateResult {
    return html`<kbd>${keys}</kbd>`;
  }

  private helpLine(key: 'privateHelp' | 'historyHelp', help: HelpLink, b: BrowserFacts): TemplateResult {
    const text = format(this.t(`${key}Link`), { browser: this.browserName(b.id) });
    return html`<p>${this.say(key, { owner: help.owner, link: this.link(help.url, text, 'help-link') })}</p>`;
  }

  private browserSteps(b: BrowserFacts): TemplateResult {
    const name = this.browserName(b.id);
    const open = b.openPrivate;
    const privateBody = html`<p>${this.say('privateName', { mode: html`<strong>${this.english(b.privateMode.name)}</strong>` })}
        ${open ? this.say('privateKeys', { keys: this.keys(open.keys) }) : nothing}</p>
      ${b.privateHelp ? this.helpLine('privateHelp', b.privateHelp, b) : nothing}
      ${b.desktop ? html`<p>${this.say('closeWindow', { keys: this.keys(CLOSE_WINDOW.keys), mac: this.keys(CLOSE_WINDOW.macKeys), alt: this.keys(CLOSE_WINDOW.altKeys) })}</p>` : nothing}`;
    const historyBody = html`${b.historyKeys ? html`<p>${this.say('historyKeys', { keys: this.keys(b.historyKeys.keys) })}</p>` : nothing}
      <p>${this.t('historyOnly')}</p>
      ${b.historyHelp ? this.helpLine('historyHelp', b.historyHelp, b) : b.historyKeys ? nothing : html`<p>${this.t('historyNoHelp')}</p>`}`;
    return html`${disclosure(format(this.t('privateHeading'), { browser: name }), privateBody)}
    ${disclosure(format(this.t('historyHeading'), { browser: name }), historyBody)}`;
  }

  private generalSteps(): TemplateResult {
    const modes = BROWSER_IDS.filter((id) => id !== 'chrome-android').map(
      (id, i) => html`${i ? ', ' : ''}${this.english(BROWSERS[id].privateMode.name)} (${this.browserName(id)})`,
    );
    return html`<p>${this.say('generalPrivate', { modes })}</p>
      <p>${this.t('generalHistory')}</p>`;
  }

  private browserBlock(level: number): TemplateResult {
    const view = this.view;
    const d = this.detection;
    const intro = d.inApp
      ? this.say('inApp', { app: this.t(`app.${d.inApp}`) })
      : d.browser
        ? this.say('detected', { browser: this.browserName(d.browser) })
        : view
          ? ''
          : this.t('notDetected');
    // The intro names the chooser, which static HTML does not have.
    return html`<div part="browser">
      ${heading(level, 1, this.t('browserHeading'), { part: 'browser-heading' })}
      ${intro === '' ? nothing : html`<p part="detected" data-script-only>${intro}</p>`}
      <div class="chooser" data-script-only>
        <label part="select-label" for="browser-select">${this.t('chooseLabel')}</label>
        <select id="browser-select" part="select" .value=${view} @change=${this.onChoose}>
          <option value="" ?selected=${view === ''}>${this.t('general')}</option>
          ${BROWSER_IDS.map((id) => html`<option value=${id} ?selected=${view === id}>${this.browserName(id)}</option>`)}
        </select>
      </div>
      <div class="steps">${view ? this.browserSteps(BROWSERS[view]) : this.generalSteps()}</div>
    </div>`;
  }

  private signpostIds(): readonly string[] {
    return SIGNPOSTS_BY_NATION[normaliseNation(this.nation, `${TAG} nation`)];
  }

  private warningsBlock(level: number): TemplateResult {
    return html`<div part="warnings">
      ${heading(level, 1, this.t('warningsHeading'), { part: 'warnings-heading' })}
      <ul>
        ${WARNING_IDS.map((id) => html`<li part="warning">${this.t(`warning.${id}`)}</li>`)}
      </ul>
      <p>${this.t('moreHelp')}</p>
      <ul part="signposts">
        ${this.signpostIds().map((id) => {
          const s = SIGNPOSTS[id]!;
          const title = this.t(`signpost.${id}`);
          const kept = title === (en as Record<string, string>)[`signpost.${id}`];
          return html`<li>${this.link(s.url, kept ? this.english(title) : title)}</li>`;
        })}
      </ul>
    </div>`;
  }

  /** Every piece of evidence behind what is shown now. */
  shownEvidence(): Evidence[] {
    const list: Evidence[] = [];
    if (this.quickExit) list.push(...Object.values(QUICK_EXIT_FACTS));
    const view = this.view;
    if (view) {
      const b = BROWSERS[view];
      list.push(b.privateMode);
      for (const e of [b.openPrivate, b.historyKeys, b.privateHelp, b.historyHelp]) if (e) list.push(e);
      if (b.desktop) list.push(CLOSE_WINDOW);
    } else {
      for (const id of BROWSER_IDS) if (id !== 'chrome-android') list.push(BROWSERS[id].privateMode);
    }
    list.push(...WARNING_IDS.map((id) => WARNINGS[id]));
    for (const id of this.signpostIds()) list.push(SIGNPOSTS[id]!);
    return list;
  }

  private sources(): TemplateResult {
    const evidence = this.shownEvidence();
    const urls = [...new Set(evidence.map((e) => e.source))];
    // No date: verifiedOn is when a fact was checked against stored copies, not the live page (reference
    // section 7, "Dates shown to readers"), and no one has read these pages live yet.
    return disclosure(
      this.t('sourcesHeading'),
      html`<p>${this.t('sourcesNote')}</p>
        <ul class="source-list">
          ${urls.map((u) => html`<li>${this.link(u, shortAddress(u))}</li>`)}
        </ul>`,
    );
  }

  /** Strings in the element's language, loaded when first needed. */
  private readonly _lang = new LangController<Record<string, string>>(this, en, translations);

  override render() {
    return this._lang.render(() => this.renderAll());
  }

  private renderAll() {
    this.table = this._lang.merged(this.strings, { heading: this.heading });
    const level = headingLevelOf(TAG, this.headingLevel);
    return html`<section part="base" aria-labelledby="title">
      ${heading(level, 0, this.t('heading'), { part: 'heading', id: 'title' })}
      <p part="intro">${this.t('intro')}</p>
      ${this.quickExitBlock(level)} ${this.browserBlock(level)} ${this.warningsBlock(level)}
      <div part="sources">${this.sources()}</div>
    </section>`;
  }

  /** Starts from declarative shadow DOM (static HTML) without a duplicate or a jump; see internal/declarative.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    takeOverDeclarativeRoot(this);
    return super.createRenderRoot();
  }
}
