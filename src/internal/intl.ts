import { controllerOf, langOf, ownCalendar, type Calendar } from './strings.js';
import { warnOnce } from './warn.js';

/**
 * The one place elements get `Intl` formatters: dates, lists and day names follow the element's `lang`
 * (English as `en-GB`), every formatter is made once per locale and kind, and a locale `Intl` refuses
 * (`en_GB`, `*`) falls back to `en-GB` with one warning instead of throwing during render.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();

/**
 * The BCP 47 locale for an element: its translation's (`cy-GB`) once loaded, else `en-GB`, so dates always
 * match the language of the text around them; without a language controller, its `lang` (nearest ancestor).
 */
export function localeOf(el: Element): string {
  const c = controllerOf(el);
  if (c) return c.locale;
  const lang = langOf(el);
  return !lang || lang === 'en' ? 'en-GB' : lang;
}

function cached<T extends Intl.DateTimeFormat | Intl.ListFormat>(
  key: string,
  locale: string,
  make: (locale: string) => T,
): T {
  let f = cache.get(`${locale}\u0000${key}`) as T | undefined;
  if (!f) {
    try {
      f = make(locale);
    } catch {
      warnOnce('safety-elements', `lang "${locale}" is not a language the browser knows; dates and lists use English.`);
      f = make('en-GB');
    }
    cache.set(`${locale}\u0000${key}`, f);
  }
  return f;
}

/** The translation's own month and day names, where the browser's `Intl` has no data for its locale (Chromium has no Welsh). */
function calendarOf(el: Element): Calendar | undefined {
  const c = controllerOf(el);
  return c && ownCalendar(c);
}

/** "12 March 2026" (or "March 2026" for `YYYY-MM`) in the element's language; the ISO text itself if it is not a date. */
export function formatDate(el: Element, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || Number.isNaN(y)) return iso;
  const withDay = d !== undefined && !Number.isNaN(d);
  const own = calendarOf(el);
  if (own) return `${withDay ? `${d} ` : ''}${own.months[(m ?? 1) - 1] ?? ''} ${y}`;
  const f = cached(
    withDay ? 'date' : 'month',
    localeOf(el),
    (l) =>
      new Intl.DateTimeFormat(
        l,
        withDay
          ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
          : { month: 'long', year: 'numeric', timeZone: 'UTC' },
      ),
  );
  return f.format(Date.UTC(y, (m ?? 1) - 1, withDay ? d : 1));
}

/** "A, B and C" in the element's language (`Intl.ListFormat`, conjunction; a translation's own `and`). */
export function formatList(el: Element, items: readonly string[]): string {
  // Always the translation's own word: CLDR's Welsh list pattern writes "A, B, a(c) C" (Firefox, WebKit).
  const own = controllerOf(el)?.table?.calendar;
  if (own)
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${own.and} ${items[items.length - 1]}`;
  return cached('list', localeOf(el), (l) => new Intl.ListFormat(l, { type: 'conjunction' })).format(items);
}

/** Day names Monday … Sunday in the element's language. */
export function dayNames(el: Element): string[] {
  const own = calendarOf(el);
  if (own) return [...own.weekdays];
  const f = cached('weekday', localeOf(el), (l) => new Intl.DateTimeFormat(l, { weekday: 'long', timeZone: 'UTC' }));
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2024, 0, 1 + i)));
}
