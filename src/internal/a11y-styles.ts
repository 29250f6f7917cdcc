import { css } from '@lit/reactive-element';

/**
 * The accessibility basics every element needs, the quick exit included: text settings of the host's box
 * that do not reach in, a visible focus ring, a visually-hidden utility, `[hidden]` that host CSS cannot undo, motion off for readers who ask for
 * less, and system colours in forced-colours mode. Kept apart from `baseStyles` (the full token set
 * of the content elements) so the quick exit stays small.
 */
export const a11yStyles = css`
  :host {
    --_focus-color: var(--safety-focus-ring-color, #ffdd00);
    --_focus-contrast: var(--safety-focus-ring-contrast, #0b0c0c);
    --_focus-width: var(--safety-focus-ring-width, 3px);
    box-sizing: border-box;
    font-family: var(--safety-font-family, inherit);
    /* Text settings inherited from the box the element sits in, meant for the host's own content (a layout
       table's nowrap cells, a centred or capitalised banner, an italic quote): nowrap made every content
       element overflow a phone's width (WCAG 1.4.10). A rule of the site's on the element itself still wins. */
    white-space: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    font-style: normal;
    font-weight: normal;
  }
  /* The elements' text is English or Welsh, left to right: inside a right-to-left section of a page (an Urdu or
     Arabic translation around them) it took the section's direction, and full stops and brackets moved to the
     wrong end of each line. A dir attribute on the element itself is the site's choice and stands. */
  :host(:not([dir])) {
    direction: ltr;
  }
  :host([hidden]),
  [hidden] {
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
