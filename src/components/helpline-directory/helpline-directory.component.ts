import { textRecordAttribute } from '../../internal/json-attribute.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { CATEGORIES, DAYS, EMERGENCY, HELPLINES, NATIONS, type Category, type Helpline, type Hours, type Nation, type WeeklyHours } from '../../data/helplines.js';
import { emit } from '../../internal/events.js';
import { clampHeadingLevel, heading } from '../../internal/heading.js';
import { smsHref, telHref } from '../../internal/phone.js';
import { format, langOf, stringsFor } from '../../internal/strings.js';
import { baseStyles, registerColorTokens } from '../../internal/tokens.js';
import { safeUrl } from '../../internal/url.js';
import { VERSION } from '../../internal/version.js';
import { warn, warnOnce } from '../../internal/warn.js';
import { englandWalesBankHolidays, openStatus, type OpenStatus } from './hours.js';
import { en, type Strings } from './helpline-directory.strings.js';
import { COLORS, styles } from './helpline-directory.styles.js';
import { index, search, type Indexed } from './search.js';
import { readHelplines } from './validate.js';

registerColorTokens(COLORS);

const TAG = '<safety-helpline-directory>';
const words = (v: string | undefined) => (v ?? '').split(/[\s,]+/).filter(Boolean);
const EXTERNAL = 'noopener noreferrer';

/** The reader's nation (docs/conventions.md). */
export type DirectoryNation = 'england-wales' | 'england' | 'wales' | 'scotland' | 'northern-ireland';
export const DIRECTORY_NATIONS: readonly DirectoryNation[] = ['england-wales', 'england', 'wales', 'scotland', 'northern-ireland'];

/**
 * The national lines shown first, as call buttons under 999, for each nation (ids of bundled entries;
 * an id that is not in the list the element shows is skipped). A site chooses its own with `key-services`.
 */
export const KEY_SERVICES: Readonly<Record<DirectoryNation, readonly string[]>> = {
  'england-wales': ['national-stalking-helpline', 'national-domestic-abuse-helpline', 'live-fear-free'],
  england: ['national-stalking-helpline', 'national-domestic-abuse-helpline', 'victim-support'],
  wales: ['national-stalking-helpline', 'live-fear-free', 'victim-support'],
  scotland: ['scotland-domestic-abuse-helpline', 'national-stalking-helpline', 'victim-support-scotland'],
  'northern-ireland': ['ni-domestic-sexual-abuse-helpline', 'national-stalking-helpline'],
};

/** Cards are rendered in blocks of this many; the first block with the first update, the rest in later tasks. */
const BLOCK = 25;
/** Time one later task may spend rendering blocks (ms), well under the 50 ms of a long task. */
const SLICE_MS = 12;
/** Under this width (CSS px) the directory uses `compact` unless the site sets `layout`. */
const NARROW = 600;
/** Site entries validated per task: a big list is read in slices, like it is rendered. */
const READ_SLICE = 100;

/** Links and search index of an entry, worked out once. */
interface Prepared {
  calls: Array<{ href?: string; number: string; label?: string; free?: boolean; hiddenFromBill?: boolean }>;
  texts: Array<{ href?: string; number: string; keyword?: string }>;
  email?: string;
  website?: string;
  webchat?: string;
  source?: string;
}
const prepared = new WeakMap<Helpline, Prepared>();
const indexed = new WeakMap<Helpline, Indexed>();

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
    };
    prepared.set(h, p);
  }
  return p;
}

/** Search index of an entry: its words, categories and features as `#` tokens, its numbers. */
function indexOf(h: Helpline, s: Strings): Indexed {
  let i = indexed.get(h);
  if (!i) {
    const tokens = [
      ...h.categories.map((c) => `#${c}`),
      ...(h.nations ?? []).map((n) => `#${n}`),
      ...(h.texts?.length ? ['#text'] : []),
      ...(h.bsl ? ['#bsl'] : []),
      ...(h.webchat ? ['#chat'] : []),
    ];
    const labels = h.categories.map((c) => s[`category-${c}`] ?? c);
    const text = [h.name, h.operator, h.description, h.bsl, ...labels, ...h.categories, ...(h.phones ?? []).map((p) => p.label)].join(' ');
    indexed.set(h, (i = index(text, tokens, [...(h.phones ?? []), ...(h.texts ?? [])].map((p) => p.number))));
  }
  return i;
}

/** The ways to reach the police, from the emergency panel, as search can find them. */
type PoliceWay = { id: (typeof EMERGENCY)[number]['id']; index: Indexed };

