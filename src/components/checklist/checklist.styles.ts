import { css } from 'lit';
import type { ColorTokens } from '../../internal/color-tokens.js';

/**
 * Typed (`<color>`) copies of this element's colour tokens, registered by the define file (importing the component registers nothing): a nonsense value
 * anywhere in a token's `var()` chain (element token or global token) falls back to these defaults instead
 * of leaving text unreadable. The public tokens themselves stay unregistered so that an element token
 * that is not set falls through to the global one.
 */
export const COLOR_TOKENS: ColorTokens = {
  '--_safety-checklist-accent': '#00703c',
  '--_safety-checklist-border': '#b1b4b6',
};

/**
 * Adopted by the document only while "Print or save my plan" prints: everything else on the page is
 * left out (`display: none` for whatever does not contain the plan; the plan's ancestors are kept for
 * layout but made invisible), so the printout or PDF holds the plan alone. Removed on `afterprint`.
 * A browser without `:has()` drops the display rule and prints blank space where the page was.
 */
export const PRINT_PAGE_CSS = `@media print{body *{visibility:hidden!important}body :not(:has([data-safety-printing])):not([data-safety-printing]){display:none!important}[data-safety-printing],[data-safety-printing] *{visibility:visible!important}}`;

export const styles = css`
  :host {
    --_safety-checklist-accent: var(--safety-checklist-accent, var(--safety-color-success, #00703c));
    --_accent: var(--_safety-checklist-accent);
    --_safety-checklist-border: var(--safety-checklist-border, #b1b4b6);
    --_line: var(--_safety-checklist-border);
    display: block;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0 0 var(--_space-3);
  }
  .progress {
    font-weight: bold;
  }
  .count {
    font-size: 0.875em;
    font-weight: normal;
    color: var(--_color-text-muted);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space-2);
    padding: var(--_space-1) 0;
  }
  input[type='checkbox'] {
    width: 40px;
    height: 40px;
    margin: 0;
    accent-color: var(--_accent);
  }
  label {
    /* Centres a one-line label on its 40 px box. */
    padding-block: calc((40px - 1.5em) / 2) 0;
    cursor: pointer;
  }
  .helpline {
    grid-column: 2;
    margin: 0;
  }
  a {
    color: var(--_color-primary);
  }
  .notes {
    display: none;
  }
  .notes i {
    display: block;
    height: 2em;
    border-block-end: 1px solid;
  }
  .actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: var(--_space-3) 0;
  }
  .confirm p {
    flex-basis: 100%;
  }
  button {
    min-height: 44px;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font: inherit;
    cursor: pointer;
  }
  button.primary {
    background: var(--_color-primary);
    color: var(--_color-primary-contrast);
  }
  .message:empty {
    margin: 0;
  }
  .print-only {
    display: none;
  }
  .print-warning,
  .print-title {
    flex-basis: 100%;
    margin: 0;
  }
  .print-title input {
    max-inline-size: 30em;
  }
  @media print {
    :host {
      color: #000;
    }
    .screen-only {
      display: none;
    }
    .print-only {
      display: inline;
    }
    .actions,
    .persist,
    .message,
    .unsaved {
      display: none !important;
    }
    .notes {
      display: block;
      margin-block-end: var(--_space-3);
    }
    input {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
