import { warn } from './warn.js';

/** Parses JSON, or warns naming the element and attribute and returns `undefined`. */
function parse(source: string, attribute: string, value: string, expected: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    warn(source, `the ${attribute} attribute is not valid JSON (${expected}); it is ignored.`);
    return undefined;
  }
}

/**
 * The one Lit converter for attributes that hold JSON (`items='[…]'`): the parsed value, or one warning
 * naming the element and attribute and `undefined` when the JSON is broken.
 */
export function jsonAttribute(source: string, attribute: string, expected = 'see the docs') {
  return {
    fromAttribute(value: string | null): unknown {
      return value === null ? undefined : parse(source, attribute, value, expected);
    },
  };
}

/**
 * Converter for an attribute that holds a JSON object of text, such as every element's `strings`
 * attribute (`strings='{"heading": "…"}'`). Anything else (broken JSON, an array, a number) gives one
 * warning naming the element and attribute, and is ignored so the defaults stay; non-text values in the
 * object are dropped.
 */
export function textRecordAttribute<T extends Record<string, string>>(source: string, attribute: string) {
  const expected = 'a JSON object of text, e.g. {"heading": "…"}';
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
      warn(source, `the ${attribute} attribute must be ${expected}; it is ignored.`);
      return undefined;
    },
  };
}

/**
 * The one reader of a site's `<script type="application/json">` child (the checklist's groups, the
 * directory's services): its parsed JSON, or one warning naming the element and `undefined`.
 */
export function jsonScriptChild(script: Element, source: string): unknown {
  try {
    return JSON.parse(script.textContent ?? '') as unknown;
  } catch (e) {
    warn(
      source,
      `a <script type="application/json"> child is not valid JSON (${(e as Error).message}); it is ignored.`,
    );
    return undefined;
  }
}
