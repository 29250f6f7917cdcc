import { jsonScriptChild, textRecordAttribute } from '../../internal/json-attribute.js';
import { knownWords, oneOf, words } from '../../internal/enum-attribute.js';
import { dayNames, formatDate, formatList } from '../../internal/intl.js';
import { LitElement, html, isServer, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  CATEGORIES,
  DAYS,
  EMERGENCY,
  HELPLINES,
  helplineById,
  holidayNation,
  listedForNation,
  orderForNation,
  type Category,
  type EmergencyFact,
  type Helpline,
  type Hours,
  type WeeklyHours,
} from '../../data/helplines.js';
import { isBankHoliday } from '../../internal/bank-holidays.js';
import { nameLabel } from '../../internal/helpline-label.js';
import {
  NATION_VALUES,
  SERVICE_NATION_VALUES,
  normaliseNation,
  servesNation,
  type Nation,
} from '../../internal/nation.js';
import { emit, forgetOnPageLeave } from '../../internal/events.js';
import { heading, headingLevelOf, headingLevelConverter, type HeadingLevel } from '../../internal/heading.js';
import { smsHref } from '../../internal/phone.js';
import { phoneLink } from '../../internal/phone-link.js';
import { LangController, format, formatParts, has, warnUnknownKeys, type Translation } from '../../internal/strings.js';
import { baseStyles } from '../../internal/tokens.js';
import { safeUrl } from '../../internal/url.js';
import { EXTERNAL_REL, siteName, webLink } from '../../internal/web-link.js';
import { VERSION } from '../../internal/version.js';
import { warn, warnOnce } from '../../internal/warn.js';
import { isIsoDate } from '../../internal/iso-date.js';
import { openStatus, type OpenStatus } from './hours.js';
import { en, translations, type Strings } from './helpline-directory.strings.js';
import { styles } from './helpline-directory.styles.js';
import { index, search, type Indexed } from './search.js';
import { takeOverDeclarativeRoot } from '../../internal/declarative.js';

// Site-data validation is needed only when a site gives data: it loads then (a dynamic import, its own
// chunk in the CDN build, inlined in the classic file), so a page with the bundled list never fetches it.
type Validator = typeof import('./validate.js');
let validator: Validator | undefined;
let validatorLoading: Promise<Validator> | undefined;
const loadValidator = (): Promise<Validator> =>
  (validatorLoading ??= import('./validate.js').then((m) => (validator = m)));

const TAG = '<safety-helpline-directory>';
const LAYOUTS = ['list', 'compact'] as const;
export type DirectoryLayout = (typeof LAYOUTS)[number];
const PROPERTY = 'the helplines property';

/**
 * The national lines shown first, as call buttons under 999, for each reader's nation (ids of bundled
 * entries). An id that is not in the list the element shows, or a service that says it covers only other
 * nations, is skipped. A site chooses its own with `key-services`.
 */
export const KEY_SERVICES: Readonly<Record<Nation, readonly string[]>> = {
  // The National Domestic Abuse Helpline is for women and covers England, so the Men's Advice Line is beside it
  // and both are labelled (nameLabel; reference section 7), as in Clare's Law's list.
  'england-wales': [
    'national-stalking-helpline',
    'national-domestic-abuse-helpline',
    'mens-advice-line',
    'live-fear-free',
  ],
  england: ['national-stalking-helpline', 'national-domestic-abuse-helpline', 'mens-advice-line', 'victim-support'],
  wales: ['national-stalking-helpline', 'live-fear-free', 'victim-support'],
  // Scotland's own services before the National Stalking Helpline, whose coverage is not confirmed (reference section 1).
  scotland: ['scotland-domestic-abuse-helpline', 'victim-support-scotland', 'national-stalking-helpline'],
  'northern-ireland': ['ni-domestic-sexual-abuse-helpline', 'national-stalking-helpline'],
};

/**
 * Cards listed at first, and added by each "Show more services": a reader on a phone reads a few cards, and
 * searches or filters rather than scrolls. A page of cards keeps every render (a keystroke, a site's list of
 * thousands) to a few dozen cards, whatever the list's length. Static HTML lists every card.
 */
const PAGE = 25;
/**
 * A first render lists up to this many cards at once. A longer list's cards follow in the next task, with a
 * screen's height kept for them meanwhile: more cards than this are taller than a screen, so what follows
 * the directory only moves further down, out of sight.
 */
const FIRST_RENDER_CARDS = 4;
/** How long the list must stay as it is before a screen reader is told its count (as GOV.UK's autocomplete waits). */
const ANNOUNCE_MS = 1000;
/** Time one task may spend validating site data or building the search index (ms): a big list is read in slices, like it is rendered. */
const READ_MS = 8;
/** Entries validated (or indexed) between two looks at the clock. */
const READ_STEP = 16;
/** Yields the main thread: the rest runs in a new task, after input and other timers (a quick exit's keys). */
const nextTask = (fn: () => void) => setTimeout(fn);
/**
 * A count as a reader reads it: "10,000", not "10000" (Welsh groups digits the same way as English). Not
 * `toLocaleString`: its first call loads the engine's number data, about 60 ms of the first render at 4x CPU.
 */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Links of an entry, worked out once. */
interface Prepared {
  calls: ReadonlyArray<{ number: string; label?: string; free?: boolean; hiddenFromBill?: boolean }>;
  texts: Array<{ href?: string; number: string; keyword?: string }>;
  email?: string;
  website?: string;
  webchat?: string;
  source?: string;
  /** The source's site name, shown to readers ("refuge.org.uk"). */
  sourceSite?: string;
}
const prepared = new WeakMap<Helpline, Prepared>();

const indexed = new WeakMap<Helpline, Indexed>();

/**
 * Bundled entries in another language, made once per entry and translation (so `prep` and `guard` keep
 * working). Keyed by the translation itself, not the language: an entry made while the Welsh table was still
 * loading would otherwise have stayed English for good (the directory showed "Live Fear Free", not "Byw Heb
 * Ofn", on every Welsh page).
 */
