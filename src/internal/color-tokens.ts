/**
 * Global design tokens and their built-in defaults. Every element reads them through `var()` chains that
 * end in these values, so an element looks right on a page that sets none of them.
 *
 * Colour tokens are also registered as typed custom properties (`<color>`): a host page that sets
 * `--safety-color-primary: nonsense` would otherwise make every `var(--safety-color-primary, #…)`
 * invalid at computed-value time (the fallback is not used) and could leave text unreadable.
 * A registered property with an invalid value falls back to its inherited or initial value instead.
 * Each element's own colour tokens are a `ColorTokens` record named `COLOR_TOKENS` in its styles file,
 * registered by its define file through `define()`.
 */
export type ColorTokens = Readonly<Record<string, string>>;

export const COLOR_TOKENS = {
  '--safety-color-primary': '#1d70b8',
  '--safety-color-primary-contrast': '#ffffff',
  '--safety-color-danger': '#b10e1e',
  '--safety-color-danger-contrast': '#ffffff',
  '--safety-color-text': '#0b0c0c',
  '--safety-color-text-muted': '#484949',
  '--safety-color-surface': '#ffffff',
  '--safety-color-surface-muted': '#f3f2f1',
  '--safety-color-border': '#6f777b',
  '--safety-color-success': '#00703c',
  '--safety-focus-ring-color': '#ffdd00',
  '--safety-focus-ring-contrast': '#0b0c0c',
} as const;

export type ColorToken = keyof typeof COLOR_TOKENS;

/** Names this copy has registered or found registered: every define call passes the global tokens again. */
const registered = new Set<string>();

/**
 * Registers `<color>` custom properties once per page. A second copy of the library (or a host that
 * registered the same name) makes `registerProperty` throw; the first registration stands.
 * Each name is tried once: a refused registration throws a DOMException, and twelve of those on every
 * element's define cost several milliseconds on a slow phone.
 */
export function registerColorTokens(tokens: ColorTokens): void {
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  for (const [name, initialValue] of Object.entries(tokens)) {
    if (registered.has(name)) continue;
    registered.add(name);
    try {
      CSS.registerProperty({ name, syntax: '<color>', inherits: true, initialValue });
    } catch {
      // Already registered: keep the first definition.
    }
  }
}
