import { controllerOf, type Calendar } from './strings.js';

/**
 * The one place elements get dates, lists and day names: in the element's language, from its translation's
 * own names (`calendar`), else English. Not from `Intl`: the first `Intl.DateTimeFormat` a page makes loads
 * the engine's locale data, about 90 ms of a content element's first render at 4x CPU (Chromium), Chromium's
 * build has no Welsh data anyway, and the output is the same in every engine. English follows `en-GB`
 * ("23 November 2026", "A, B and C": no serial comma), which a test holds to `Intl` in each engine.
 */
const ENGLISH: Calendar = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  and: 'and',
};

/** The names for an element's language: its translation's once loaded, else English. */
const calendarOf = (el: Element): Calendar => controllerOf(el)?.table?.calendar ?? ENGLISH;

/** "12 March 2026" (or "March 2026" for `YYYY-MM`) in the element's language; the ISO text itself if it is not a date. */
export function formatDate(el: Element, iso: string): string {
  const [y, m = 1, d] = iso.split('-').map(Number);
  const month = calendarOf(el).months[m - 1];
  if (!y || Number.isNaN(y) || !month) return iso;
  return `${d !== undefined && !Number.isNaN(d) ? `${d} ` : ''}${month} ${y}`;
}

/** "A, B and C" in the element's language. */
export function formatList(el: Element, items: readonly string[]): string {
  const and = calendarOf(el).and;
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Day names Monday … Sunday in the element's language. */
export function dayNames(el: Element): string[] {
  return [...calendarOf(el).weekdays];
}
