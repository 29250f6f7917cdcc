import { css } from 'lit';
import type { ColorTokens } from '../../internal/color-tokens.js';

/** Typed copies of this element's colour tokens (see clares-law.styles.ts), registered by the define file: nonsense falls back to these. */
export const COLOR_TOKENS: ColorTokens = {
  '--_safety-online-safety-accent': '#1d70b8',
  '--_safety-online-safety-surface': '#f3f2f1',
};

/** After `proseStyles` (src/internal/prose-styles.ts), which holds the text, link and call-out styles it shares with Clare's Law. */
export const styles = css`
  :host {
    --_safety-online-safety-accent: var(--safety-online-safety-accent, var(--safety-color-primary, #1d70b8));
    --_accent: var(--_safety-online-safety-accent);
    --_safety-online-safety-surface: var(--safety-online-safety-surface, var(--safety-color-surface-muted, #f3f2f1));
    --_surface: var(--_safety-online-safety-surface);
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

  kbd {
    font: inherit;
    font-weight: bold;
    white-space: nowrap;
  }

  label {
    display: block;
    margin: 0 0 var(--_space-1);
    font-weight: bold;
  }

  select {
    display: block;
    max-width: 100%;
    margin-block-end: var(--_space-3);
  }

  .steps,
  [part~='sources'] {
    margin-block-end: var(--_space-3);
  }

  ul {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: var(--_space-1);
  }

  @media print {
    .chooser {
      display: none;
    }
  }
`;
