import { textRecordAttribute } from '../../internal/json-attribute.js';
import { knownWords, oneOf, words } from '../../internal/enum-attribute.js';
import { dayNames, formatDate, formatList } from '../../internal/intl.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { CATEGORIES, DAYS, EMERGENCY, HELPLINES, NATIONS, helplineById, holidayNation, orderForNation, type Category, type Helpline, type Hours, type WeeklyHours } from '../../data/helplines.js';
import { isBankHoliday } from '../../internal/bank-holidays.js';
import { NATION_VALUES, normaliseNation, servesNation, type Nation } from '../../internal/nation.js';
import { emit } from '../../internal/events.js';
import { heading, headingLevelOf, headingLevelConverter, type HeadingLevel } from '../../internal/heading.js';
import { smsHref, telHref } from '../../internal/phone.js';
import { LangController, format, formatParts } from '../../internal/strings.js';
import { baseStyles } from '../../internal/tokens.js';
import { safeUrl } from '../../internal/url.js';
import { VERSION } from '../../internal/version.js';
import { warn, warnOnce } from '../../internal/warn.js';
import { isIsoDate } from '../../internal/iso-date.js';
import { openStatus, type OpenStatus } from './hours.js';
import { en, translations, type Strings } from './helpline-directory.strings.js';
import { styles } from './helpline-directory.styles.js';
import { takeOverDeclarativeRoot } from '../../internal/declarative.js';
import type { readHelplines as ReadHelplines } from './validate.js';

// Site-data validation is needed only when a site gives data: it loads then (a dynamic import, its own
// chunk in the CDN build, inlined in the classic file), so a page with the bundled list never fetches it.
let readHelplines: typeof ReadHelplines | undefined;
let validatorLoading: Promise<typeof ReadHelplines> | undefined;
const loadValidator = (): Promise<typeof ReadHelplines> =>
  (validatorLoading ??= import('./validate.js').then((m) => (readHelplines = m.readHelplines)));


const TAG = '<safety-helpline-directory>';
const LAYOUTS = ['list', 'compact'] as const;
export type DirectoryLayout = (typeof LAYOUTS)[number];
const EXTERNAL = 'noopener noreferrer';

/** Links and search text of an entry, worked out once. */
interface Prepared {
  calls: Array<{ href?: string; number: string; label?: string; free?: boolean; hiddenFromBill?: boolean }>;
  texts: Array<{ href?: string; number: string; keyword?: string }>;
  email?: string;
  website?: string;
  webchat?: string;
  source?: string;
  /** The source's site name, shown to readers ("refuge.org.uk"). */
  sourceSite?: string;
  search: string;
}
const prepared = new WeakMap<Helpline, Prepared>();

/** Bundled entries in another language, made once per entry and language (so `prep` and `guard` keep working). */
const localized = new Map<string, WeakMap<Helpline, Helpline>>();
/** A translated entry's English original: its English name still finds it in the search box. */
const english = new WeakMap<Helpline, Helpline>();
function localize(h: Helpline, c: LangController<Strings>): Helpline {
  if (c.lang === 'en') return h;
  let byEntry = localized.get(c.lang);
  if (!byEntry) localized.set(c.lang, (byEntry = new WeakMap()));
  let out = byEntry.get(h);
  if (!out) {
    const k = `helpline.${h.id}.`;
    out = {
      ...h,
      name: c.content(`${k}name`, h.name),
      description: c.content(`${k}description`, h.description),
      ...(h.operator ? { operator: c.content(`${k}operator`, h.operator) } : {}),
      ...(h.bsl ? { bsl: c.content(`${k}bsl`, h.bsl) } : {}),
      ...(h.phones ? { phones: h.phones.map((ph, n) => (ph.label ? { ...ph, label: c.content(`${k}phone.${n}.label`, ph.label) } : ph)) } : {}),
    };
    byEntry.set(h, out);
    english.set(out, h);
  }
  return out;
}

