import { css } from 'lit';
import type { ColorTokens } from '../../internal/color-tokens.js';

/**
 * Typed (`<color>`) copies of this element's colour tokens, registered by the define file (importing the component registers nothing): a nonsense value
 * anywhere in a token's `var()` chain (element token or global token) falls back to these defaults instead
 * of leaving text unreadable. The public tokens themselves stay unregistered so that an element token
 * that is not set falls through to the global one.
 */
export const COLOR_TOKENS: ColorTokens = {
  '--_safety-clares-law-accent': '#1d70b8',
  '--_safety-clares-law-accent-contrast': '#ffffff',
  '--_safety-clares-law-surface': '#f3f2f1',
};

export const styles = css`
  :host {
    --_safety-clares-law-accent: var(--safety-clares-law-accent, var(--safety-color-primary, #1d70b8));
    --_accent: var(--_safety-clares-law-accent);
    --_safety-clares-law-accent-contrast: var(--safety-clares-law-accent-contrast, var(--safety-color-primary-contrast, #ffffff));
    --_accent-contrast: var(--_safety-clares-law-accent-contrast);
    --_safety-clares-law-surface: var(--safety-clares-law-surface, var(--safety-color-surface-muted, #f3f2f1));
    --_surface: var(--_safety-clares-law-surface);
  }

  .emergency {
    font-weight: bold;
  }

  .question {
    margin: 0 0 var(--_space-3);
    padding: var(--_space-3);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }

  legend {
    padding: 0 var(--_space-1);
    font-weight: bold;
  }

  .option {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    padding: var(--_space-1) 0;
    cursor: pointer;
  }

  .option > span {
    padding-block: calc((40px - 1.5em) / 2) 0;
  }

  .option input {
    flex: none;
    width: 40px;
    height: 40px;
    margin: 0;
    accent-color: var(--_accent);
  }

  .timeline {
    list-style: none;
    counter-reset: step;
    padding: 0;
  }

  .timeline li {
    counter-increment: step;
    position: relative;
    padding: 0 0 var(--_space-3);
    padding-inline-start: 2.5em;
  }

  .timeline li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    width: 1.75em;
    height: 1.75em;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    text-align: center;
    line-height: 1.6em;
    font-weight: bold;
  }

  .timeline li:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.875em - 1px);
    inset-block-start: 1.9em;
    inset-block-end: 0.15em;
    border-inline-start: 2px solid var(--_accent);
  }

  [part~='apply-link'] {
    display: inline-block;
    min-height: 2.75rem;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: bold;
    text-decoration: none;
  }

  [part~='apply-link']:hover {
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    [part~='apply-link'] {
      border: 2px solid LinkText;
    }
  }

  @media print {
    .question {
      display: none;
    }
  }
`;