/**
 * National and local UK helplines, laid out for a frightened reader on a phone: "In danger now: call 999"
 * first (other ways to reach the police behind one disclosure), then the key national lines for the
 * reader's nation as call buttons with "Open now" beside each, then one search box and one filter, and
 * every service as a card. Where the facts come from is in one disclosure at the end.
 *
 * Search finds word stems ("stalker" finds stalking services), categories and a small synonym table
 * ("ex" and "partner" find domestic abuse services, "deaf" and "text" find text and BSL services); when
 * nothing matches it says so, shows the national lines anyway, and offers "Clear search".
 *
 * Sites add local services as JSON (validated against `helplines.schema.json`): from `src`, from an
 * inline `<script type="application/json">` child, or through the `helplines` property. A bad entry is
 * left out with one console warning naming it; the rest still shows. No request is made unless `src`
 * is set, and nothing is ever stored. Big lists render in blocks, a few at a time, so the page (and a
 * quick exit on it) stays responsive.
 *
 * @summary Verified UK helplines: 999 and the key numbers first, click to call, open now, search that finds.
 * @customElement safety-helpline-directory
 * @fires safety-load - After data from `src` is read (or fails): `detail` is `{ ok: boolean, count: number }`.
 * @csspart base - The wrapper of everything.
 * @csspart heading - The directory's heading.
 * @csspart emergency - The emergency panel.
 * @csspart emergency-heading - The emergency panel's heading ("In danger now: call 999").
 * @csspart emergency-call - A call or text link in the emergency panel.
 * @csspart disclosure - A show/hide section (a `<details>`): other ways to contact the police, the filter, opening hours, sources.
 * @csspart toggle - The `<summary>` of a disclosure.
 * @csspart panel - The content of a disclosure.
 * @csspart phone - Every call button (the emergency panel's, the key lines' and the cards').
 * @csspart key - The key national lines shown first.
 * @csspart key-heading - The key lines' heading.
 * @csspart key-service - One key line: its name, call button, status and notes.
 * @csspart call-log - The note that calls appear in the phone's call history.
 * @csspart tools - The search box and the filter.
 * @csspart search - The search box.
 * @csspart filters - The category filter (a disclosure of radio buttons).
 * @csspart count - The live "showing N of M" count.
 * @csspart police-matches - Ways to contact the police that match a search.
 * @csspart list - The list of services.
 * @csspart card - One service.
 * @csspart name - A service's name (a heading).
 * @csspart operator - Who runs a service.
 * @csspart description - A service's one-sentence description.
 * @csspart status - "Open now", "Closed now, opens…" or "Check opening hours…".
 * @csspart call - A service's click-to-call number.
 * @csspart note - Notes under a number: its label, free to call, not on phone bills.
 * @csspart links - Text, email, website and webchat links.
 * @csspart hours - The weekly opening hours (a disclosure).
 * @csspart sources - The "Where this information comes from" disclosure.
 * @csspart checked - One service's coverage, date and source link, in the sources disclosure.
 * @csspart empty - The message shown when nothing matches, with "Clear search" and the national lines.
 * @csspart clear - The "Clear search" button.
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

  /** Only these ids (space- or comma-separated). */
  @property() include?: string;

  /** Leave out these ids (space- or comma-separated). */
  @property() exclude?: string;

  /** The reader's nation: `england-wales` (default), `england`, `wales`, `scotland` or `northern-ireland`; chooses the key lines shown first. */
  @property() nation: DirectoryNation = 'england-wales';

  /** The national lines shown first as call buttons, by id (space- or comma-separated), in this order; empty shows none. Default: the key lines for `nation`. */
  @property({ attribute: 'key-services' }) keyServices?: string;

  /** Only services for these nations: `england`, `wales`, `scotland`, `northern-ireland` (services whose coverage is not confirmed stay). */
  @property() nations?: string;

  /** Only services in these categories (space- or comma-separated), e.g. `stalking domestic-abuse`. */
  @property() categories?: string;

  /** Put the site's own entries before the bundled ones. */
  @property({ type: Boolean, attribute: 'local-first' }) localFirst = false;

  /** Leave out the bundled UK services (show only the site's own). */
  @property({ type: Boolean, attribute: 'no-bundled' }) noBundled = false;

  /** Hide the emergency panel (999, and the other ways to contact the police). */
  @property({ type: Boolean, attribute: 'no-emergency' }) noEmergency = false;

  /** Hide the search box and category filter. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  /** `list`: full cards; `compact`: name, status, numbers and contact links only. Unset: `compact` when the element is under 600 px wide, else `list`. */
  @property({ reflect: true }) layout?: 'list' | 'compact';

  /** Level of the directory's heading (2–6); the panel and cards use the next level. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** The directory's heading text. */
  @property() heading?: string;

  /** Label of the search box. */
  @property({ attribute: 'search-label' }) searchLabel?: string;

  /** Message when nothing matches (`{query}` is what was searched for). */
  @property({ attribute: 'empty-text' }) emptyText?: string;

  /** Any of the element's strings, as an object (or JSON in the attribute): see `helpline-directory.strings.ts`. */
  @property({ converter: textRecordAttribute<Strings>(TAG, 'strings') }) strings?: Partial<Strings>;

  /** Bank holidays as ISO dates (attribute: space-separated); by default England and Wales dates by the standing rules. */
  @property({ attribute: 'bank-holidays', converter: (v) => words(v ?? undefined) }) bankHolidays?: string[];

  /** The clock "Open now" reads; replace it to test or preview another time. */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private _query = '';
  @state() private _category = '';
  @state() private _fetched: Helpline[] = [];
  /** Whether the element is narrower than 600 px (read before the first render, then by a ResizeObserver). */
  @state() private _narrow = false;
  /** How many blocks of cards are rendered so far. */
  @state() private _blocksShown = 1;
  @state() private _sourcesOpen = false;
  private _inline: Helpline[] = [];
  private _fromProperty: Helpline[] = [];
  private _pool: Helpline[] = [];
  private _blocks: Helpline[][] = [];
  private _shown = new Set<Helpline>();
  private _signatures: string[] = [];
  private _matchedAll = true;
  private _searching = false;
  private _police: PoliceWay['id'][] = [];
  private _key: Helpline[] = [];
  private _timer?: ReturnType<typeof setTimeout>;
  private _chunkTimer?: ReturnType<typeof setTimeout>;
  private _abort?: AbortController;
  private _resize?: ResizeObserver;
  private _holidayCache = new Map<number, string[]>();
  private _list!: Intl.ListFormat;
  private _msPerBlock = 4;

  override connectedCallback(): void {
    super.connectedCallback();
    // A classic script in <head> upgrades the element before its children are parsed: read them once the document has been.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this._readInline(), { once: true });
    else this._readInline();
    this._resize ??= new ResizeObserver(([entry]) => {
      const narrow = !!entry && entry.contentRect.width > 0 && entry.contentRect.width < NARROW;
      // In the next frame: a re-render inside the observer's callback would resize what it observes.
      if (narrow !== this._narrow) requestAnimationFrame(() => (this._narrow = narrow));
    });
    this._resize.observe(this);
    // The first render already takes the right layout: one read of the width now rather than a second render.
    const width = this.getBoundingClientRect().width || window.innerWidth;
    this._narrow = width > 0 && width < NARROW;
  }

  private _readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      try {
        this._inline = readHelplines(JSON.parse(script.textContent ?? ''), 'inline JSON');
      } catch (e) {
        warn(TAG, `inline JSON could not be read (${(e as Error).message}); it is ignored.`);
      }
    }
    this._poolDirty = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
    clearTimeout(this._chunkTimer);
    this._resize?.disconnect();
  }

  private get _compact(): boolean {
    return this.layout ? this.layout === 'compact' : this._narrow;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('helplines')) this._readInSlices(this.helplines, 'the helplines property', (list) => (this._fromProperty = list));
    if (changed.has('src')) this._load();
    if (changed.has('nation') && !DIRECTORY_NATIONS.includes(this.nation)) {
      warnOnce(TAG, `nation "${this.nation}" is not one of ${DIRECTORY_NATIONS.join(', ')}; using england-wales.`);
    }
    if (changed.has('layout') && this.layout != null && this.layout !== 'list' && this.layout !== 'compact') {
      warnOnce(TAG, `layout "${this.layout}" is not one of list, compact; choosing by width.`);
      this.layout = undefined;
    }
    // The pool is worked out again only when what it is made of changes (not on every slice of a big list's rendering).
    const inputs = ['helplines', 'include', 'exclude', 'nations', 'categories', 'noBundled', 'localFirst', '_fetched'] as Array<keyof SafetyHelplineDirectory>;
    if (this._poolDirty || inputs.some((k) => changed.has(k))) this._makePool(changed);
    if (changed.has('headingLevel') && this.headingLevel != null && clampHeadingLevel(this.headingLevel, 0) !== Number(this.headingLevel)) {
      warn(TAG, `heading-level "${this.headingLevel}" is not 2 to 6; using h${clampHeadingLevel(this.headingLevel)}.`);
    }
    if (this._poolChanged || changed.has('keyServices') || changed.has('nation')) this._key = this._keyLines();
    if (this._poolChanged || changed.has('_query' as keyof SafetyHelplineDirectory) || changed.has('_category' as keyof SafetyHelplineDirectory) || changed.has('strings')) this._filter();
    this._poolChanged = false;
  }

  private _poolDirty = true;
  private _poolChanged = false;

  private _makePool(changed: PropertyValues<this>): void {
    this._poolDirty = false;
    const site: Helpline[] = [];
    const ids = new Set<string>();
    for (const h of [...this._fromProperty, ...this._inline, ...this._fetched]) {
      if (!ids.has(h.id)) site.push(h);
      ids.add(h.id);
    }
    const bundled = this.noBundled ? [] : HELPLINES.filter((h) => !ids.has(h.id));
    const include = words(this.include);
    const exclude = words(this.exclude);
    const nations = words(this.nations) as Nation[];
    const cats = words(this.categories);
    const pool = (this.localFirst ? [...site, ...bundled] : [...bundled, ...site]).filter(
      (h) =>
        (!include.length || include.includes(h.id)) &&
        !exclude.includes(h.id) &&
        (!nations.length || !h.nations || h.nations.some((n) => nations.includes(n))) &&
        (!cats.length || h.categories.some((c) => cats.includes(c))),
    );
    const poolChanged = pool.length !== this._pool.length || pool.some((h, i) => h !== this._pool[i]);
    this._poolChanged = poolChanged;
    if (poolChanged) {
      this._pool = pool;
      // Blocks whose entries did not change keep their identity, so their cards are not rendered again
      // (a big list read in slices only appends).
      const old = this._blocks;
      this._blocks = [];
      for (let i = 0; i < pool.length; i += BLOCK) {
        const b = pool.slice(i, i + BLOCK);
        const prev = old[i / BLOCK];
        this._blocks.push(prev && prev.length === b.length && prev.every((h, j) => h === b[j]) ? prev : b);
      }
      this._blocksShown = Math.min(Math.max(this._blocksShown, 1), this._blocks.length || 1);
    }
    if (changed.has('nations')) for (const n of nations) if (!NATIONS.includes(n)) warnOnce(TAG, `nations: "${n}" is not one of ${NATIONS.join(', ')}.`);
  }

  /** The key lines: the site's `key-services` ids, or the nation's defaults, that are in the list shown. */
  private _keyLines(): Helpline[] {
    const nation = DIRECTORY_NATIONS.includes(this.nation) ? this.nation : 'england-wales';
    const chosen = this.keyServices != null;
    const ids = chosen ? words(this.keyServices) : KEY_SERVICES[nation];
    const out: Helpline[] = [];
    for (const id of ids) {
      const h = this._pool.find((x) => x.id === id);
      if (h) out.push(h);
      else if (chosen) warnOnce(TAG, `key-services: "${id}" is not a service in this directory; it is left out.`);
    }
    return out;
  }

  /** Works out which cards match the search and filter, and which blocks of cards that changes. */
  private _filter(): void {
    const s = this._strings();
    const present = this._present();
    const category = present.includes(this._category as Category) ? this._category : '';
    const inCategory = category ? this._pool.filter((h) => h.categories.includes(category as Category)) : this._pool;
    const found = search(inCategory, this._query, (h) => indexOf(h, s));
    this._shown = new Set(found.matches);
    this._matchedAll = found.all;
    this._searching = found.active;
    this._signatures = this._blocks.map((b) => b.map((h) => (this._shown.has(h) ? 1 : 0)).join(''));
    // Ways to reach the police that the words ask for ("police", "deaf", "text", "101"), shown above the cards.
    this._police = found.active && !category ? search(this._policeWays(), this._query, (w) => w.index).matches.map((w) => w.id) : [];
  }

  private _policeIndex?: PoliceWay[];
  private _policeWays(): PoliceWay[] {
    const s = this._strings();
    const text: Record<PoliceWay['id'], [string, string[]]> = {
      emergency: [`${s.emergencyHeading} ${s.emergency} police emergency danger`, ['#emergency']],
      'silent-solution': [`${s.silentSolution} police silent`, ['#emergency']],
      'relay-uk': [`${s.relayUk} police deaf`, ['#emergency', '#relay', '#text']],
      'emergency-sms': [`${s.emergencySms} police deaf`, ['#emergency', '#text']],
      'non-emergency': [`${s.nonEmergency} police`, ['#emergency']],
    };
    return (this._policeIndex ??= EMERGENCY.map((f) => ({ id: f.id, index: index(text[f.id][0], text[f.id][1], [f.number]) })));
  }

  private _present(): Category[] {
    return CATEGORIES.filter((c) => this._pool.some((h) => h.categories.includes(c)));
  }

  /** Renders again at the next minute of the clock, so "Open now" changes while the page stays open; renders more blocks of a big list. */
  protected override updated(): void {
    clearTimeout(this._timer);
    if (this.isConnected) this._timer = setTimeout(() => this.requestUpdate(), 60_000 - (this.clock().getTime() % 60_000) + 20);
    clearTimeout(this._chunkTimer);
    if (this.isConnected && this._blocksShown < this._blocks.length) {
      // A new task per slice, so input (and a quick exit's keys) is handled between slices.
      this._chunkTimer = setTimeout(() => {
        const n = Math.max(1, Math.floor(SLICE_MS / Math.max(this._msPerBlock, 0.5)));
        this._blocksShown = Math.min(this._blocks.length, this._blocksShown + n);
      });
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    const before = this._blocksShown;
    const rendered = this.hasUpdated ? this._renderedBlocks : 0;
    const t0 = performance.now();
    super.update(changed);
    const added = before - rendered;
    // Learn the cost of a block from slices that rendered several, so the next slice stays within SLICE_MS.
    if (added > 0 && rendered > 0) this._msPerBlock = (performance.now() - t0) / added;
    this._renderedBlocks = before;
  }
  private _renderedBlocks = 0;

  private async _load(): Promise<void> {
    this._abort?.abort();
    this._fetched = [];
    const url = safeUrl(this.src, { source: `${TAG} src`, allow: ['https:', 'http:'] });
    if (!url) return;
    const abort = (this._abort = new AbortController());
    let list: Helpline[] = [];
    let ok = false;
    try {
      const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal: abort.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const data = await res.json();
      if (abort.signal.aborted) return;
      list = await new Promise<Helpline[]>((done) => this._readInSlices(data, `src "${this.src}"`, (l, complete) => complete && done(l), abort.signal));
      ok = true;
    } catch (e) {
      if (abort.signal.aborted) return;
      warn(TAG, `src "${this.src}" could not be loaded (${(e as Error).message}); showing the bundled list.`);
    }
    this._fetched = list;
    emit(this, 'safety-load', { ok, count: list.length });
  }

  private _readGeneration = 0;

  /**
   * Validates site data: the first slice at once, the rest in later tasks, so that thousands of entries
   * never hold the main thread for long. `use` receives the valid entries so far after each slice.
   */
  private _readInSlices(data: unknown, from: string, use: (list: Helpline[], complete: boolean) => void, signal?: AbortSignal): void {
    const all = data && typeof data === 'object' && !Array.isArray(data) ? (data as { helplines?: unknown }).helplines : data;
    if (!Array.isArray(all) || all.length <= READ_SLICE) {
      use(data == null ? [] : readHelplines(data, from), true);
      return;
    }
    const generation = from === 'the helplines property' ? ++this._readGeneration : this._readGeneration;
    const ids = new Set<string>();
    let out: Helpline[] = [];
    const slice = (start: number) => {
      if (signal?.aborted || (from === 'the helplines property' && generation !== this._readGeneration)) return;
      out = [...out, ...readHelplines(all.slice(start, start + READ_SLICE), from, ids, start)];
      const complete = start + READ_SLICE >= all.length;
      use(out, complete);
      this._poolDirty = true;
      if (start) this.requestUpdate();
      if (!complete) setTimeout(() => slice(start + READ_SLICE));
    };
    slice(0);
  }

  private _isBankHoliday = (date: string): boolean => {
    if (this.bankHolidays?.length) return this.bankHolidays.includes(date);
    const year = Number(date.slice(0, 4));
    let list = this._holidayCache.get(year);
    if (!list) this._holidayCache.set(year, (list = englandWalesBankHolidays(year)));
    return list.includes(date);
  };

  private _s?: [string, Strings];

  /** The strings in use; the same object while nothing about them changes (so cards can skip re-rendering). */
  private _strings(): Strings {
    const s = { ...stringsFor(this, { en }), ...this.strings };
    if (this.heading) s.heading = this.heading;
    if (this.searchLabel) s.searchLabel = this.searchLabel;
    if (this.emptyText) s.empty = this.emptyText;
    const key = JSON.stringify(s);
    if (this._s?.[0] !== key) this._s = [key, s];
    return this._s[1];
  }

  private _statusText(st: OpenStatus, s: Strings): string {
    switch (st.kind) {
      case 'always':
        return s.always;
      case 'open':
        return format(s.openUntil, { time: st.until });
      case 'closed':
        return st.at === undefined
          ? s.closed
          : format(s.closedOpens, {
              day: st.inDays === 0 ? s.today : st.inDays === 1 ? s.tomorrow : (s.days.split(',')[st.day ?? 0] ?? ''),
              time: st.at,
            });
      case 'bank-holiday':
        return s.bankHoliday;
      default:
        return s.hoursUnknown;
    }
  }

  private _status(h: Helpline, now: Date, s: Strings): [text: string, open: boolean] {
    const st = openStatus(h.hours, now, this._isBankHoliday);
    return [this._statusText(st, s), st.kind === 'open' || st.kind === 'always'];
  }

  private _hoursList(hours: WeeklyHours, s: Strings): TemplateResult {
    const names = s.days.split(',');
    return html`<dl>
        ${DAYS.map(
          (d, i) =>
            html`<dt>${names[i]}</dt>
              <dd>${hours[d]?.map(([open, close]) => format(s.range, { open, close })).join(', ') || s.dayClosed}</dd>`,
        )}
      </dl>
      ${hours.bankHolidays === 'closed' ? html`<p>${s.bankHolidaysClosed}</p>` : nothing}`;
  }

  /** A call button with its notes on their own line under it. */
  private _call(c: Prepared['calls'][number], s: Strings, status?: [string, boolean]): TemplateResult {
    const notes = [c.label, c.free && s.free, c.hiddenFromBill && s.hiddenFromBill].filter(Boolean) as string[];
    return html`<div class="line">
        ${c.href ? html`<a part="call phone" class="call" href=${c.href}>${format(s.call, { number: c.number })}</a>` : nothing}
        ${status ? html`<span part="status" class="status ${status[1] ? 'open' : ''}">${status[0]}</span>` : nothing}
      </div>
      ${notes.length ? html`<p part="note" class="note">${notes.map((n) => `${n}.`).join(' ')}</p>` : nothing}`;
  }

  /** Every way to make contact other than calling: text, webchat, email, website (named per service). */
  private _contacts(h: Helpline, p: Prepared, s: Strings): TemplateResult | typeof nothing {
    const links = [
      ...p.texts.map((t) =>
        t.href
          ? html`<a href=${t.href}>${t.keyword ? format(s.textKeyword, { keyword: t.keyword, number: t.number }) : format(s.text, { number: t.number })}</a>`
          : nothing,
      ),
      p.webchat ? html`<a class="web" href=${p.webchat} rel=${EXTERNAL}>${format(s.webchat, { name: h.name })}</a>` : nothing,
      p.email ? html`<a class="web" href=${p.email}>${format(s.email, { email: h.email! })}</a>` : nothing,
      p.website ? html`<a class="web" href=${p.website} rel=${EXTERNAL}>${format(s.website, { name: h.name })}</a>` : nothing,
    ].filter((l) => l !== nothing);
    return links.length ? html`<p part="links" class="links">${links}</p>` : nothing;
  }

  private _card(h: Helpline, s: Strings, level: number, now: Date, compact: boolean): TemplateResult {
    const status = this._status(h, now, s);
    // A keystroke in the search box only flips `hidden`: the card's content is re-rendered only when
    // something it shows changes.
    return html`<li part="card" class="card" ?hidden=${!this._shown.has(h)}>
      ${guard([h, s, level, compact, status[0]], () => this._cardBody(h, s, level, status, compact))}
    </li>`;
  }

  private _cardBody(h: Helpline, s: Strings, level: number, status: [string, boolean], compact: boolean): TemplateResult {
    const p = prep(h);
    const contacts = this._contacts(h, p, s);
    return html`
      ${heading(level, 1, h.name, { part: 'name' })}
      ${!compact && h.operator ? html`<p part="operator" class="note">${format(s.runBy, { operator: h.operator })}</p>` : nothing}
      ${compact ? nothing : html`<p part="description" class="description">${h.description}</p>`}
      <p part="status" class="status ${status[1] ? 'open' : ''}">${status[0]}</p>
      ${p.calls.map((c) => this._call(c, s))} ${contacts}
      ${!p.calls.length && contacts === nothing ? html`<p class="note">${s.noPhone}</p>` : nothing}
      ${compact
        ? nothing
        : html`${h.hours && h.hours !== '24/7'
              ? html`<details part="disclosure hours"
                  ><summary part="toggle">${s.hoursHeading}</summary>
                  <div part="panel">${this._hoursList(h.hours, s)}</div></details
                >`
              : nothing}
            ${h.webchat?.hours ? html`<p class="note more">${format(s.chatHours, { hours: this._hoursText(h.webchat.hours, s) })}</p>` : nothing}
            ${h.interpreters ? html`<p class="note more">${s.interpreters}</p>` : nothing}
            ${h.bsl ? html`<p class="note more">${h.bsl}</p>` : nothing}`}
    `;
  }

  private _hoursText(hours: Hours, s: Strings): string {
    if (hours === '24/7') return s.always;
    const names = s.days.split(',');
    return DAYS.flatMap((d, i) => (hours[d] ? [`${names[i]} ${hours[d].map(([open, close]) => format(s.range, { open, close })).join(', ')}`] : [])).join('; ');
  }

  private _date(iso: string, f: Intl.DateTimeFormat): string {
    return f.format(new Date(`${iso}T12:00:00Z`));
  }

  /** The ways to reach the police other than 999, as list items (the disclosure's content, and search matches). */
  private _policeItem(id: PoliceWay['id'], s: Strings): TemplateResult {
    const fact = EMERGENCY.find((f) => f.id === id)!;
    const call = (n: string) => html`<a part="emergency-call phone" class="call" href=${telHref(n)!}>${format(s.call, { number: n })}</a>`;
    switch (id) {
      case 'emergency':
        return html`<li><p>${s.emergencyHeading}</p>${call(fact.number)}</li>`;
      case 'silent-solution':
        return html`<li><p>${s.silentSolution}</p></li>`;
      case 'relay-uk':
        return html`<li><p>${s.relayUk}</p>${call(fact.number)}</li>`;
      case 'emergency-sms':
        return html`<li><p>${s.emergencySms}</p><a part="emergency-call" href=${smsHref(fact.number, 'register')!}>${s.emergencySmsLink}</a></li>`;
      default:
        return html`<li><p>${s.nonEmergency}</p>${call(fact.number)}</li>`;
    }
  }

  private _emergency(s: Strings, level: number): TemplateResult {
    const police = EMERGENCY.find((f) => f.id === 'emergency')!.number;
    return html`<section part="emergency" class="emergency" aria-labelledby="emergency-heading">
      ${heading(level, 1, s.emergencyHeading, { part: 'emergency-heading', id: 'emergency-heading' })}
      <div class="line">
        <a part="emergency-call phone" class="call" href=${telHref(police)!}>${format(s.call, { number: police })}</a>
        <span class="note">${s.emergency}</span>
      </div>
      <details part="disclosure" class="more">
        <summary part="toggle">${s.emergencyMore}</summary>
        <ul part="panel">
          ${(['silent-solution', 'relay-uk', 'emergency-sms', 'non-emergency'] as const).map((id) => this._policeItem(id, s))}
        </ul>
      </details>
    </section>`;
  }

  /** The key national lines: name, call button with its status beside it, notes under it. */
  private _keyList(lines: Helpline[], s: Strings, now: Date): TemplateResult {
    return html`<ul class="key-list">
      ${lines.map((h) => {
        const p = prep(h);
        const status = this._status(h, now, s);
        return html`<li part="key-service" class="key-service">
          <p class="key-name">${h.name}</p>
          ${p.calls.length
            ? p.calls.map((c, i) => this._call(c, s, i === 0 ? status : undefined))
            : html`<p part="status" class="status ${status[1] ? 'open' : ''}">${status[0]}</p>
                ${this._contacts(h, p, s)}`}
        </li>`;
      })}
    </ul>`;
  }

  private _onSearch(e: Event): void {
    this._query = (e.target as HTMLInputElement).value;
  }

  private _onCategory(e: Event): void {
    this._category = (e.target as HTMLInputElement).value;
  }

  private async _clear(): Promise<void> {
    this._query = '';
    this._category = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private _filters(s: Strings, present: Category[], category: string): TemplateResult {
    const label = (c: string) => (c ? s[`category-${c as Category}`] : s.all);
    return html`<details part="disclosure filters" class="filters">
      <summary part="toggle">${format(s.filterToggle, { category: label(category) })}</summary>
      <fieldset part="panel" @change=${this._onCategory}>
        <legend>${s.filterLegend}</legend>
        ${['', ...present].map(
          (c) => html`<label><input type="radio" name="category" value=${c} .checked=${c === category} />${label(c)}</label>`,
        )}
      </fieldset>
    </details>`;
  }

  private _sources(s: Strings, date: Intl.DateTimeFormat): TemplateResult {
    const nationNames = s.nations.split(',');
    return html`<details part="disclosure sources" class="sources" @toggle=${(e: Event) => (this._sourcesOpen = (e.target as HTMLDetailsElement).open)}>
      <summary part="toggle">${s.sourcesHeading}</summary>
      <div part="panel">
        <p class="note">${s.sourcesIntro}</p>
        ${this._sourcesOpen
          ? html`<ul>
              ${this._pool.map((h) => {
                const p = prep(h);
                const covers = h.nations && this._list.format(h.nations.map((n) => nationNames[NATIONS.indexOf(n)] ?? n));
                return html`<li part="checked" class="checked">
                  <strong>${h.name}</strong>${covers ? html`. ${format(s.covers, { nations: covers })}` : nothing}.
                  ${format(s.lastChecked, { date: this._date(h.verifiedOn, date) })}.
                  ${p.source ? html`<a href=${p.source} rel=${EXTERNAL}>${format(s.source, { name: h.name })}</a>` : nothing}
                </li>`;
              })}
            </ul>`
          : nothing}
      </div>
    </details>`;
  }

  override render(): TemplateResult {
    const s = this._strings();
    const level = clampHeadingLevel(this.headingLevel);
    const lang = langOf(this);
    const locale = !lang || lang === 'en' ? 'en-GB' : lang;
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    this._list = new Intl.ListFormat(locale, { type: 'conjunction' });
    const now = this.clock();
    const minute = Math.floor(now.getTime() / 60_000);
    const compact = this._compact;
    const present = this._present();
    const category = present.includes(this._category as Category) ? this._category : '';
    const shown = this._shown.size;
    const national = this._key.length ? this._key : this._keyLinesFallback();
    return html`<section part="base" class=${compact ? 'compact' : 'list'} aria-labelledby="heading">
      ${heading(level, 0, s.heading, { id: 'heading' })}
      ${this.noEmergency ? nothing : this._emergency(s, level)}
      ${this._key.length
        ? html`<section part="key" class="key" aria-labelledby="key-heading">
            ${heading(level, 1, s.keyHeading, { part: 'key-heading', id: 'key-heading' })} ${this._keyList(this._key, s, now)}
          </section>`
        : nothing}
      <p part="call-log" class="note">${s.callLog}</p>
      ${this.noFilters
        ? nothing
        : html`<div part="tools" class="tools">
            <div class="search">
              <label for="search">${s.searchLabel}</label>
              <input id="search" part="search" type="search" autocomplete="off" spellcheck="false" .value=${this._query} @input=${this._onSearch} />
            </div>
            ${present.length > 1 ? this._filters(s, present, category) : nothing}
          </div>`}
      <p part="count" class="count" role="status">${format(s.count, { shown, total: this._pool.length })}</p>
      ${this._searching && !this._matchedAll && shown ? html`<p class="note">${s.partial}</p>` : nothing}
      ${this._police.length && !this.noEmergency
        ? html`<section class="police" aria-labelledby="police-heading">
            ${heading(level, 1, s.policeMatches, { id: 'police-heading' })}
            <ul part="police-matches">${this._police.map((id) => this._policeItem(id, s))}</ul>
          </section>`
        : nothing}
      <ul part="list" class="list" role="list" ?hidden=${!shown}>
        ${this._blocks
          .slice(0, this._blocksShown)
          .map((b, i) => guard([b, s, level, compact, minute, this._signatures[i]], () => b.map((h) => this._card(h, s, level, now, compact))))}
      </ul>
      ${shown
        ? nothing
        : html`<div part="empty" class="empty">
            <p class="empty-message">${this._searching ? format(s.empty, { query: this._query.trim() }) : s.emptyFilter}</p>
            <button part="clear" class="clear" type="button" @click=${this._clear}>${s.clear}</button>
            ${national.length ? html`<p>${s.emptyNational}</p>${this._keyList(national, s, now)}` : nothing}
          </div>`}
      ${this._pool.length ? this._sources(s, date) : nothing}
    </section>`;
  }

  /** National lines for the empty state when the site shows no key lines: the nation's defaults, from the bundled list. */
  private _keyLinesFallback(): Helpline[] {
    const nation = DIRECTORY_NATIONS.includes(this.nation) ? this.nation : 'england-wales';
    return KEY_SERVICES[nation].flatMap((id) => HELPLINES.find((h) => h.id === id) ?? []);
  }
}