const localized = new WeakMap<Translation, WeakMap<Helpline, Helpline>>();
/** A translated entry's English original: its English name still finds it in the search box. */
const english = new WeakMap<Helpline, Helpline>();
function localize(h: Helpline, c: LangController<Strings>): Helpline {
  const table = c.table;
  if (!table) return h;
  let byEntry = localized.get(table);
  if (!byEntry) localized.set(table, (byEntry = new WeakMap()));
  let out = byEntry.get(h);
  if (!out) {
    const k = `helpline.${h.id}.`;
    out = {
      ...h,
      name: c.content(`${k}name`, h.name),
      description: c.content(`${k}description`, h.description),
      ...(h.operator ? { operator: c.content(`${k}operator`, h.operator) } : {}),
      ...(h.bsl ? { bsl: c.content(`${k}bsl`, h.bsl) } : {}),
      ...(h.phones
        ? {
            phones: h.phones.map((ph, n) =>
              ph.label ? { ...ph, label: c.content(`${k}phone.${n}.label`, ph.label) } : ph,
            ),
          }
        : {}),
    };
    byEntry.set(h, out);
    english.set(out, h);
  }
  return out;
}

function prep(h: Helpline): Prepared {
  let p = prepared.get(h);
  if (!p) {
    const link = (url: string | undefined, what: string) =>
      safeUrl(url, { source: `${TAG} entry "${h.id}" ${what}`, allow: ['https:', 'http:'] });
    const source = link(h.source, 'source');
    p = {
      calls: h.phones ?? [],
      texts: (h.texts ?? []).map((t) => ({ ...t, href: smsHref(t.number, t.keyword) })),
      email: h.email && safeUrl(`mailto:${h.email}`, { source: `${TAG} entry "${h.id}" email`, allow: ['mailto:'] }),
      website: link(h.website, 'website'),
      webchat: link(h.webchat?.url, 'webchat'),
      source,
      sourceSite: source && siteName(source),
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
    const text = [
      h.name,
      english.get(h)?.name,
      h.operator,
      h.description,
      h.bsl,
      ...labels,
      ...h.categories,
      ...(h.phones ?? []).map((p) => p.label),
    ].join(' ');
    indexed.set(
      h,
      (i = index(
        text,
        tokens,
        [...(h.phones ?? []), ...(h.texts ?? [])].map((p) => p.number),
      )),
    );
  }
  return i;
}

/** The ways to reach the police, from the emergency panel, as search can find them. */
type PoliceWay = { id: EmergencyFact['id']; index: Indexed };

/** An emergency fact by id (never by its position in the data). */
const emergencyFact = (id: EmergencyFact['id']) => EMERGENCY.find((f) => f.id === id);

/**
 * National and local UK helplines, laid out for a frightened reader on a phone: "In danger now: call 999"
 * first (other ways to reach the police behind one disclosure), then the key national lines for the
 * reader's nation as call buttons with "Open now" beside each, then one search box and one filter, and
 * every service as a card with its number, its other ways to make contact, and its hours in UK time
 * ("Open now" worked out for each service's own bank holidays). Where the facts come from is in one
 * disclosure at the end.
 *
 * Search finds word stems ("stalker" finds stalking services), categories and a small synonym table
 * ("ex" and "partner" find domestic abuse services, "deaf" and "text" find text and BSL services); when
 * nothing matches it says so, shows the national lines anyway, and offers "Clear search".
 *
 * Sites add local services as JSON (validated against `helplines.schema.json`): from `src`, from an
 * inline `<script type="application/json">` child, or through the `helplines` property. A bad entry is
 * left out with one console warning naming it; the rest still shows. No request is made unless `src`
 * is set, and nothing is ever stored; the reader's search and filter are forgotten as the page is left
 * (`pagehide`, or a quick exit), so Back does not show them. Big lists are validated in slices, a task at
 * a time, and list 25 cards at a time ("Show more services"; search and filter cover the whole list), so
 * the page (and a quick exit on it) stays responsive.
 *
 * Global `--safety-*` tokens (colours, font, radius, spacing, focus ring) are listed in the README's Theming section.
 *
 * @summary Verified UK helplines: 999 and the key numbers first, click to call, open now, search that finds.
 * @customElement safety-helpline-directory
 *
 * @attr {string} lang - Language of the element or its nearest ancestor with a lang attribute: English, or Welsh (cy, any region); a malformed tag uses English with one warning.
 * @attr {boolean} debug - For editors while setting up: shows this element's configuration warnings (the console's) in a box at its top, or that there are none. Remove before publishing.
 * @csspart debug - The editor's warning box (only with `debug`).
 * @fires {CustomEvent<{ ok: boolean; count: number }>} safety-load - After data from `src` is read, or fails to load or is refused (`ok: false`, `count: 0`). Not fired for inline or property data.
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
 * @csspart list-heading - "All services": the heading over the search, the filter and the services, one level below the directory's.
 * @csspart police-heading - "Ways to contact the police", over the police ways a search finds.
 * @csspart key-service - One key line: its name, call button, status and notes.
 * @csspart call-log - The note that calls appear in the phone's call history.
 * @csspart tools - The search box and the filter.
 * @csspart search - The search box.
 * @csspart filters - The category filter (a disclosure of radio buttons).
 * @csspart count - The visible "showing N of M" count (a separate, visually hidden status announces it once typing or choosing pauses).
 * @csspart police-matches - Ways to contact the police that match a search.
 * @csspart list - The list of services.
 * @csspart card - One service.
 * @csspart name - A service's name (a heading, two levels below the directory's).
 * @csspart operator - Who runs a service.
 * @csspart description - A service's one-sentence description.
 * @csspart status - "Open now", "Closed now, opens…" or "Check opening hours…".
 * @csspart call - A service's click-to-call number.
 * @csspart note - Notes under a number: its label, free to call, not on phone bills.
 * @csspart links - Text, email, website and webchat links.
 * @csspart hours - The weekly opening hours (a disclosure).
 * @csspart covers - The nations a service covers: on a card when it does not cover the reader's nation; for each service listed (where stated) in the sources disclosure.
 * @csspart childline - The Childline number beside a service for older readers only.
 * @csspart sources - The "Where this information comes from" disclosure, for the services listed above it.
 * @csspart checked - One service's source link with its own date, or "Checked on" once a person has checked the live page (in the sources disclosure).
 * @csspart more - The "Show more services" button after the cards listed so far (a page of 25 at a time).
 * @csspart empty - The message shown when nothing matches, with "Clear search" and the national lines.
 * @csspart clear - The "Clear search" button.
 * @cssprop [--safety-helpline-directory-card-background=var(--safety-color-surface, #ffffff)] - Card background.
 * @cssprop [--safety-helpline-directory-card-border=#b1b4b6] - Card border colour.
 * @cssprop [--safety-helpline-directory-emergency-background=color-mix(in srgb, var(--safety-color-danger, #b10e1e) 5%, var(--safety-color-surface, #ffffff))] - Emergency panel background (a tint of the danger colour on the surface colour).
 * @cssprop [--safety-helpline-directory-emergency-border=var(--safety-color-danger, #b10e1e)] - Emergency panel edge colour.
 * @cssprop [--safety-helpline-directory-gap=var(--safety-space-3, 1rem)] - Space between cards.
 * @cssprop [--safety-helpline-directory-call-font-size=max(1.25rem, 20px)] - Size of the call numbers (the cards of the compact layout use 0.9 of it).
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
   * (case-insensitive). It chooses the key lines shown first; its own 24/7 lines come first in the list (in
   * Scotland and Northern Ireland, all its own services come before those whose coverage is not known),
   * services that cover only other nations come last with their coverage shown, and bank holidays follow
   * each service's nation. A bundled service whose coverage is only inferred (NCDV: England and Wales) is left
   * out for a reader outside it, unless `include` names it. Replaces the old `nations` filter attribute.
   */
  @property({ reflect: true }) nation: Nation | string = 'england-wales';

  /**
   * The old `nations` filter: read, with one warning, as `nation` while `nation` is left at `england-wales`; it no longer filters.
   * @deprecated Renamed `nation` (one value, the reader's nation).
   */
  @property() nations?: string;

  /** The national lines shown first as call buttons, by id (space- or comma-separated, case-insensitive), in this order; empty shows none. Default: the key lines for `nation`. An id that is not in the directory warns once and is left out. */
  @property({ attribute: 'key-services' }) keyServices?: string;

  /** Only services in these categories (space- or comma-separated, case-insensitive), e.g. `stalking domestic-abuse`. An unknown category warns once, naming the valid ones, and is ignored. */
  @property() categories?: string;

  /** Put the site's own entries before the bundled ones. */
  @property({ type: Boolean, attribute: 'local-first' }) localFirst = false;

  /** Leave out the bundled UK services (show only the site's own). */
  @property({ type: Boolean, attribute: 'no-bundled' }) noBundled = false;

  /** Hide the emergency panel (999, and the other ways to contact the police). */
  @property({ type: Boolean, attribute: 'no-emergency' }) noEmergency = false;

  /** Hide the search box and category filter. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  /**
   * `list`: full cards; `compact`: name, status, numbers and contact links only. Unset: `compact` when the
   * element is under 600 px wide, else `list` (a container query, so static HTML does the same). Any other
   * value warns and uses `list`.
   */
  @property({ reflect: true }) layout?: 'list' | 'compact';

  /** Level of the directory's heading (1 to 6, default 2); the emergency panel, the key lines and "All services" use the next level, and the cards (and "Ways to contact the police") the level after. Any other value warns and uses 2. */
  @property({ attribute: 'heading-level', type: Number, converter: headingLevelConverter(TAG) }) headingLevel:
    1 | 2 | 3 | 4 | 5 | 6 = 2;

  /** The directory's main heading (default "Helplines"); wins over the `heading` key of `strings`. */
  @property() heading?: string;

  /** Overrides any text by key, as an object or a JSON attribute. Every key and its English text are listed in docs/api.md ("Strings"); a key the element does not have warns once and is ignored. */
  @property({ type: Object, converter: textRecordAttribute<Strings>(TAG, 'strings') }) strings?: Partial<Strings>;

  /** Bank holidays as ISO dates (attribute: space-separated), for every service; by default each service keeps its own nation's (the generated table, then the standing rules). A value that is not a YYYY-MM-DD date warns once and is ignored. */
  @property({ attribute: 'bank-holidays', type: Array, converter: (v) => words(v ?? undefined) })
  bankHolidays?: string[];

  /** The clock "Open now" reads; replace it to test or preview another time. */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private _query = '';
  @state() private _category = '';
  @state() private _fetched: Helpline[] = [];
  /** How many matching cards are listed at most (a page more with each "Show more services"). */
  @state() private _limit = PAGE;
  /** Whether the reader has opened the sources: until then their list is not rendered. */
  @state() private _sourcesOpened = false;
  private _inline: Helpline[] = [];
  /** Site data waiting for the validator's module: `updateComplete` waits for it. */
  private _pending?: Promise<void>;
  private _fromProperty: Helpline[] = [];
  private _pool: Helpline[] = [];
  private _shown = new Set<Helpline>();
  /** The matching cards listed: the first `_limit` of `_shown`, in the list's order. */
  private _listed: Helpline[] = [];
  private _matchedAll = true;
  private _searching = false;
  private _police: PoliceWay['id'][] = [];
  private _key: Helpline[] = [];
  private _timer?: ReturnType<typeof setTimeout>;
  /**
   * The count as a screen reader hears it, with the empty state's message: it follows the list once typing or
   * choosing has paused, so that a search is not read out at every key (with a moment of "0 of 18" between
   * letters). `_heard` is what the list says now.
   */
  private _announced?: string;
  private _heard = '';
  private _announceTimer?: ReturnType<typeof setTimeout>;
  private _abort?: AbortController;
  private _reload = false;
  private _layout?: DirectoryLayout;
  private _level: HeadingLevel = 2;
  private _holidays?: string[];
  /** Strings in the element's language, loaded when first needed (English is built in). */
  private readonly _lang = new LangController<Strings>(this, en, translations);
  private _nation: Nation = 'england-wales';
  private _poolDirty = true;
  /** The translation the pool's bundled entries were made in (undefined: English). */
  private _poolTable?: Translation;
  private _poolChanged = false;
  /** The search index is ready: the search runs again. */
  private _filterDirty = false;
  /** The pool whose every entry has its search index, and the pool being indexed. */
  private _indexed?: Helpline[];
  private _indexing?: Helpline[];
  private _readGeneration = 0;
  /** Site data waiting for the validator's module. */
  private _waiting = 0;

  constructor() {
    super();
    // The reader's search and filter go with the page: Back on a shared device shows neither, nor the status
    // line that repeats a search that found nothing (it would otherwise catch up only a second after Back).
    forgetOnPageLeave(this, () => {
      this._query = '';
      this._category = '';
      this._announced = undefined;
    });
  }

  /**
   * `nation`, or (with a warning) the old `nations` attribute while `nation` is left at its default. Not
   * `hasAttribute('nation')`: the reflected default sets that attribute after the first render.
   */
  private _readNation(): Nation {
    if (this.nations != null) {
      warnOnce(
        TAG,
        `the "nations" attribute was renamed "nation" (one value, the reader's nation: ${NATION_VALUES.join(', ')}); it no longer filters the list.`,
      );
      if (this.nation === 'england-wales') {
        const old = words(this.nations.toLowerCase());
        const one =
          old.length === 2 && old.includes('england') && old.includes('wales')
            ? 'england-wales'
            : old.length === 1
              ? old[0]
              : undefined;
        if (one && (NATION_VALUES as readonly string[]).includes(one)) return one as Nation;
      }
    }
    return normaliseNation(this.nation, `${TAG} nation`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A classic script in <head> upgrades the element before its children are parsed: read them once the document has been.
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', this._readInline, { once: true });
    else this._readInline();
    // Reconnected after a disconnect aborted a load: load again.
    if (this._reload) void this._load();
    this._reload = false;
  }

  private _readInline = (): void => {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const data = script ? jsonScriptChild(script, TAG) : undefined;
    if (data !== undefined) this._readInSlices(data, 'inline JSON', (list) => (this._inline = list));
    this._poolDirty = true;
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
    clearTimeout(this._announceTimer);
    document.removeEventListener('DOMContentLoaded', this._readInline);
    // A load still under way is abandoned: nothing is read or announced for a directory that has gone.
    this._reload = !!this._abort;
    this._abort?.abort();
    this._abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) warnUnknownKeys(TAG, this.strings, (key) => has(en, key));
    if (changed.has('helplines')) this._readInSlices(this.helplines, PROPERTY, (list) => (this._fromProperty = list));
    if (changed.has('src')) void this._load();
    if (!this.hasUpdated || changed.has('nation') || changed.has('nations')) {
      const nation = this._readNation();
      if (nation !== this._nation) this._poolDirty = true;
      this._nation = nation;
    }
    if (this._lang.table !== this._poolTable) this._poolDirty = true;
    // The pool is worked out again only when what it is made of changes (not on every slice of a big list's rendering).
    const inputs = [
      'helplines',
      'include',
      'exclude',
      'categories',
      'noBundled',
      'localFirst',
      'src',
      '_fetched',
    ] as Array<keyof SafetyHelplineDirectory>;
    if (this._poolDirty || inputs.some((k) => changed.has(k))) this._makePool();
    if (changed.has('headingLevel')) this._level = headingLevelOf(TAG, this.headingLevel);
    if (changed.has('layout'))
      this._layout = !this.layout ? undefined : oneOf(TAG, 'layout', this.layout, LAYOUTS, 'list');
    if (changed.has('bankHolidays')) {
      const given = this.bankHolidays ?? [];
      for (const d of given)
        if (!isIsoDate(d)) warnOnce(TAG, `bank-holidays: "${d}" is not a YYYY-MM-DD date; it is ignored.`);
      const valid = given.filter((d) => isIsoDate(d));
      this._holidays = valid.length ? valid : undefined;
    }
    if (this._poolChanged || changed.has('keyServices') || changed.has('nation') || changed.has('nations'))
      this._key = this._keyLines();
    // A new search or filter starts again from its first page of cards.
    if (
      changed.has('_query' as keyof SafetyHelplineDirectory) ||
      changed.has('_category' as keyof SafetyHelplineDirectory)
    )
      this._limit = PAGE;
    const searchInputs = ['_query', '_category', 'strings'] as Array<keyof SafetyHelplineDirectory>;
    if (this._poolChanged || this._filterDirty || searchInputs.some((k) => changed.has(k))) this._filter();
    else if (changed.has('_limit' as keyof SafetyHelplineDirectory)) this._list();
    this._poolChanged = false;
  }

  /**
   * Whether the first render leaves a long list's cards for the next task. The top of the directory (999,
   * the key lines, search: a phone's first screen) is drawn sooner, and a quick exit's keys are heard
   * between the two tasks rather than after one long one (issue 18: at 4x CPU the whole render took 80–100 ms,
   * in one task). Not when taking over static HTML, which already shows every card.
   */
  private _holdCards = !isServer;

  /** Waits for `p` too before `updateComplete` resolves (site data still being read, the search index being built). */
  private _waitFor(p: Promise<unknown>): void {
    const before = this._pending;
    this._pending = before ? Promise.all([before, p]).then(() => {}) : p.then(() => {});
  }

  private _makePool(): void {
    this._poolDirty = false;
    this._poolTable = this._lang.table;
    // One pass over each list, with sets: a big list is worked out again in a few milliseconds.
    const site: Helpline[] = [];
    const ids = new Set<string>();
    for (const list of [this._fromProperty, this._inline, this._fetched]) {
      for (const h of list) {
        if (!ids.has(h.id)) site.push(h);
        ids.add(h.id);
      }
    }
    const bundled = this.noBundled ? [] : HELPLINES.filter((h) => !ids.has(h.id)).map((h) => localize(h, this._lang));
    let known: string[] | undefined;
    const settled = this._settled();
    const chosen = (attribute: string, value: string | undefined) =>
      new Set(
        settled && value
          ? knownWords(TAG, attribute, value, (known ??= [...ids, ...bundled.map((h) => h.id)]))
          : words(value),
      );
    const include = chosen('include', this.include);
    const exclude = chosen('exclude', this.exclude);
    const cats = knownWords(TAG, 'categories', this.categories, CATEGORIES);
    // A bundled entry whose coverage is only inferred is left out outside it, unless the site names it.
    const ordered = orderForNation(
      bundled.filter((h) => include.has(h.id) || listedForNation(h, this._nation)),
      this._nation,
    );
    const pool: Helpline[] = [];
    for (const list of this.localFirst ? [site, ordered] : [ordered, site]) {
      for (const h of list) {
        if (
          (!include.size || include.has(h.id)) &&
          !exclude.has(h.id) &&
          (!cats.length || h.categories.some((c) => cats.includes(c)))
        )
          pool.push(h);
      }
    }
    const poolChanged = pool.length !== this._pool.length || pool.some((h, i) => h !== this._pool[i]);
    this._poolChanged = poolChanged;
    if (poolChanged) {
      this._pool = pool;
    }
  }

  /** Whether site data has had its chance to arrive (unknown ids are reported only then). */
  private _settled(): boolean {
    return (!this.src || this._abort === undefined) && !this._waiting;
  }

  /** The key lines: the site's `key-services` ids, or the nation's defaults, that are in the list shown. */
  private _keyLines(): Helpline[] {
    const chosen = this.keyServices != null;
    const ids = chosen ? words(this.keyServices) : KEY_SERVICES[this._nation];
    const out: Helpline[] = [];
    // One pass over the pool for every id (the first entry with each id, case-insensitively).
    const wanted = new Map(ids.map((id) => [id.toLowerCase(), undefined as Helpline | undefined]));
    let left = wanted.size;
    for (let i = 0; left && i < this._pool.length; i++) {
      const x = this._pool[i]!;
      const id = x.id.toLowerCase();
      if (wanted.has(id) && !wanted.get(id)) {
        wanted.set(id, x);
        left--;
      }
    }
    for (const id of ids) {
      const h = wanted.get(id.toLowerCase());
      if (h && (chosen || servesNation(h, this._nation) !== false)) out.push(h);
      else if (chosen && !h && this._settled())
        warnOnce(TAG, `key-services: "${id}" is not a service in this directory; it is left out.`);
    }
    return out;
  }

  /**
   * Works out which cards match the search and filter, and which of them are listed. A search
   * needs the index of every entry: it is built the first time, in slices for a big list (the cards
   * shown stay as they were until it is ready; `updateComplete` waits for it).
   */
  private _filter(): void {
    this._filterDirty = false;
    const s = this._strings();
    const present = this._present();
    const category = present.includes(this._category as Category) ? this._category : '';
    if (this._query.trim() && !this._indexReady(s)) return;
    const inCategory = category ? this._pool.filter((h) => h.categories.includes(category as Category)) : this._pool;
    const found = search(inCategory, this._query, (h) => indexOf(h, s));
    this._shown = new Set(found.matches);
    this._matchedAll = found.all;
    this._searching = found.active;
    this._list();
    // Ways to reach the police that the words ask for ("police", "deaf", "text", "101"), shown above the cards.
    this._police =
      found.active && !category ? search(this._policeWays(), this._query, (w) => w.index).matches.map((w) => w.id) : [];
  }

  /**
   * The first `_limit` matching cards, in the list's order. A short tail is listed rather than left behind
   * the button (a site's few services after the bundled list stay in view). Static HTML lists every card.
   */
  private _list(): void {
    const limit = isServer || this._shown.size <= this._limit + PAGE / 2 ? Infinity : this._limit;
    const listed: Helpline[] = [];
    for (let i = 0; i < this._pool.length && listed.length < limit; i++)
      if (this._shown.has(this._pool[i]!)) listed.push(this._pool[i]!);
    this._listed = listed;
  }

  /** "Show more services": a page more, and the focus on the first card added (the reader goes on reading there). */
  private async _more(): Promise<void> {
    const from = this._listed.length;
    this._limit = from + PAGE;
    await this.updateComplete;
    const card = this.renderRoot.querySelectorAll<HTMLElement>('[part="card"]')[from];
    if (!card) return;
    card.tabIndex = -1;
    card.addEventListener('blur', () => card.removeAttribute('tabindex'), { once: true });
    card.focus();
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
    return (this._policeIndex ??= EMERGENCY.map((f) => ({
      id: f.id,
      index: index(text[f.id][0], text[f.id][1], f.prefix ? [f.number, f.prefix] : [f.number]),
    })));
  }

  /** Whether every entry of the pool has its search index; if not, builds it (the first slice now, the rest in later tasks). */
  private _indexReady(s: Strings): boolean {
    const pool = this._pool;
    if (this._indexed === pool) return true;
    if (this._indexing === pool) return false;
    this._indexing = pool;
    let at = 0;
    let done = () => {};
    const step = (): boolean => {
      // The pool changed meanwhile: the next search starts on the new one.
      if (this._pool !== pool) return false;
      const t0 = performance.now();
      do for (const end = Math.min(pool.length, at + READ_STEP); at < end; at++) indexOf(pool[at]!, s);
      while (at < pool.length && performance.now() - t0 < READ_MS);
      if (at < pool.length) return false;
      this._indexed = pool;
      return true;
    };
    if (step()) {
      this._indexing = undefined;
      return true;
    }
    const later = () => {
      if (!step() && this._pool === pool) return void nextTask(later);
      if (this._indexing === pool) this._indexing = undefined;
      this._filterDirty = true;
      this.requestUpdate();
      done();
    };
    this._waitFor(new Promise<void>((d) => (done = d)));
    nextTask(later);
    return false;
  }

  private _presentOf?: { pool: Helpline[]; value: Category[] };
  /** The categories of the entries in the list (worked out once per list). */
  private _present(): Category[] {
    if (this._presentOf?.pool === this._pool) return this._presentOf.value;
    const seen = new Set<Category>();
    for (let i = 0; i < this._pool.length && seen.size < CATEGORIES.length; i++)
      for (const c of this._pool[i]!.categories) seen.add(c);
    const value = CATEGORIES.filter((c) => seen.has(c));
    this._presentOf = { pool: this._pool, value };
    return value;
  }

  /** Renders again at the next minute of the clock, so "Open now" changes while the page stays open. */
  protected override updated(): void {
    clearTimeout(this._timer);
    if (this.isConnected)
      this._timer = setTimeout(() => this.requestUpdate(), 60_000 - (this.clock().getTime() % 60_000) + 20);
    clearTimeout(this._announceTimer);
    if (this._heard !== this._announced)
      this._announceTimer = setTimeout(() => {
        this._announced = this._heard;
        this.requestUpdate();
      }, ANNOUNCE_MS);
  }

  private async _load(): Promise<void> {
    this._abort?.abort();
    this._abort = undefined;
    this._fetched = [];
    const url = safeUrl(this.src, { source: `${TAG} src`, allow: ['https:', 'http:'] });
    // A refused src is a failed load too: a site waiting for the event (to hide its own "loading") gets it.
    if (!url) {
      if (this.src) emit(this, 'safety-load', { ok: false, count: 0 });
      return;
    }
    const abort = (this._abort = new AbortController());
    let list: Helpline[] = [];
    let ok = false;
    try {
      const res = await fetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: abort.signal,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const [data] = await Promise.all([res.json(), loadValidator()]);
      if (abort.signal.aborted) return;
      list = await new Promise<Helpline[]>((done) =>
        this._readInSlices(data, `src "${this.src}"`, (l, complete) => complete && done(l), abort.signal),
      );
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

  /**
   * Validates site data: the first slice at once (once the validator's module is loaded), the rest in
   * later tasks, so that thousands of entries never hold the main thread for long. `use` receives the
   * valid entries so far after each slice; bad entries are reported once the whole list is read.
   */
  private _readInSlices(
    data: unknown,
    from: string,
    use: (list: Helpline[], complete: boolean) => void,
    signal?: AbortSignal,
  ): void {
    const generation = from === PROPERTY ? ++this._readGeneration : this._readGeneration;
    const stale = () => signal?.aborted || (from === PROPERTY && generation !== this._readGeneration);
    if (data == null) return use([], true);
    const run = (v: Validator) => {
      const all = v.helplineList(data, from);
      if (!all) return use([], true);
      let done = () => {};
      const finished = v.readInSlices(
        all,
        from,
        READ_MS,
        READ_STEP,
        stale,
        (list, complete) => {
          use(list, complete);
          this._poolDirty = true;
          this.requestUpdate();
        },
        () => {
          done();
        },
      );
      // `updateComplete` waits until the whole list is read.
      if (!finished) this._waitFor(new Promise<void>((d) => (done = d)));
    };
    if (validator) run(validator);
    else {
      this._waiting++;
      this._waitFor(
        loadValidator().then((v) => {
          this._waiting--;
          if (!stale()) run(v);
          else {
            this._poolDirty = true;
            this.requestUpdate();
          }
        }),
      );
    }
  }

  /** Bank holidays a service keeps: the site's own list, else the service's nation's (`holidayNation`). */
  private _holidaysOf(h: Helpline): (date: string) => boolean {
    const own = this._holidays;
    if (own) return (date) => own.includes(date);
    const nation = holidayNation(h);
    return (date) => isBankHoliday(nation, date);
  }

  private _s?: [inputs: unknown[], value: Strings];

  /** The strings in use; the same object while the language, `strings` and `heading` stay (so cards can skip re-rendering). */
  private _strings(): Strings {
    const inputs = [this._lang.table, this.strings, this.heading];
    if (!this._s?.[0].every((x, i) => x === inputs[i]))
      this._s = [inputs, this._lang.merged(this.strings, { heading: this.heading })];
    return this._s[1];
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

  private _statusCache = new Map<Helpline, [string, string]>();
  private _statusFor?: { minute: number; s: Strings; holidays?: string[] };

  /** `_status`, worked out once per entry and minute (and strings and bank holidays): a card rendered again, or a keystroke, does not work it out again. */
  private _statusOf(h: Helpline, now: Date, s: Strings): [text: string, className: string] {
    const minute = Math.floor(now.getTime() / 60_000);
    const k = this._statusFor;
    if (!k || k.minute !== minute || k.s !== s || k.holidays !== this._holidays) {
      this._statusCache.clear();
      this._statusFor = { minute, s, holidays: this._holidays };
    }
    let st = this._statusCache.get(h);
    if (!st) this._statusCache.set(h, (st = this._status(h, now, s)));
    return st;
  }

  /**
   * What the status line says, and its class: from the phone hours; from the chat hours for a service with
   * no phone number; never "Open now" from hours that are only known as of a past date (until a live check).
   */
  private _status(h: Helpline, now: Date, s: Strings): [text: string, className: string] {
    if (h.hoursAsOf && !h.liveCheckedOn)
      return [this._statusText({ kind: 'dated', asOf: formatDate(this, h.hoursAsOf) }, s), ''];
    const chatOnly = !h.phones?.length && !!h.webchat?.hours;
    const st = openStatus(chatOnly ? h.webchat!.hours : h.hours, now, this._holidaysOf(h));
    const text = this._statusText(st, s);
    const open = st.kind === 'open' || st.kind === 'always';
    return [
      chatOnly ? format(s.chatStatus, { status: text }) : text,
      open ? 'open' : text === s.hoursUnknown ? 'unknown' : '',
    ];
  }

  private _hoursList(hours: WeeklyHours, s: Strings): TemplateResult {
    const names = dayNames(this);
    return html`<dl>
        ${DAYS.map(
          (d, i) =>
            // A label starts with a capital ("Dydd Llun"); the names themselves are the in-sentence form.
            html`<dt>${names[i]!.charAt(0).toUpperCase() + names[i]!.slice(1)}</dt>
              <dd>${hours[d]?.map(([open, close]) => format(s.range, { open, close })).join(', ') || s.dayClosed}</dd>`,
        )}
      </dl>
      ${hours.bankHolidays === 'closed' ? html`<p>${s.bankHolidaysClosed}</p>` : nothing}`;
  }

  /** A call button (the one phone link, `phoneLink`), with its status beside it and its notes on their own line under it. */
  private _call(h: Helpline, c: Prepared['calls'][number], s: Strings, status?: [string, string]): TemplateResult {
    const notes = [c.label, c.free && s.free, c.hiddenFromBill && s.hiddenFromBill].filter(Boolean) as string[];
    return html`<div class="line">
        ${phoneLink(c.number, `${TAG} entry "${h.id}"`, format(s.call, { number: c.number }), 'call phone', 'call')}
        ${status ? html`<span part="status" class="status ${status[1]}" data-script-only>${status[0]}</span>` : nothing}
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
      p.webchat
        ? html`<a class="web" href=${p.webchat} rel=${EXTERNAL_REL}>${format(s.webchat, { name: h.name })}</a>`
        : nothing,
      p.email ? html`<a class="web" href=${p.email}>${format(s.email, { email: h.email! })}</a>` : nothing,
      p.website
        ? html`<a class="web" href=${p.website} rel=${EXTERNAL_REL}>${format(s.website, { name: h.name })}</a>`
        : nothing,
    ].filter((l) => l !== nothing);
    return links.length ? html`<p part="links" class="links">${links}</p>` : nothing;
  }

  /**
   * The nations a service covers, as readers see them. Never an inferred coverage (NCDV's): reference section 7
   * says to show no coverage line for it, to any reader; it only orders the list.
   */
  private _covers(h: Helpline, s: Strings): string | undefined {
    if (!h.nations || h.nationsInferred) return undefined;
    const names = s.nations.split(',');
    return formatList(
      this,
      h.nations.map((n) => names[SERVICE_NATION_VALUES.indexOf(n)] ?? n),
    );
  }

  /**
   * Entries whose weekly hours the reader has opened: a card's table of hours (most of a card's DOM) is
   * made the first time it is opened, not for every card listed. Static HTML has every table.
   */
  private _hoursOpened = new WeakSet<Helpline>();

  private _onHoursToggle(e: Event, h: Helpline): void {
    if (!(e.target as HTMLDetailsElement).open || this._hoursOpened.has(h)) return;
    this._hoursOpened.add(h);
    this.requestUpdate();
  }

  /** Each entry's card element, made once: a search moves it in or out of the list rather than making it again. */
  private _cardElements = new WeakMap<Helpline, HTMLLIElement>();

  /**
   * A service's card. In a browser, the same element for an entry every time (so a card that stays listed
   * after a keystroke keeps its DOM, and an open "Opening hours" stays open), its content rendered again
   * only when something it shows changes. Lit moves an element given as a value rather than copying it.
   */
  private _card(h: Helpline, s: Strings, level: number, now: Date): TemplateResult | HTMLLIElement {
    const status = this._statusOf(h, now, s);
    const body = guard([h, s, level, status[0], this._lang.lang, this._nation, this._hoursOpened.has(h)], () =>
      this._cardBody(h, s, level, status),
    );
    if (isServer) return html`<li part="card" class="card">${body}</li>`;
    let card = this._cardElements.get(h);
    if (!card) {
      this._cardElements.set(h, (card = document.createElement('li')));
      card.className = 'card';
      card.setAttribute('part', 'card');
    }
    render(body, card, { host: this });
    return card;
  }

  private _cardBody(h: Helpline, s: Strings, level: number, status: [string, string]): TemplateResult {
    const p = prep(h);
    const contacts = this._contacts(h, p, s);
    // A service that does not cover the reader's nation says so on its card, in every layout.
    const covers = servesNation(h, this._nation) === false ? this._covers(h, s) : undefined;
    const childline = h.minAge ? helplineById('childline') : undefined;
    const childPhone = childline?.phones?.[0];
    return html`
      ${heading(level, 2, h.name, { part: 'name' })}
      ${h.operator ? html`<p part="operator" class="note full">${format(s.runBy, { operator: h.operator })}</p>` : nothing}
      <p part="description" class="description full">${h.description}</p>
      <p part="status" class="status ${status[1]}" data-script-only>${status[0]}</p>
      ${p.calls.map((c) => this._call(h, c, s))}
      ${p.calls.length ? nothing : html`<p class="note">${s.noPhone}</p>`} ${contacts}
      ${covers ? html`<p part="covers" class="note">${format(s.covers, { nations: covers })}</p>` : nothing}
      ${
        h.hours && h.hours !== '24/7'
          ? html`<details part="disclosure hours" class="full" @toggle=${(e: Event) => this._onHoursToggle(e, h)}
                  ><summary part="toggle"
                    >${h.hoursAsOf && !h.liveCheckedOn ? format(s.hoursHeadingAsOf, { date: formatDate(this, h.hoursAsOf) }) : s.hoursHeading}</summary
                  >
                  <div part="panel">
                    ${isServer || this._hoursOpened.has(h) ? this._hoursList(h.hours, s) : nothing} ${h.liveCheckedOn ? nothing : html`<p class="note">${s.checkCurrentHours}</p>`}
                  </div></details
                >`
          : nothing
      }
            ${h.webchat?.hours ? html`<p class="note more full">${format(s.chatHours, { hours: this._hoursText(h.webchat.hours, s) })}</p>` : nothing}
            ${h.interpreters ? html`<p class="note more full">${s.interpreters}</p>` : nothing}
            ${h.bsl ? html`<p class="note more full">${h.bsl}</p>` : nothing}
      ${
        // Last: after the service's own notes, so that none of them (its webchat hours) reads as Childline's.
        childPhone
          ? html`<div part="childline" class="childline">
            <p class="note">${format(s.childline, { age: String(h.minAge) })}</p>
            <div class="line">${phoneLink(childPhone.number, `${TAG} Childline`, format(s.call, { number: childPhone.number }), 'call phone', 'call')}</div>
          </div>`
          : nothing
      }
    `;
  }

  private _hoursText(hours: Hours, s: Strings): string {
    if (hours === '24/7') return s.always;
    const names = dayNames(this);
    return DAYS.flatMap((d, i) =>
      hours[d] ? [`${names[i]} ${hours[d].map(([open, close]) => format(s.range, { open, close })).join(', ')}`] : [],
    ).join('; ');
  }

  /** A call button of the emergency panel (the one phone link). */
  private _emergencyCall(id: EmergencyFact['id'], s: Strings): TemplateResult | string {
    const n = emergencyFact(id)?.number;
    return phoneLink(n, `${TAG} ${id}`, format(s.call, { number: n ?? '' }), 'emergency-call phone', 'call');
  }

  /** The ways to reach the police other than 999, as list items (the disclosure's content, and search matches). */
  private _policeItem(id: PoliceWay['id'], s: Strings): TemplateResult {
    switch (id) {
      case 'emergency':
        return html`<li><p>${s.emergencyHeading}. ${s.emergency}</p>${this._emergencyCall(id, s)}</li>`;
      case 'silent-solution':
        return html`<li><p>${s.silentSolution}</p></li>`;
      case 'relay-uk': {
        // Relay UK's 18000 is reached from a textphone or the Relay UK app: shown as text with a link to
        // the service, never as a tel: link that would open the voice dialler.
        const fact = emergencyFact(id);
        const site = fact?.source;
        return html`<li>
          <p>${s.relayUk}</p>
          <p class="relay"><strong>${format(s.relayUkNumber, { number: fact?.number ?? '' })}</strong></p>
          ${fact?.prefix ? html`<p>${format(s.relayUkOther, { prefix: fact.prefix })}</p>` : nothing}
          ${site ? webLink(site, s.relayUkLink, { source: `${TAG} Relay UK`, allow: ['https:'] }) : nothing}
        </li>`;
      }
      case 'emergency-sms': {
        const href = smsHref(emergencyFact(id)?.number ?? '', 'register');
        return html`<li><p>${s.emergencySms}</p>${href ? html`<a part="emergency-call" href=${href}>${s.emergencySmsLink}</a>` : nothing}</li>`;
      }
      default:
        return html`<li><p>${s.nonEmergency}</p>${this._emergencyCall(id, s)}</li>`;
    }
  }

  private _emergency(s: Strings, level: number): TemplateResult {
    return html`<section part="emergency" class="emergency" aria-labelledby="emergency-heading">
      ${heading(level, 1, s.emergencyHeading, { part: 'emergency-heading', id: 'emergency-heading' })}
      <div class="line">${this._emergencyCall('emergency', s)} <span class="note">${s.emergency}</span></div>
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
        const status = this._statusOf(h, now, s);
        const { before, after } = nameLabel(h, s);
        return html`<li part="key-service" class="key-service">
          <p class="key-label">${before}<span class="key-name">${h.name}</span>${after ? ` ${after}` : nothing}</p>
          ${
            p.calls.length
              ? p.calls.map((c, i) => this._call(h, c, s, i === 0 ? status : undefined))
              : html`<p part="status" class="status ${status[1]}" data-script-only>${status[0]}</p>
                ${this._contacts(h, p, s)}`
          }
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
          (c) =>
            html`<label><input type="radio" name="category" value=${c} .checked=${c === category} />${label(c)}</label>`,
        )}
      </fieldset>
    </details>`;
  }

  /**
   * Where the facts come from, for every service: the nations it covers (where stated), and "Checked on
   * {date}" only from a live check by a person (`liveCheckedOn`); until then the source with its own
   * date. `verifiedOn` is never shown as a check.
   */
  private _sourceItem(h: Helpline, s: Strings): TemplateResult {
    const p = prep(h);
    const site = p.sourceSite ?? h.source;
    const link = p.source ? html`<a href=${p.source} rel=${EXTERNAL_REL}>${site}</a>` : site;
    const sourceDate =
      h.sourceDate && (/^\d{4}-\d{2}$/.test(h.sourceDate) ? formatDate(this, h.sourceDate) : h.sourceDate);
    const line = h.liveCheckedOn
      ? html`${format(s.liveChecked, { date: formatDate(this, h.liveCheckedOn) })}. ${formatParts(s.sourceOnly, { source: link })}`
      : formatParts(sourceDate ? s.sourceWithDate : s.sourceOnly, { source: link, date: sourceDate ?? '' });
    const covers = this._covers(h, s);
    return html`<li class="source-item" data-id=${h.id}>
      <p class="source-name"><strong>${h.name}</strong></p>
      ${covers ? html`<p part="covers" class="note">${format(s.covers, { nations: covers })}</p>` : nothing}
      <p part="checked" class="note">${line}</p>
    </li>`;
  }

  private _sources(s: Strings): TemplateResult {
    // The sources of the cards listed above, rendered once the reader first opens the disclosure; static HTML has them all.
    return html`<details part="disclosure sources" class="sources" @toggle=${() => (this._sourcesOpened = true)}>
      <summary part="toggle">${s.sourcesHeading}</summary>
      <div part="panel">
        <p class="note">${s.sourcesIntro}</p>
        ${
          isServer || this._sourcesOpened
            ? html`<ul role="list">${this._listed.map((h) => this._sourceItem(h, s))}</ul>`
            : nothing
        }
      </div>
    </details>`;
  }

  override render(): unknown {
    return this._lang.render(() => this._render());
  }

  private _render(): TemplateResult {
    const s = this._strings();
    const level = this._level;
    const now = this.clock();
    const present = this._present();
    const category = present.includes(this._category as Category) ? this._category : '';
    const shown = this._shown.size;
    const national = this._key.length ? this._key : this._keyLinesFallback();
    const more = shown - this._listed.length;
    const held = this._holdCards && this._listed.length > FIRST_RENDER_CARDS;
    const countText =
      more > 0
        ? format(s.countFirst, { listed: grouped(this._listed.length), shown: grouped(shown) })
        : format(s.count, { shown: grouped(shown), total: grouped(this._pool.length) });
    const emptyText = this._searching ? format(s.empty, { query: this._query.trim() }) : s.emptyFilter;
    this._heard = shown ? countText : `${countText}. ${emptyText}`;
    // The first count is in the status from the first render, so it is not read out as the page loads.
    this._announced ??= this._heard;
    if (this._holdCards) {
      this._holdCards = false;
      if (held) this._waitFor(new Promise<void>((done) => nextTask(() => done(this.requestUpdate()))));
    }
    const cards = held ? [] : this._listed;
    // What `compact` hides is hidden by CSS (a container query when the site sets no layout), so the
    // server-rendered form, which cannot measure, looks the same as the element at every width.
    return html`<section part="base" class="base layout-${this._layout ?? 'auto'}" aria-labelledby="heading">
      ${heading(level, 0, s.heading, { id: 'heading' })}
      ${this.noEmergency ? nothing : this._emergency(s, level)}
      ${
        this._key.length
          ? html`<section part="key" class="key" aria-labelledby="key-heading">
            ${heading(level, 1, s.keyHeading, { part: 'key-heading', id: 'key-heading' })} ${this._keyList(this._key, s, now)}
          </section>`
          : nothing
      }
      <p part="call-log" class="note">${s.callLog}</p>
      ${heading(level, 1, s.listHeading, { part: 'list-heading', id: 'list-heading' })}
      ${
        this.noFilters
          ? nothing
          : html`<div part="tools" class="tools" data-script-only>
            <div class="search">
              <label for="search">${s.searchLabel}</label>
              <input id="search" part="search" type="search" autocomplete="off" spellcheck="false" .value=${this._query} @input=${this._onSearch} />
            </div>
            ${present.length > 1 ? this._filters(s, present, category) : nothing}
          </div>`
      }
      <p part="count" class="count" data-script-only>${countText}</p>
      <p class="visually-hidden" role="status" data-script-only>${this._announced}</p>
      ${this._searching && !this._matchedAll && shown ? html`<p class="note">${s.partial}</p>` : nothing}
      ${
        this._police.length && !this.noEmergency
          ? html`<section class="police" aria-labelledby="police-heading">
            ${heading(level, 2, s.policeMatches, { part: 'police-heading', id: 'police-heading' })}
            <ul part="police-matches">
              ${this._police.map((id) => this._policeItem(id, s))}
            </ul>
          </section>`
          : nothing
      }
      <ul part="list" class=${held ? 'list held' : 'list'} role="list" ?hidden=${!shown}>
        ${cards.map((h) => this._card(h, s, level, now))}
      </ul>
      ${
        more > 0 && !held
          ? html`<button part="more" class="show-more" type="button" data-script-only @click=${this._more}>
            ${format(s.showMore, { count: grouped(more) })}
          </button>`
          : nothing
      }
      ${
        shown
          ? nothing
          : html`<div part="empty" class="empty">
            <p class="empty-message">${emptyText}</p>
            <button part="clear" class="clear" type="button" data-script-only @click=${this._clear}>${s.clear}</button>
            ${national.length ? html`<p>${s.emptyNational}</p>${this._keyList(national, s, now)}` : nothing}
          </div>`
      }
      ${cards.length ? this._sources(s) : nothing}
    </section>`;
  }

  /** National lines for the empty state when the site shows no key lines: the nation's defaults, from the bundled list, in the element's language. */
  private _keyLinesFallback(): Helpline[] {
    return KEY_SERVICES[this._nation].flatMap((id) => {
      const h = helplineById(id);
      return h ? [localize(h, this._lang)] : [];
    });
  }

  /** Starts from declarative shadow DOM (static HTML) without a duplicate or a jump; see internal/declarative.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this._holdCards = !this.shadowRoot?.firstChild;
    takeOverDeclarativeRoot(this);
    return super.createRenderRoot();
  }
}
