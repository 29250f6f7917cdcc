import { css } from 'lit';
import type { ColorTokens } from '../../internal/color-tokens.js';

/**
 * Typed (`<color>`) copies of this element's colour tokens, registered by the define file (importing the component registers nothing): a nonsense value
 * anywhere in a token's `var()` chain (element token or global token) falls back to these defaults instead
 * of leaving text unreadable. The public tokens themselves stay unregistered so that an element token
 * that is not set falls through to the global one.
 */
export const COLOR_TOKENS: ColorTokens = {
  '--_safety-four-explainer-accent': '#1d70b8',
  '--_safety-four-explainer-accent-contrast': '#ffffff',
  '--_safety-four-explainer-card-background': '#f3f2f1',
};

export const styles = css`
  :host {
    --_safety-four-explainer-accent: var(--safety-four-explainer-accent, var(--safety-color-primary, #1d70b8));
    --_accent: var(--_safety-four-explainer-accent);
    --_safety-four-explainer-accent-contrast: var(--safety-four-explainer-accent-contrast, var(--safety-color-primary-contrast, #ffffff));
    --_accent-contrast: var(--_safety-four-explainer-accent-contrast);
    --_safety-four-explainer-card-background: var(--safety-four-explainer-card-background, var(--safety-color-surface-muted, #f3f2f1));
    --_card-bg: var(--_safety-four-explainer-card-background);
    --_card-min: var(--safety-four-explainer-card-min, 13rem);
    display: block;
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: var(--_space-4) 0 var(--_space-2);
    line-height: 1.25;
  }

  [part~='heading'] {
    margin-top: 0;
  }

  p,
  ul {
    margin: 0 0 var(--_space-3);
  }

  a {
    color: var(--_color-primary);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }

  a[part~='phone'] {
    font-weight: 700;
    white-space: nowrap;
  }

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_card-min)), 1fr));
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
  }

  .card {
    background: var(--_card-bg);
    border-top: 0.3rem solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space-3);
  }

  .card [part~='word'] {
    margin-top: 0;
  }

  .examples-label {
    margin-bottom: var(--_space-1);
  }

  [part~='examples'] {
    padding-left: 1.25rem;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-height: 24px;
  }

  .item {
    border-bottom: 1px solid var(--_color-border);
  }

  .item [part~='item-heading'] {
    margin: 0;
  }

  [part~='toggle'] {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    width: 100%;
    min-height: 44px;
    padding: var(--_space-2) 0;
    border: 0;
    background: none;
    text-align: start;
    font-weight: 700;
    color: var(--_color-primary);
  }

  .icon {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }

  [aria-expanded='true'] > .icon {
    transform: rotate(45deg);
  }

  .panel {
    padding: 0 0 var(--_space-2);
  }

  .item[data-open] .panel {
    border-left: 0.3rem solid var(--_accent);
    padding-left: var(--_space-3);
  }

  .inline-toggle {
    display: inline;
    padding: 0 0.15em;
    border: 0;
    border-bottom: 2px dotted currentColor;
    background: none;
    font-weight: 700;
    color: var(--_color-primary);
  }

  .inline-toggle[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-radius: var(--_radius);
  }

  .compact-panel {
    background: var(--_card-bg);
    border-left: 0.3rem solid var(--_accent);
    padding: var(--_space-3);
    margin-bottom: var(--_space-3);
  }

  .compact-panel > :last-child,
  .card > :last-child,
  .panel > :last-child {
    margin-bottom: 0;
  }

  fieldset {
    border: 0;
    margin: 0 0 var(--_space-3);
    padding: 0;
    min-width: 0;
  }

  legend {
    font-weight: 700;
    margin-bottom: var(--_space-2);
    padding: 0;
  }

  .behaviours {
    padding: 0;
    list-style: none;
  }

  [part~='behaviour'] {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    margin-bottom: var(--_space-2);
  }

  [part~='checkbox'] {
    flex: none;
    width: 40px;
    height: 40px;
    margin: 0;
    accent-color: var(--_accent);
  }

  [part~='behaviour'] > label {
    padding-block: calc((40px - 1.5em) / 2) 0;
  }

  .privacy {
    font-weight: 700;
  }

  .summary[data-result] {
    font-size: 1.125em;
    font-weight: 700;
  }

  .matches {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    padding: 0;
    list-style: none;
  }

  .match {
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-1) var(--_space-2);
  }

  .match[data-matched] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  .clear {
    padding: var(--_space-2) var(--_space-3);
    min-height: 44px;
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font-weight: 700;
  }

  .small {
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }

  .sources {
    padding-left: 1.25rem;
    overflow-wrap: anywhere;
  }

  /* A list of links is not text in a sentence: each is a 24 px target at least (WCAG 2.5.8). */
  .sources a {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 2px;
  }

  .todo {
    margin-top: var(--_space-4);
  }

  .signposts {
    padding-left: 1.25rem;
  }

  .signposts > li {
    margin-bottom: var(--_space-2);
  }

  @media (forced-colors: active) {
    .card,
    .compact-panel,
    .match[data-matched],
    .inline-toggle[aria-expanded='true'] {
      border: 2px solid CanvasText;
    }
    .match[data-matched] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    .panel[hidden] {
      display: block !important;
    }
    .icon,
    .clear {
      display: none !important;
    }
    [part~='toggle'],
    .inline-toggle {
      color: inherit;
      min-height: 0;
    }
    .card,
    .item,
    .compact-panel {
      break-inside: avoid;
    }
  }
`;
