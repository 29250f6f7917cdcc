// Types only: the quick exit is built on ReactiveElement alone and must not pull lit-html in.
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { warnOnce } from './warn.js';

/**
 * Every user-visible string of an element lives in one table per language. `lang` on the element or its
 * nearest ancestor picks the table; English is built in and is the fallback for anything missing.
 *
 * A translation is a module of its own (`<name>.strings.<lang>.ts`, default export a `Translation`),
 * loaded with a dynamic `import()` by `LangController` only when a page uses that language, so it adds
 * nothing to an English page. Adding a language is adding those modules and one line per element in its
 * `translations` map: no template changes (README, "Adding a language").
 */
export type StringTable<K extends string> = Record<K, string>;

/** A language's names for dates and lists (src/internal/intl.ts uses them rather than `Intl`). */
export interface Calendar {
  /** January first. */
  readonly months: readonly string[];
  /** Monday first. */
  readonly weekdays: readonly string[];
  /** The word joining the last two items of a list. */
  readonly and: string;
}

/** One element's table in one language. */
export interface Translation<K extends string = string> {
  /** Primary language subtag: `cy`. */
  readonly lang: string;
  /**
   * `false` until a speaker of the language has reviewed every string. Never shown to readers;
   * `npm run check:data` lists every unreviewed string that is not in `sourced`.
   */
  readonly reviewed: boolean;
  /**
   * Keys whose text is a term public bodies already use (reference section 9), each with where it is
   * used: these count as sourced, not as this project's own translation.
   */
  readonly sourced: Readonly<Record<string, string>>;
  /** The element's own strings: exactly the keys of the English table (the type enforces it). */
  readonly strings: StringTable<K>;
  /**
   * The bundled content's text (FOUR words, law, checklist steps, helpline descriptions) by content key,
   * e.g. `fixated.word`: exactly the keys the English data gives (a test enforces it).
   */
  readonly content: Readonly<Record<string, string>>;
  /** Month and weekday names and the word joining the last two items of a list. */
  readonly calendar: Calendar;
}

/** How an element loads each language it has: `{ cy: () => import('./x.strings.cy.js') }`. */
export type TranslationLoader = () => Promise<{ default: Translation }>;
export type Translations = Readonly<Partial<Record<string, TranslationLoader>>>;

// BCP 47 shape: a 2–3 letter language (4–8 are reserved or registered, never used here), then subtags.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i;

/**
 * The primary language of a `lang` value, lower case: `cy-GB` → `cy`. Empty (`lang=""`, "unknown") gives
 * `''`, read as English. A malformed value (`en_GB`, ` en`, `*`, `i-klingon`) gives `en` with one warning;
 * this never throws, whatever `Intl` thinks of the value.
 */
export function primaryLanguage(tag: string): string {
  if (tag === '') return '';
  let ok = LANGUAGE_TAG.test(tag);
  if (ok) {
    try {
      ok =
        typeof Intl === 'undefined' ||
        typeof Intl.getCanonicalLocales !== 'function' ||
        Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      ok = false;
    }
  }
  if (!ok) {
    warnOnce('lang', `"${tag}" is not a valid language tag (such as "cy" or "en-GB"); English is used.`);
    return 'en';
  }
  return tag.split('-')[0]!.toLowerCase();
}

/** The `lang` attribute that applies to `el`: its own, or its nearest ancestor's, across shadow roots. */
function langAttributeOf(el: Element): string {
  // Lit's server renderer (@lit-labs/ssr) gives an element with no parent: there its own `lang` is what counts.
  let node: Node | null | undefined = el;
  while (node) {
    if (typeof (node as Element).hasAttribute === 'function' && (node as Element).hasAttribute('lang'))
      return (node as Element).getAttribute('lang') ?? '';
    const parent: Node | null | undefined = node.parentNode;
    node = typeof ShadowRoot !== 'undefined' && parent instanceof ShadowRoot ? parent.host : parent;
  }
  return '';
}

/** The element's language: the primary subtag of its own or its nearest ancestor's `lang` (`''` if none). */
export function langOf(el: Element): string {
  return primaryLanguage(langAttributeOf(el));
}

