import { css } from 'lit';
import type { ColorTokens } from '../../internal/color-tokens.js';

/**
 * Typed (`<color>`) copies of this element's colour tokens, registered by the define file (importing the component registers nothing): a nonsense value
 * anywhere in a token's `var()` chain (element token or global token) falls back to these defaults instead
 * of leaving text unreadable. The public tokens themselves stay unregistered so that an element token
 * that is not set falls through to the global one.
 */
export const COLOR_TOKENS: ColorTokens = {
  '--_safety-helpline-directory-card-background': '#ffffff',
  '--_safety-helpline-directory-card-border': '#b1b4b6',
  '--_safety-helpline-directory-emergency-background': '#fcf3f3',
  '--_safety-helpline-directory-emergency-border': '#b10e1e',
};

export const styles = css`
  :host {
    display: block;
    --_safety-helpline-directory-card-background: var(--safety-helpline-directory-card-background, var(--safety-color-surface, #ffffff));
    --_card-bg: var(--_safety-helpline-directory-card-background);
    --_safety-helpline-directory-card-border: var(--safety-helpline-directory-card-border, #b1b4b6);
    --_card-border: var(--_safety-helpline-directory-card-border);
    /* A tint of the danger colour on the surface colour, so a dark theme set with global tokens stays readable. */
    --_safety-helpline-directory-emergency-background: var(
      --safety-helpline-directory-emergency-background,
      color-mix(in srgb, var(--_color-danger) 5%, var(--_color-surface))
    );
    --_em-bg: var(--_safety-helpline-directory-emergency-background);
    --_safety-helpline-directory-emergency-border: var(--safety-helpline-directory-emergency-border, var(--safety-color-danger, #b10e1e));
    --_em-border: var(--_safety-helpline-directory-emergency-border);
    --_gap: var(--safety-helpline-directory-gap, var(--_space-3));
    --_call-size: var(--safety-helpline-directory-call-font-size, 1.25rem);
    line-height: 1.4;
  }
  [hidden] { display: none !important; }
  h2, h3, h4, h5, h6 { margin: 0 0 var(--_space-2); line-height: 1.25; overflow-wrap: anywhere; }
  p { margin: 0 0 var(--_space-2); }
  ul { list-style: none; margin: 0; padding: 0; }
  a { color: var(--_color-primary); text-underline-offset: 0.15em; overflow-wrap: anywhere; }
  a, input, label { min-height: 24px; }
  .emergency {
    background: var(--_em-bg);
    border-inline-start: 6px solid var(--_em-border);
    padding: var(--_space-3);
    margin-block-end: var(--_gap);
  }
  .emergency li { margin-block-end: var(--_space-2); }
  .call {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-primary-contrast);
    font-size: var(--_call-size);
    font-weight: 700;
    text-decoration: none;
    margin: 0 0 var(--_space-1);
    margin-inline-end: var(--_space-2);
  }
  .call:hover { text-decoration: underline; }
  .note { color: var(--_color-text-muted); font-size: 0.9em; }
  .tools { display: flex; flex-wrap: wrap; gap: var(--_space-2) var(--_space-4); align-items: end; margin-block-end: var(--_space-2); }
  .tools label { display: block; font-weight: 700; }
  input[type='search'] {
    font: inherit;
    min-height: 44px;
    width: min(100%, 22rem);
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_color-text);
    border-radius: 0;
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { font-weight: 700; padding: 0; }
  .chips { display: flex; flex-wrap: wrap; gap: var(--_space-1); }
  .chips label { display: inline-flex; align-items: center; gap: var(--_space-1); padding: 0 var(--_space-2); border: 1px solid var(--_color-border); border-radius: 999px; min-height: 36px; font-weight: 400; cursor: pointer; }
  .chips input { margin: 0; width: 40px; height: 40px; }
  .count { font-weight: 700; }
  .list { display: grid; gap: var(--_gap); }
  .card { background: var(--_card-bg); border: 1px solid var(--_card-border); border-radius: var(--_radius); padding: var(--_space-3); }
  .status { font-weight: 700; }
  .open { color: var(--_color-success); }
  /* "Check opening hours on their website" is secondary: the number to call leads the card. */
  .status.unknown { font-weight: 400; font-size: 0.9em; color: var(--_color-text-muted); }
  .links { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-3); margin-block-end: var(--_space-2); }
  .links a { display: inline-flex; align-items: center; }
  details { margin-block-end: var(--_space-2); }
  summary { cursor: pointer; min-height: 24px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 var(--_space-3); margin: var(--_space-1) 0; }
  dd { margin: 0; }
  :host([layout='compact']) .list { gap: var(--_space-2); }
  :host([layout='compact']) .card { padding: var(--_space-2); }
  :host([layout='compact']) .call { font-size: 1rem; }
  @media (forced-colors: active) {
    .call { border: 2px solid ButtonText; }
    .emergency, .card { border: 1px solid CanvasText; }
  }
  @media print {
    .tools, .count, details, .description, .status, .checked, .more, .web, [part='operator'], .emergency a:not(.call) { display: none !important; }
    :host { font-size: 9pt; }
    p { margin: 0; }
    .emergency, .card { background: none; border: 0; padding: 0; margin: 0 0 4pt; break-inside: avoid; }
    .emergency li { margin: 0; }
    .list { display: block; columns: 2; }
    .call { background: none; color: #000; padding: 0; margin: 0; min-height: 0; font-size: 1em; }
    h2, h3, h4, h5, h6 { margin: 0; font-size: 1em; }
  }
`;
