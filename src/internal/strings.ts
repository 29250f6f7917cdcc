/**
 * Every user-visible string of an element lives in one table per language. `lang` on the element or its
 * nearest ancestor picks the table (`cy` for Welsh once it exists); English is the fallback for any key a
 * translation lacks. Attributes and slots override single strings on top of this.
 */
export type StringTable<K extends string> = Record<K, string>;

export function langOf(el: Element): string {
  // Lit's server renderer (@lit-labs/ssr) has no `closest`: there the element's own `lang` is what counts.
  const holder = typeof el.closest === 'function' ? el.closest('[lang]') : el;
  const lang = holder?.getAttribute('lang') ?? document.documentElement?.lang ?? '';
  return lang.toLowerCase().split('-')[0] ?? '';
}

export function stringsFor<K extends string>(el: Element, tables: { en: StringTable<K> } & Partial<Record<string, Partial<StringTable<K>>>>): StringTable<K> {
  const lang = langOf(el);
  const local = lang && lang !== 'en' ? tables[lang] : undefined;
  return local ? { ...tables.en, ...local } : tables.en;
}

/** Whether `values` itself has `key` (never an inherited name such as `constructor` or `toString`). */
const has = (values: object, key: string): boolean => Object.prototype.hasOwnProperty.call(values, key);

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
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (has(values, piece) ? values[piece] : `{${piece}}`) : piece));
}