/** Synchronous tables (tests, or a site that bundles its own): `en` with the `lang` table on top. */
export function stringsFor<K extends string>(
  el: Element,
  tables: { en: StringTable<K> } & Partial<Record<string, Partial<StringTable<K>>>>,
): StringTable<K> {
  const lang = langOf(el);
  const local = lang && lang !== 'en' ? tables[lang] : undefined;
  return local ? { ...tables.en, ...local } : tables.en;
}

/** Loaded translations, one promise per loader (so per element and language): each module loads once per page. */
const loads = new Map<TranslationLoader, Promise<Translation | undefined>>();
const done = new Map<TranslationLoader, Translation | undefined>();

/** Loads (once) the translation a loader gives; a failure warns once and resolves `undefined` (English). */
export function loadTranslation(loader: TranslationLoader): Promise<Translation | undefined> {
  let p = loads.get(loader);
  if (!p) {
    p = loader().then(
      (m) => m.default,
      (e: unknown) => {
        warnOnce('lang', `a translation could not be loaded (${(e as Error)?.message ?? e}); English is used.`);
        return undefined;
      },
    );
    p.then((t) => done.set(loader, t));
    loads.set(loader, p);
  }
  return p;
}

/** Every connected controller, re-checked when any `lang` attribute in the document changes. */
const controllers = new Set<LangController>();
let observer: MutationObserver | undefined;
function watch(c: LangController, host: Element): void {
  controllers.add(c);
  observer ??= new MutationObserver(() => controllers.forEach((x) => x.recheck()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  // An element inside another component's shadow root is outside the document's subtree.
  if (host.getRootNode() !== document) observer.observe(host, { attributes: true, attributeFilter: ['lang'] });
}

const hosts = new WeakMap<Element, LangController>();

/**
 * Resolves when `el`'s strings for its current language have loaded and it has rendered with them
 * (at once for English). For tests and for a site that must wait for the final text.
 */
export async function stringsReady(el: Element): Promise<void> {
  const c = hosts.get(el);
  if (c) await c.ready;
  await (el as unknown as ReactiveControllerHost).updateComplete;
}

export interface LangControllerOptions {
  /**
   * `true` (default): while the table for the element's language loads, `render()` shows the previous
   * render (nothing at first), so a Welsh page never flashes English. `false` (the quick exit): render in
   * English at once and switch when the table arrives, because the control must work immediately.
   */
  wait?: boolean;
}

/**
 * The one mechanism every element uses for its strings: resolves the language from `lang`, loads its
 * translation (once per page), re-renders the host when it arrives or when a `lang` attribute changes.
 */
export class LangController<S extends Record<string, string> = Record<string, string>> implements ReactiveController {
  /** The primary language in use (`en` when no translation applies). */
  lang = 'en';
  private translation: Translation | undefined;
  private last: unknown = undefined;
  private seen = '';
  private resolved = false;
  /** A table arrived while the host was not connected: update it when it is. */
  private missed = false;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly en: S,
    private readonly translations: Translations,
    private readonly options: LangControllerOptions = {},
  ) {
    host.addController(this);
    hosts.set(host, this);
  }

  /** Settles when the current language's table is in use. */
  get ready(): Promise<void> {
    return this.pending;
  }

  hostConnected(): void {
    watch(this, this.host);
    this.resolve();
    if (this.missed) {
      this.missed = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  hostUpdate(): void {
    this.resolve();
  }

  /** Called when a `lang` attribute changed somewhere: re-render if it changes this element's language. */
  recheck(): void {
    if (langAttributeOf(this.host) === this.seen) return;
    this.resolve();
    this.host.requestUpdate();
  }

  /**
   * Resolves once if no lifecycle callback has yet: Lit's server renderer (static HTML) calls neither
   * `hostConnected` nor `hostUpdate`, only `willUpdate` and `render`.
   */
  private ensure(): void {
    if (!this.resolved) this.resolve();
  }

  private resolve(): void {
    this.resolved = true;
    this.seen = langAttributeOf(this.host);
    const lang = primaryLanguage(this.seen);
    const loader = lang && lang !== 'en' ? this.translations[lang] : undefined;
    if (!loader) {
      this.lang = 'en';
      this.translation = undefined;
      return;
    }
    if (done.has(loader)) {
      this.translation = done.get(loader);
      this.lang = this.translation ? lang : 'en';
      return;
    }
    this.lang = 'en';
    this.translation = undefined;
    this.pending = loadTranslation(loader).then(async () => {
      // A host that has left the page is updated when it comes back; Lit's server renderer never connects
      // its hosts (the static HTML renderer renders again once the table is in; see translationsSettled).
      if (!this.host.isConnected) {
        this.missed = true;
        return;
      }
      // Resolve before the update, so that the host's willUpdate already sees the new language.
      this.resolve();
      this.host.requestUpdate();
      await this.host.updateComplete;
    });
  }

  /** Whether the text to render is in the element's language (always, for English). */
  get loaded(): boolean {
    this.ensure();
    const lang = primaryLanguage(this.seen);
    const loader = lang && lang !== 'en' ? this.translations[lang] : undefined;
    return !loader || done.has(loader);
  }

  /** The translation in use: undefined for English or while one loads. */
  get table(): Translation | undefined {
    this.ensure();
    return this.translation;
  }

  /**
   * The strings an element shows, the one merge every element uses (`mergeStrings`): the table for its
   * language (English until a translation has loaded, and for any key it lacks), then the site's `strings`
   * (text only: `{"heading": null}` set as a property leaves the table's text), then `extra` (an attribute
   * that sets one string, such as `heading`; empty is not given).
   */
  merged(overrides?: object | null, extra: Partial<Record<keyof S, string | null | undefined>> = {}): S {
    this.ensure();
    return mergeStrings(this.en, this.translation, overrides, extra);
  }

  /** Bundled content's text by content key, or `fallback` (the English data) when there is none. */
  content(key: string, fallback: string): string {
    this.ensure();
    return this.translation?.content[key] ?? fallback;
  }

  /**
   * Wraps an element's `render()`: while a translation loads (with `wait`), keeps the previous render (or
   * nothing) instead of showing English text to a reader of another language.
   */
  render(template: () => unknown): unknown {
    if ((this.options.wait ?? true) && !this.loaded) return this.last;
    return (this.last = template());
  }
}

/**
 * The one way strings are merged (`LangController.merged`, and the quick exit's static form, which has no
 * controller): English, the language's table, the site's overrides (text only), then `extra`, where an
 * empty value (`heading=""`) is read as not given.
 */
export function mergeStrings<S extends Record<string, string>>(
  en: S,
  translation?: Translation,
  overrides?: unknown,
  extra: Readonly<Record<string, string | null | undefined>> = {},
): S {
  const value: Record<string, string> = { ...en, ...translation?.strings };
  for (const [key, text] of Object.entries(overrides ?? {})) if (typeof text === 'string') value[key] = text;
  for (const [key, text] of Object.entries(extra)) if (text) value[key] = text;
  return value as S;
}

/** The language controller of an element, if it has one (for `src/internal/intl.ts`). */
export function controllerOf(el: Element): LangController | undefined {
  return hosts.get(el);
}

/**
 * Settles when every translation asked for so far has loaded (or failed). The static HTML renderer renders
 * once to learn which tables a page needs, waits for this, and renders again with them in place.
 */
export async function translationsSettled(): Promise<void> {
  await Promise.all(loads.values());
}

/** Whether `values` itself has `key` (never an inherited name such as `constructor` or `toString`). */
export const has = (values: object, key: string): boolean => Object.prototype.hasOwnProperty.call(values, key);

/**
 * One warning for each key of a site's `strings` that names no text the element shows: a misspelt key
 * would otherwise change nothing, without a word. `known` says which keys the element reads.
 */
export function warnUnknownKeys(source: string, overrides: object | null | undefined, known: (key: string) => boolean) {
  for (const key of Object.keys(overrides ?? {}))
    if (!known(key)) warnOnce(source, `unknown key "${key}" in strings; it is ignored.`);
}

/**
 * Replaces `{name}` placeholders: `format('press {count} more', { count: 2 })`. A placeholder that names
 * no value (`{constructor}` in a site's strings included) stays as written.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (has(values, key) ? String(values[key]) : whole));
}

/**
 * Like `format`, but the values may be templates (a link, a button) rather than text: returns the pieces
 * for a Lit template to render in order. Unknown placeholders stay as written.
 */
export function formatParts(template: string, values: Record<string, unknown>): unknown[] {
  return template
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 ? (has(values, piece) ? values[piece] : `{${piece}}`) : piece));
}
