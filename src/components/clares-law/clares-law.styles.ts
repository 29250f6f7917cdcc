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
    display: block;
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  section > :first-child {
    margin-top: 0;
  }

  p,
  ul,
  ol {
    margin: 0 0 var(--_space-3);
  }

  a {
    color: inherit;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
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

  .section {
    border-top: 1px solid var(--_color-border);
  }

  .sections,
  [part='sources'] {
    border-bottom: 1px solid var(--_color-border);
  }

  [part~='section-heading'] {
    margin: 0;
    font-size: 1.125em;
  }

  [part~='toggle'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-2) 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: bold;
    text-align: start;
    cursor: pointer;
  }

  [part~='toggle']:hover .toggle-text {
    text-decoration: underline;
  }

  .icon {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.3em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
  }

  [aria-expanded='true'] .icon {
    transform: rotate(-135deg);
  }

  .panel {
    padding: 0 0 var(--_space-2);
  }

  .timeline {
    list-style: none;
    counter-reset: step;
    padding: 0;
  }

  .timeline li {
    counter-increment: step;
    position: relative;
    padding: 0 0 var(--_space-3) 2.5em;
  }

  .timeline li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    top: 0;
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
    top: 1.9em;
    bottom: 0.15em;
    border-inline-start: 2px solid var(--_accent);
  }

  .block {
    margin: var(--_space-4) 0;
    padding: var(--_space-3);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
  }

  .block > :last-child {
    margin-bottom: 0;
  }

  .block h2,
  .block h3,
  .block h4,
  .block h5,
  .block h6 {
    margin: 0 0 var(--_space-2);
    font-size: 1.125em;
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

  .source-list {
    padding-inline-start: 1.25em;
  }

  @media (forced-colors: active) {
    [part~='apply-link'] {
      border: 2px solid LinkText;
    }
  }

  @media print {
    .question,
    .icon {
      display: none;
    }

    .panel[hidden] {
      display: block !important;
    }

    [part~='toggle'] {
      min-height: 0;
    }

    .block {
      border: 1px solid;
      background: none;
    }

    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
