import { warnOnce } from './warn.js';

/**
 * Validates an attribute with a fixed set of values (docs/conventions.md, "Types and events"): a value
 * outside `allowed` warns once, naming the value and the valid ones, and `fallback` is used.
 */
export function enumValue<T extends string>(source: string, attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (value !== undefined && value !== null) {
    const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed.join('');
    warnOnce(source, `unknown ${attribute} "${String(value)}" (${list}); using ${fallback}.`);
  }
  return fallback;
}