/** "https://www.refuge.org.uk/x" → "refuge.org.uk". */
function siteName(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function prep(h: Helpline): Prepared {
  let p = prepared.get(h);
  if (!p) {
    const link = (url: string | undefined, what: string) => safeUrl(url, { source: `${TAG} entry "${h.id}" ${what}`, allow: ['https:', 'http:'] });
    p = {
      calls: (h.phones ?? []).map((ph) => ({ ...ph, href: telHref(ph.number) })),
      texts: (h.texts ?? []).map((t) => ({ ...t, href: smsHref(t.number, t.keyword) })),
      email: h.email && safeUrl(`mailto:${h.email}`, { source: `${TAG} entry "${h.id}" email`, allow: ['mailto:'] }),
      website: link(h.website, 'website'),
      webchat: link(h.webchat?.url, 'webchat'),
      source: link(h.source, 'source'),
      sourceSite: siteName(h.source),
      search: [h.name, h.operator, h.description, english.get(h)?.name ?? '', ...h.categories, ...(h.phones ?? []).map((ph) => ph.number.replace(/\D/g, ''))]
        .join(' ')
        .toLowerCase(),
    };
    prepared.set(h, p);
  }
  return p;
}

/**
 * National and local UK helplines: an emergency panel, then each service as a card with a large
 * click-to-call number, text, email, website and webchat links, its hours with "Open now" worked out in
 * UK time, and the date its facts were last checked. A search box and category filters narrow the list.
 *
 * Sites add local services as JSON (validated against `helplines.schema.json`): from `src`, from an
 * inline `<script type="application/json">` child, or through the `helplines` property. A bad entry is
 * left out with one console warning naming it; the rest still shows. No request is made unless `src`
 * is set, and nothing is ever stored.
 *
 * @summary Verified UK helplines: click to call, open now, filters, and data a site can bring.
 * @customElement safety-helpline-directory
 *
 * @attr {boolean} debug - For editors while setting up: shows this element's configuration warnings (the console's) in a box at its top, or that there are none. Remove before publishing.
 * @csspart debug - The editor's warning box (only with `debug`).
 * @fires safety-load - After data from `src` is read (or fails): `detail` is `{ ok: boolean, count: number }`.
 * @csspart base - The wrapper of everything.
 * @csspart heading - The directory's heading.
 * @csspart emergency - The emergency panel.
 * @csspart emergency-heading - The emergency panel's heading.
 * @csspart emergency-call - A call or text link in the emergency panel.
 * @csspart call-log - The note that calls appear in the phone's call history.
 * @csspart search - The search box.
 * @csspart filters - The category filters.
 * @csspart count - The live "showing N of M" count.
 * @csspart list - The list of services.
 * @csspart card - One service.
 * @csspart name - A service's name (a heading).
 * @csspart operator - Who runs a service.
 * @csspart description - A service's one-sentence description.
 * @csspart status - "Open now", "Closed now, opens…" or "Check opening hours…".
 * @csspart call - A service's click-to-call number.
 * @csspart note - Notes beside a number: free to call, not on phone bills, its label.
 * @csspart links - Text, email, website and webchat links.
 * @csspart hours - The weekly opening hours.
 * @csspart checked - The source link with its own date, or "Checked on" once a person has checked the live page.
 * @csspart covers - The nations a service covers (always shown when it does not cover the reader's nation).
 * @csspart childline - The Childline number beside a service for older readers only.
 * @csspart empty - The message shown when nothing matches.
 * @cssprop [--safety-helpline-directory-card-background=var(--safety-color-surface, #ffffff)] - Card background.
 * @cssprop --safety-helpline-directory-card-border - Card border colour (default #b1b4b6).
 * @cssprop --safety-helpline-directory-emergency-background - Emergency panel background (default #fcf3f3).
 * @cssprop [--safety-helpline-directory-emergency-border=var(--safety-color-danger, #b10e1e)] - Emergency panel edge colour.
 * @cssprop --safety-helpline-directory-gap - Space between cards (default var(--safety-space-3, 1rem)).
 * @cssprop --safety-helpline-directory-call-font-size - Size of the call numbers (default 1.25rem).
 * @cssprop --safety-color-primary - Call buttons and links.
 * @cssprop --safety-color-success - The "Open now" text.
 */
export class SafetyHelplineDirectory extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, styles];

  /** URL of site JSON (an array of entries or `{ "helplines": [...] }`); fetched without cookies, referrer or HTTP cache. The only request the element can make. */
  @property() src?: string;

  /** Site entries as objects; validated like JSON data. An entry with a bundled id replaces the bundled one. */
  @property({ attribute: false }) helplines?: unknown[];

  /** Only these ids (space- or comma-separated; case-insensitive). An id that matches no entry warns once and is ignored. */
  @property() include?: string;

  /** Leave out these ids (space- or comma-separated; case-insensitive). An id that matches no entry warns once and is ignored. */
  @property() exclude?: string;

  /**
   * The reader's nation: `england-wales` (default), `england`, `wales`, `scotland` or `northern-ireland`
   * (case-insensitive). Its own 24/7 lines come first, services that cover only other nations come last
   * with their coverage shown, and bank holidays follow each service's nation. Replaces the old
   * `nations` filter attribute.
   */
  @property({ reflect: true }) nation: Nation | string = 'england-wales';

  /**
   * The old `nations` filter: read once, with a warning, as `nation` when `nation` is not set; it no longer filters.
   * @deprecated Renamed `nation` (one value, the reader's nation).
   */
  @property() nations?: string;

  /** Only services in these categories (space- or comma-separated, case-insensitive), e.g. `stalking domestic-abuse`. An unknown category warns once, naming the valid ones, and is ignored. */
  @property() categories?: string;

  /** Put the site's own entries before the bundled ones. */
  @property({ type: Boolean, attribute: 'local-first' }) localFirst = false;

  /** Leave out the bundled UK services (show only the site's own). */
  @property({ type: Boolean, attribute: 'no-bundled' }) noBundled = false;

  /** Hide the emergency panel (999, Silent Solution, 18000, emergencySMS, 101). */
  @property({ type: Boolean, attribute: 'no-emergency' }) noEmergency = false;

  /** Hide the search box and category filters. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  /** `list` (default): full cards; `compact`: name, number and status only. Any other value warns and uses `list`. */
  @property({ reflect: true }) layout: 'list' | 'compact' = 'list';

  /** Level of the directory's heading (1 to 6, default 2); the panel and cards use the next level. Any other value warns and uses 2. */
  @property({ attribute: 'heading-level', type: Number, converter: headingLevelConverter(TAG) }) headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

  /** The directory's main heading; wins over the `heading` key of `strings`. */
  @property() heading?: string;

  /** Any of the element's strings, as an object (or JSON in the attribute): see `helpline-directory.strings.ts`. */
  @property({ type: Object, converter: textRecordAttribute<Strings>(TAG, 'strings') }) strings?: Partial<Strings>;

  /** Bank holidays as ISO dates (attribute: space-separated), for every service; by default each service keeps its own nation's (the generated table, then the standing rules). A value that is not a YYYY-MM-DD date warns once and is ignored. */
  @property({ attribute: 'bank-holidays', type: Array, converter: (v) => words(v ?? undefined) }) bankHolidays?: string[];

  /** The clock "Open now" reads; replace it to test or preview another time. */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private _query = '';
  @state() private _category = '';
  @state() private _fetched: Helpline[] = [];
  private _inline: Helpline[] = [];
  /** Site data waiting for the validator's module: `updateComplete` waits for it. */
  private _pending?: Promise<void>;
  private _fromProperty: Helpline[] = [];
  private _pool: Helpline[] = [];
  private _timer?: ReturnType<typeof setTimeout>;
  private _abort?: AbortController;
  private _layout: DirectoryLayout = 'list';
  private _level: HeadingLevel = 2;
  private _holidays?: string[];
  private _reload = false;
  /** Strings in the element's language, loaded when first needed (English is built in). */
  private readonly _lang = new LangController<Strings>(this, en, translations);
  private _nation: Nation = 'england-wales';

  /**
   * `nation`, or (with a warning) the old `nations` attribute while `nation` is left at its default. Not
   * `hasAttribute('nation')`: the reflected default sets that attribute after the first render.
   */
  private _readNation(): Nation {
    if (this.nations != null) {
      warnOnce(TAG, `the "nations" attribute was renamed "nation" (one value, the reader's nation: ${NATION_VALUES.join(', ')}); it no longer filters the list.`);
      if (this.nation === 'england-wales') {
        const old = words(this.nations.toLowerCase());
        const one = old.length === 2 && old.includes('england') && old.includes('wales') ? 'england-wales' : old.length === 1 ? old[0] : undefined;
        if (one && (NATION_VALUES as readonly string[]).includes(one)) return one as Nation;
      }
    }
    return normaliseNation(this.nation, `${TAG} nation`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A classic script in <head> upgrades the element before its children are parsed: read them once the document has been.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this._readInline, { once: true });
    else this._readInline();
    // Reconnected after a disconnect aborted a load: load again.
    if (this._reload) void this._load();
    this._reload = false;
  }

  private _readInline = (): void => {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      let data: unknown;
      try {
        data = JSON.parse(script.textContent ?? '');
      } catch (e) {
        warn(TAG, `inline JSON could not be read (${(e as Error).message}); it is ignored.`);
        return this.requestUpdate();
      }
      if (readHelplines) this._inline = readHelplines(data, 'inline JSON');
      else {
        this._pending = loadValidator().then((read) => {
          this._inline = read(data, 'inline JSON');
          this.requestUpdate();
        });
      }
    }
    this.requestUpdate();
  };

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._pending) {
      const pending = this._pending;
      await pending;
      if (this._pending === pending) this._pending = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
    document.removeEventListener('DOMContentLoaded', this._readInline);
    // A load still under way is abandoned: nothing is read or announced for a directory that has gone.
    this._reload = !!this._abort;
    this._abort?.abort();
    this._abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('helplines')) {
      const given = this.helplines;
      if (!given) this._fromProperty = [];
      else if (readHelplines) this._fromProperty = readHelplines(given, 'the helplines property');
      else {
        this._pending = loadValidator().then(() => {
          if (this.helplines === given) this.requestUpdate('helplines', undefined);
        });
      }
    }
    if (changed.has('src')) this._load();
    const site: Helpline[] = [];
    const ids = new Set<string>();
    for (const h of [...this._fromProperty, ...this._inline, ...this._fetched]) {
      if (!ids.has(h.id)) site.push(h);
      ids.add(h.id);
    }
    const bundled = this.noBundled ? [] : HELPLINES.filter((h) => !ids.has(h.id)).map((h) => localize(h, this._lang));
    const known = [...ids, ...bundled.map((h) => h.id)];
    // Unknown ids are reported only once site data has had its chance to arrive.
    const settled = !this.src || this._abort === undefined;
    const include = settled ? knownWords(TAG, 'include', this.include, known) : words(this.include);
    const exclude = settled ? knownWords(TAG, 'exclude', this.exclude, known) : words(this.exclude);
    const cats = knownWords(TAG, 'categories', this.categories, CATEGORIES);
    this._nation = this._readNation();
    const ordered = orderForNation(bundled, this._nation);
    this._pool = (this.localFirst ? [...site, ...ordered] : [...ordered, ...site]).filter(
      (h) => (!include.length || include.includes(h.id)) && !exclude.includes(h.id) && (!cats.length || h.categories.some((c) => cats.includes(c))),
    );
    if (changed.has('headingLevel')) this._level = headingLevelOf(TAG, this.headingLevel);
    if (changed.has('layout')) this._layout = oneOf(TAG, 'layout', this.layout, LAYOUTS, 'list');
    if (changed.has('bankHolidays')) {
      const given = this.bankHolidays ?? [];
      for (const d of given) if (!isIsoDate(d)) warnOnce(TAG, `bank-holidays: "${d}" is not a YYYY-MM-DD date; it is ignored.`);
      const valid = given.filter((d) => isIsoDate(d));
      this._holidays = valid.length ? valid : undefined;
    }
  }

  /** Renders again at the next minute of the clock, so "Open now" changes while the page stays open. */
  protected override updated(): void {
    clearTimeout(this._timer);
    if (this.isConnected) this._timer = setTimeout(() => this.requestUpdate(), 60_000 - (this.clock().getTime() % 60_000) + 20);
  }

  private async _load(): Promise<void> {
    this._abort?.abort();
    this._abort = undefined;
    this._fetched = [];
    const url = safeUrl(this.src, { source: `${TAG} src`, allow: ['https:', 'http:'] });
    if (!url) return;
    const abort = (this._abort = new AbortController());
    let list: Helpline[] = [];
    let ok = false;
    try {
      const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal: abort.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const [data, read] = await Promise.all([res.json(), loadValidator()]);
      list = read(data, `src "${this.src}"`);
      ok = true;
    } catch (e) {
      if (abort.signal.aborted) return;
      warn(TAG, `src "${this.src}" could not be loaded (${(e as Error).message}); showing the bundled list.`);
    }
    if (abort.signal.aborted) return;
    this._abort = undefined;
    this._fetched = list;
    emit(this, 'safety-load', { ok, count: list.length });
  }

  /** Bank holidays a service keeps: the site's own list, else the service's nation's (`holidayNation`). */
  private _holidaysOf(h: Helpline): (date: string) => boolean {
    const own = this._holidays;
    if (own) return (date) => own.includes(date);
    const nation = holidayNation(h);
    return (date) => isBankHoliday(nation, date);
  }

  private _s?: { lang: string; strings?: Partial<Strings>; heading?: string; value: Strings };

  /** The strings in use; the same object while the language, `strings` and `heading` stay (so cards can skip re-rendering). */
  private _strings(): Strings {
    const lang = this._lang.lang;
    const c = this._s;
    if (c && c.lang === lang && c.strings === this.strings && c.heading === this.heading) return c.value;
    const value = { ...this._lang.strings, ...this.strings };
    if (this.heading) value.heading = this.heading;
    this._s = { lang, strings: this.strings, heading: this.heading, value };
    return value;
  }

  private _statusText(st: OpenStatus | { kind: 'dated'; asOf: string }, s: Strings): string {
    switch (st.kind) {
      case 'always':
        return s.always;
      case 'open':
        return format(s.openUntil, { time: st.until });
      case 'closed':
        return st.at === undefined
          ? s.closed
          : format(s.closedOpens, {
              day: st.inDays === 0 ? s.today : st.inDays === 1 ? s.tomorrow : (dayNames(this)[st.day ?? 0] ?? ''),
              time: st.at,
            });
      case 'bank-holiday':
        return s.bankHoliday;
      case 'dated':
        return format(s.hoursDated, { date: st.asOf });
      default:
        return s.hoursUnknown;
    }
  }

  private _hoursList(hours: WeeklyHours, s: Strings): TemplateResult {
    const names = dayNames(this);
    return html`<dl>
        ${DAYS.map(
          (d, i) =>
            html`<dt>${names[i]}</dt>
              <dd>${hours[d]?.map(([open, close]) => format(s.range, { open, close })).join(', ') || s.dayClosed}</dd>`,
        )}
      </dl>
      ${hours.bankHolidays === 'closed' ? html`<p>${s.bankHolidaysClosed}</p>` : nothing}`;
  }

  /**
   * What the status line says: from the phone hours; from the chat hours for a service with no phone
   * number; never "Open now" from hours that are only known as of a past date (until a live check).
   */
  private _status(h: Helpline, now: Date, s: Strings): [text: string, open: boolean] {
    if (h.hoursAsOf && !h.liveCheckedOn) return [this._statusText({ kind: 'dated', asOf: formatDate(this, h.hoursAsOf) }, s), false];
    const chatOnly = !h.phones?.length && !!h.webchat?.hours;
    const st = openStatus(chatOnly ? h.webchat!.hours : h.hours, now, this._holidaysOf(h));
    const text = this._statusText(st, s);
    return [chatOnly ? format(s.chatStatus, { status: text }) : text, st.kind === 'open' || st.kind === 'always'];
  }

  private _card(h: Helpline, s: Strings, level: number, now: Date, hidden: boolean): TemplateResult {
    const [status, open] = this._status(h, now, s);
    // A keystroke in the search box only flips `hidden`: the card's content is re-rendered only when
    // something it shows changes.
    return html`<li part="card" class="card" ?hidden=${hidden}>
      ${guard([h, s, level, this._layout, status, this._lang.lang, this._nation], () => this._cardBody(h, s, level, status, open))}
    </li>`;
  }

  private _cardBody(h: Helpline, s: Strings, level: number, status: string, open: boolean): TemplateResult {
    const p = prep(h);
    const compact = this._layout === 'compact';
    const nationNames = s.nations.split(',');
    const elsewhere = servesNation(h, this._nation) === false;
    // An inferred coverage is not shown as fact, except to say a service is not the reader's nation's.
    const covers = h.nations && (!h.nationsInferred || elsewhere) && formatList(this, h.nations.map((n) => nationNames[NATIONS.indexOf(n)] ?? n));
    // No dead ends: a service without a phone number shows its chat and website in every layout.
    const online = !p.calls.length;
    const childline = h.minAge ? helplineById('childline') : undefined;
    const childPhone = childline?.phones?.[0];
    const childHref = childPhone && telHref(childPhone.number);
    return html`
      ${heading(level, 1, h.name, { part: 'name' })}
      ${!compact && h.operator ? html`<p part="operator" class="note">${format(s.runBy, { operator: h.operator })}</p>` : nothing}
      ${compact ? nothing : html`<p part="description" class="description">${h.description}</p>`}
      <p part="status" class="status ${open ? 'open' : status === s.hoursUnknown ? 'unknown' : ''}" data-script-only>${status}</p>
      ${p.calls.length
        ? p.calls.map(
            (c) =>
              html`<p>
                ${c.href ? html`<a part="call" class="call" href=${c.href}>${format(s.call, { number: c.number })}</a>` : nothing}
                ${compact
                  ? nothing
                  : [c.label, c.free && s.free, c.hiddenFromBill && s.hiddenFromBill]
                      .filter(Boolean)
                      .map((n) => html`<span part="note" class="note">${n}. </span>`)}
              </p>`,
          )
        : html`<p class="note">${s.noPhone}</p>`}
      ${compact && elsewhere && covers ? html`<p part="covers" class="note">${format(s.covers, { nations: covers })}</p>` : nothing}
      ${compact && online
        ? html`<p part="links" class="links">
            ${p.webchat ? html`<a class="web" href=${p.webchat} rel=${EXTERNAL}>${s.webchat}</a>` : nothing}
            ${p.website ? html`<a class="web" href=${p.website} rel=${EXTERNAL}>${s.website}</a>` : nothing}
          </p>`
        : nothing}
      ${childline && childHref
        ? html`<p part="childline" class="note">${format(s.childline, { age: String(h.minAge) })}
            <a part="call" class="call" href=${childHref}>${format(s.call, { number: childPhone!.number })}</a></p>`
        : nothing}
      ${compact
        ? nothing
        : html`<p part="links" class="links">
              ${p.texts.map((t) =>
                t.href
                  ? html`<a href=${t.href}>${t.keyword ? format(s.textKeyword, { keyword: t.keyword, number: t.number }) : format(s.text, { number: t.number })}</a>`
                  : nothing,
              )}
              ${p.webchat ? html`<a class="web" href=${p.webchat} rel=${EXTERNAL}>${s.webchat}</a>` : nothing}
              ${p.email ? html`<a class="web" href=${p.email}>${format(s.email, { email: h.email! })}</a>` : nothing}
              ${p.website ? html`<a class="web" href=${p.website} rel=${EXTERNAL}>${s.website}</a>` : nothing}
            </p>
            ${h.hours && h.hours !== '24/7'
              ? html`<details part="hours"
                  ><summary>${h.hoursAsOf && !h.liveCheckedOn ? format(s.hoursHeadingAsOf, { date: formatDate(this, h.hoursAsOf) }) : s.hoursHeading}</summary
                  >${this._hoursList(h.hours, s)}</details
                >`
              : nothing}
            ${h.webchat?.hours ? html`<p class="note more">${format(s.chatHours, { hours: this._hoursText(h.webchat.hours, s) })}</p>` : nothing}
            ${covers ? html`<p part="covers" class="note more">${format(s.covers, { nations: covers })}</p>` : nothing}
            ${h.interpreters ? html`<p class="note more">${s.interpreters}</p>` : nothing}
            ${h.bsl ? html`<p class="note more">${h.bsl}</p>` : nothing}
            ${this._checked(h, p, s)}`}
    `;
  }

  /**
   * Where the facts come from. "Checked on {date}" only from a live check by a person
   * (`liveCheckedOn`); until then the source with its own date, and (for a service with hours) a
   * reminder to check current hours on its website. `verifiedOn` is never shown as a check.
   */
  private _checked(h: Helpline, p: Prepared, s: Strings): TemplateResult {
    const site = p.sourceSite ?? h.source;
    const link = p.source ? html`<a href=${p.source} rel=${EXTERNAL}>${site}</a>` : site;
    const sourceDate = h.sourceDate && (/^\d{4}-\d{2}$/.test(h.sourceDate) ? formatDate(this, h.sourceDate) : h.sourceDate);
    const line = h.liveCheckedOn
      ? html`${format(s.liveChecked, { date: formatDate(this, h.liveCheckedOn) })}. ${formatParts(s.sourceOnly, { source: link })}`
      : formatParts(sourceDate ? s.sourceWithDate : s.sourceOnly, { source: link, date: sourceDate ?? '' });
    return html`<p part="checked" class="note checked">${line}</p>
      ${!h.liveCheckedOn && h.hours ? html`<p class="note more">${s.checkCurrentHours}</p>` : nothing}`;
  }

  private _hoursText(hours: Hours, s: Strings): string {
    if (hours === '24/7') return s.always;
    const names = dayNames(this);
    return DAYS.flatMap((d, i) => (hours[d] ? [`${names[i]} ${hours[d].map(([open, close]) => format(s.range, { open, close })).join(', ')}`] : [])).join('; ');
  }

  private _emergency(s: Strings, level: number): TemplateResult {
    const call = (n: string) => html`<a part="emergency-call" class="call" href=${telHref(n)!}>${format(s.call, { number: n })}</a>`;
    const number = (id: string) => EMERGENCY.find((f) => f.id === id)?.number ?? '';
    const [police, relay, sms, nonEmergency] = ['emergency', 'relay-uk', 'emergency-sms', 'non-emergency'].map(number);
    // Relay UK's 18000 is reached from a textphone or the Relay UK app: shown as text with a link to
    // the service, never as a tel: link that would open the voice dialler.
    const relaySite = safeUrl(EMERGENCY.find((f) => f.id === 'relay-uk')?.source, { source: `${TAG} Relay UK`, allow: ['https:'] });
    return html`<section part="emergency" class="emergency" aria-labelledby="emergency-heading">
      ${heading(level, 1, s.emergencyHeading, { part: 'emergency-heading', id: 'emergency-heading' })}
      <ul>
        <li><p>${s.emergency}</p>${call(police!)}</li>
        <li><p>${s.silentSolution}</p></li>
        <li>
          <p>${s.relayUk}</p>
          <p class="relay"><strong>${format(s.relayUkNumber, { number: relay! })}</strong></p>
          ${relaySite ? html`<a href=${relaySite} rel=${EXTERNAL}>${s.relayUkLink}</a>` : nothing}
        </li>
        <li><p>${s.emergencySms}</p><a part="emergency-call" href=${smsHref(sms!, 'register')!}>${s.emergencySmsLink}</a></li>
        <li><p>${s.nonEmergency}</p>${call(nonEmergency!)}</li>
      </ul>
    </section>`;
  }

  private _onSearch(e: Event): void {
    this._query = (e.target as HTMLInputElement).value;
  }

  private _onCategory(e: Event): void {
    this._category = (e.target as HTMLInputElement).value;
  }

  override render(): unknown {
    return this._lang.render(() => this._render());
  }

  private _render(): TemplateResult {
    const s = this._strings();
    const level = this._level;
    const now = this.clock();
    const terms = words(this._query.toLowerCase());
    const present = CATEGORIES.filter((c) => this._pool.some((h) => h.categories.includes(c)));
    const category = present.includes(this._category as Category) ? this._category : '';
    // Every card stays rendered and non-matches are hidden: a keystroke then flips `hidden` on a few
    // cards instead of rewriting every card's text (well under a frame for 500 entries).
    const shown = new Set(this._pool.filter(
      (h) => (!category || h.categories.includes(category as Category)) && terms.every((t) => prep(h).search.includes(/^[\d\s()+.-]+$/.test(t) ? t.replace(/\D/g, '') : t)),
      ),
    );
    return html`<section part="base" aria-labelledby="heading">
      ${heading(level, 0, s.heading, { id: 'heading' })}
      ${this.noEmergency ? nothing : this._emergency(s, level)}
      <p part="call-log" class="note">${s.callLog}</p>
      ${this.noFilters
        ? nothing
        : html`<div class="tools" data-script-only>
            <div>
              <label for="search">${s.searchLabel}</label>
              <input id="search" part="search" type="search" autocomplete="off" spellcheck="false" .value=${this._query} @input=${this._onSearch} />
            </div>
            ${present.length > 1
              ? html`<fieldset part="filters" @change=${this._onCategory}>
                  <legend>${s.filterLegend}</legend>
                  <div class="chips">
                    ${['', ...present].map(
                      (c) =>
                        html`<label
                          ><input type="radio" name="category" value=${c} .checked=${c === category} />${c
                            ? s[`category-${c as Category}`]
                            : s.all}</label
                        >`,
                    )}
                  </div>
                </fieldset>`
              : nothing}
          </div>`}
      <p part="count" class="count" role="status" data-script-only>${format(s.count, { shown: shown.size, total: this._pool.length })}</p>
      <ul part="list" class="list" role="list" ?hidden=${!shown.size}>
        ${this._pool.map((h) => this._card(h, s, level, now, !shown.has(h)))}
      </ul>
      ${shown.size ? nothing : html`<p part="empty">${s.empty}</p>`}
    </section>`;
  }

  /** Starts from declarative shadow DOM (static HTML) without a duplicate or a jump; see internal/declarative.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    takeOverDeclarativeRoot(this);
    return super.createRenderRoot();
  }
}
