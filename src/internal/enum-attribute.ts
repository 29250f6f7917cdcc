import { warnOnce } from './warn.js';

/**
 * One reading of every attribute with a fixed set of values (`layout`, `persist`, `mode`…): the value,
 * trimmed and matched case-insensitively, if it is one of `valid`; otherwise one warning naming the bad
 * value, the valid ones and the default, and the default is used. Unset or empty is the default, silently.
 */
export function oneOf<T extends string>(
  source: string,
  attribute: string,
  value: unknown,
  valid: readonly T[],
  fallback: T,
): T {
  if (value == null || value === '') return fallback;
  const wanted = String(value).trim().toLowerCase();
  const found = valid.find((v) => v.toLowerCase() === wanted);
  if (found !== undefined) return found;
  warnOnce(
    source,
    // An empty value (unset) is shown as such, not as a stray comma: "is not one of (unset), session, device".
    `${attribute}="${String(value)}" is not one of ${valid.map((v) => v || '(unset)').join(', ')}; using ${fallback || 'the default'}.`,
  );
  return fallback;
}

/** Splits a space- or comma-separated attribute into its words. */
export const words = (value: string | null | undefined): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * A filter attribute of several values (`categories="stalking domestic-abuse"`, `include="id id"`): the
 * values that match one of `valid` (case-insensitively, as spelled in `valid`). A value that matches
 * nothing is left out with one warning naming it and the valid values, so a typo never hides real
 * entries: a filter whose every value is unknown filters nothing.
 */
export function knownWords<T extends string>(
  source: string,
  attribute: string,
  value: string | null | undefined,
  valid: readonly T[],
): T[] {
  const byLower = new Map(valid.map((v) => [v.toLowerCase(), v]));
  const out: T[] = [];
  for (const w of words(value)) {
    const found = byLower.get(w.toLowerCase());
    if (found !== undefined) out.push(found);
    else warnOnce(source, `${attribute}: "${w}" is not one of ${valid.join(', ')}; it is ignored.`);
  }
  return out;
}

/** Lit converter for a whole-number attribute in `min..max`; anything else warns once and reads as `fallback`. */
export function integerIn(source: string, attribute: string, min: number, max: number, fallback: number) {
  return (value: unknown): number => {
    if (value == null || value === '') return fallback;
    const n = typeof value === 'number' ? value : Number(String(value).trim());
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    warnOnce(source, `${attribute}="${String(value)}" is not a whole number from ${min} to ${max}; using ${fallback}.`);
    return fallback;
  };
}
