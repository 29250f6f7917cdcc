import { css } from 'lit';

/**
 * Global design tokens and their built-in defaults. Every element reads them through `var()` chains that
 * end in these values, so an element looks right on a page that sets none of them.
 *
 * Colour tokens are also registered as typed custom properties (`<color>`): a host page that sets
 * `--safety-color-primary: nonsense` would otherwise make every `var(--safety-color-primary, #…)`
 * invalid at computed-value time (the fallback is not used) and could leave text unreadable.
 * A registered property with an invalid value falls back to its inherited or initial value instead.
 */
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

/**
 * Registers `<color>` custom properties once per page. A second copy of the library (or a host that
 * registered the same name) makes `registerProperty` throw; the first registration stands.
 */
export function registerColorTokens(tokens: Record<string, string>): void {
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  for (const [name, initialValue] of Object.entries(tokens)) {
    try {
      CSS.registerProperty({ name, syntax: '<color>', inherits: true, initialValue });
    } catch {
      // Already registered: keep the first definition.
    }
  }
}

/**
 * Styles every element starts from: the host page's font by default, private copies of the public
 * tokens (`--_x`, so internal rules never read a public name directly), a visible focus ring, a
 * visually-hidden utility, and motion turned off for readers who ask for less.
 */
export const baseStyles = css`
  :host {
    --_font: var(--safety-font-family, inherit);
    --_radius: var(--safety-radius, 4px);
    --_space-1: var(--safety-space-1, 0.25rem);
    --_space-2: var(--safety-space-2, 0.5rem);
    --_space-3: var(--safety-space-3, 1rem);
    --_space-4: var(--safety-space-4, 1.5rem);
    --_color-primary: var(--safety-color-primary, #1d70b8);
    --_color-primary-contrast: var(--safety-color-primary-contrast, #ffffff);
    --_color-danger: var(--safety-color-danger, #b10e1e);
    --_color-danger-contrast: var(--safety-color-danger-contrast, #ffffff);
    --_color-text: var(--safety-color-text, #0b0c0c);
    --_color-text-muted: var(--safety-color-text-muted, #484949);
    --_color-surface: var(--safety-color-surface, #ffffff);
    --_color-surface-muted: var(--safety-color-surface-muted, #f3f2f1);
    --_color-border: var(--safety-color-border, #6f777b);
    --_color-success: var(--safety-color-success, #00703c);
    --_focus-color: var(--safety-focus-ring-color, #ffdd00);
    --_focus-contrast: var(--safety-focus-ring-contrast, #0b0c0c);
    --_focus-width: var(--safety-focus-ring-width, 3px);
    font-family: var(--_font);
    color: var(--_color-text);
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_focus-contrast);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
