import { warn } from './warn.js';

/**
 * Lit attribute converter for an attribute that holds a JSON object of text, such as every element's
 * `strings` attribute (`strings='{"title": "…"}'`). Anything else (broken JSON, an array, a number) gives
 * one warning naming the element and attribute, and is ignored so the defaults stay; non-text values in
 * the object are dropped.
 */
export function textRecordAttribute<T extends Record<string, string>>(source: string, attribute: string) {
  return {
    fromAttribute(value: string | null): Partial<T> | undefined {
      if (!value) return undefined;
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
          return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Partial<T>;
        }
      } catch {
        // Reported below, like any other value that is not an object.
      }
      warn(source, `the ${attribute} attribute must be a JSON object of text, e.g. {"title": "…"}; it is ignored.`);
      return undefined;
    },
  };
}
