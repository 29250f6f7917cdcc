import { langOf } from './strings.js';
import { warnOnce } from './warn.js';

/**
 * The one place elements get `Intl` formatters: dates, lists and day names follow the element's `lang`
 * (English as `en-GB`), every formatter is made once per locale and kind, and a locale `Intl` refuses
 * (`en_GB`, `*`) falls back to `en-GB` with one warning instead of throwing during render.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();

/** The BCP 47 locale for an element: its `lang` (nearest ancestor), `en-GB` for English or none. */
export function localeOf(el: Element): string {
  const lang = langOf(el);
  return !lang || lang === 'en' ? 'en-GB' : lang;
}

function cached<T extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, locale: string, make: (locale: string) => T): T {
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

/** "12 March 2026" (or "March 2026" for `YYYY-MM`) in the element's language; the ISO text itself if it is not a date. */
export function formatDate(el: Element, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || Number.isNaN(y)) return iso;
  const withDay = d !== undefined && !Number.isNaN(d);
  const f = cached(withDay ? 'date' : 'month', localeOf(el), (l) =>
    new Intl.DateTimeFormat(l, withDay ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return f.format(Date.UTC(y, (m ?? 1) - 1, withDay ? d : 1));
}

/** "A, B and C" in the element's language (`Intl.ListFormat`, conjunction). */
export function formatList(el: Element, items: readonly string[]): string {
  return cached('list', localeOf(el), (l) => new Intl.ListFormat(l, { type: 'conjunction' })).format(items);
}

/** Day names Monday … Sunday in the element's language. */
export function dayNames(el: Element): string[] {
  const f = cached('weekday', localeOf(el), (l) => new Intl.DateTimeFormat(l, { weekday: 'long', timeZone: 'UTC' }));
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2024, 0, 1 + i)));
}
