import { css } from 'lit';
import type { ColorTokens } from '../../internal/color-tokens.js';

/** Typed copies of this element's colour tokens (see clares-law.styles.ts), registered by the define file: nonsense falls back to these. */
export const COLOR_TOKENS: ColorTokens = {
  '--_safety-online-safety-accent': '#1d70b8',
  '--_safety-online-safety-surface': '#f3f2f1',
};

export const styles = css`
  :host {
    --_safety-online-safety-accent: var(--safety-online-safety-accent, var(--safety-color-primary, #1d70b8));
    --_accent: var(--_safety-online-safety-accent);
    --_safety-online-safety-surface: var(--safety-online-safety-surface, var(--safety-color-surface-muted, #f3f2f1));
    --_surface: var(--_safety-online-safety-surface);
    display: block;
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  section > :first-child {
    margin-top: 0;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: var(--_space-4) 0 var(--_space-2);
    font-size: 1.125em;
  }

  [part~='heading'] {
    font-size: 1.5em;
  }

  p,
  ul {
    margin: 0 0 var(--_space-3);
  }

  a {
    color: inherit;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  kbd {
    font: inherit;
    font-weight: bold;
    white-space: nowrap;
  }

  .block {
    margin: 0 0 var(--_space-4);
    padding: var(--_space-3);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
  }

  .block > :first-child {
    margin-top: 0;
  }

  .block > :last-child {
    margin-bottom: 0;
  }

  label {
    display: block;
    margin: 0 0 var(--_space-1);
    font-weight: bold;
  }

  select {
    display: block;
    max-width: 100%;
    min-height: 2.75rem;
    margin: 0 0 var(--_space-3);
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_color-text);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  details {
    border-top: 1px solid var(--_color-border);
  }

  details:last-of-type {
    border-bottom: 1px solid var(--_color-border);
    margin-bottom: var(--_space-3);
  }

  summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    min-height: 2.75rem;
    padding: var(--_space-2) 0;
    font-weight: bold;
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary:hover .toggle-text {
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

  details[open] > summary .icon {
    transform: rotate(-135deg);
  }

  [part~='panel'] {
    padding: 0 0 var(--_space-2);
  }

  ul {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-top: var(--_space-1);
  }

  @media (forced-colors: active) {
    .block {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .chooser,
    .icon {
      display: none;
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
