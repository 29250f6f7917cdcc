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
    /* 20 px at the browser's default size, larger where the reader asked for larger text, never less than 20 px
       (themes on the old GOV.UK template set html { font-size: 62.5% }, 10 px). */
    --_call-size: var(--safety-helpline-directory-call-font-size, max(1.25rem, 20px));
    line-height: 1.4;
  }
  /* .base is a size container (for its container queries), so its content gives the element no width of its
     own: where a host layout sizes the element to its content (a flex row, a float, an inline-block, a layout
     table's cell), it collapsed to nothing, a letter per line. This line of no height gives it the widths a
     paragraph gives its box: as narrow as the space there is, as wide as 75rem. */
  :host::before {
    content: '. .';
    display: block;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    font-size: 0;
    word-spacing: 75rem;
    /* A site's display: flex on the element: the line takes no room from the content beside it. */
    flex: 0 0 0;
  }
  [hidden] { display: none !important; }
  h2, h3, h4, h5, h6 { margin: 0 0 var(--_space-2); line-height: 1.25; overflow-wrap: anywhere; }
  /* A service's name and the police ways' heading are two levels down, under "All services": they keep the size
     of the headings one level down beside them (the browser's h3), not the smaller one their level would give. */
  [part~='name'], [part~='police-heading'] { font-size: 1.17em; }
  p { margin: 0 0 var(--_space-2); }
  ul { list-style: none; margin: 0; padding: 0; }
  a { color: var(--_color-primary); text-underline-offset: 0.15em; overflow-wrap: anywhere; }
  a, input, label, summary { min-height: 24px; }
  .emergency {
    background: var(--_em-bg);
    border-inline-start: 6px solid var(--_em-border);
    padding: var(--_space-2) var(--_space-3);
    margin-block-end: var(--_gap);
  }
  .emergency li { margin-block-end: var(--_space-2); }
  .emergency details { margin: 0; }
  /* A call button, with "Open now" (or a note) beside it when there is room, under it when not. */
  .line { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-1) var(--_space-2); margin-block-end: var(--_space-1); }
  .call {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    box-sizing: border-box;
    padding: var(--_space-1) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-primary-contrast);
    font-size: var(--_call-size);
    font-weight: 700;
    text-decoration: none;
    /* One line where there is room; at 320 px and 400% zoom a long label ("Ffoniwch 0808 80 10 800") wraps
       inside the button rather than pushing the page sideways. */
    max-inline-size: 100%;
  }
  .call:hover { text-decoration: underline; }
  .emergency li .call { margin-block-end: var(--_space-1); }
  .note { color: var(--_color-text-muted); font-size: 0.9em; }
  .line .note, .line .status { margin: 0; }
  .key { margin-block-end: var(--_space-2); }
  .key-list { display: grid; gap: var(--_space-2); }
  .key-service { border-block-end: 1px solid var(--_card-border); padding-block-end: var(--_space-2); }
  .key-label { margin-block-end: var(--_space-1); }
  .key-name { font-weight: 700; }
  .key-service .note { margin-block-end: 0; }
  /* Disclosures: a 44 px summary with the native marker. */
  summary {
    cursor: pointer;
    min-height: 44px;
    display: list-item;
    padding: var(--_space-2) 0;
    box-sizing: border-box;
    color: var(--_color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  summary:hover { text-decoration-thickness: 2px; }
  details { margin-block-end: var(--_space-2); }
  .tools { display: flex; flex-wrap: wrap; gap: 0 var(--_space-4); align-items: start; }
  .tools .search { flex: 1 1 14rem; max-inline-size: 22rem; }
  .tools label[for] { display: block; font-weight: 700; }
  input[type='search'] { margin-block-end: var(--_space-2); }
  .filters { flex: 0 1 auto; margin: 0; }
  .tools .search + .filters { margin-block-start: 1.4em; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { font-weight: 700; padding: 0; }
  .filters label { display: flex; align-items: center; gap: var(--_space-2); min-height: 44px; cursor: pointer; }
  /* One design language (issue 17): 40 px radios, as every element's checkboxes and radios. */
  .filters input { margin: 0; width: 40px; height: 40px; flex: none; }
  .count { font-weight: 700; }
  /* The cards' place while they are on their way (a task after the rest of the first render). */
  .held { min-block-size: 100vh; }
  /* Block flow, not a grid (cards and sources): adding a block of cards to a long list then lays out only the new cards (a grid
     of thousands of items is laid out again whole, for a second or more per frame). Each card's bottom margin
     is the gap between cards and, for the last one shown, below the list (it collapses through the list's
     edge, as the list's own margin did).
     No content-visibility: auto here: a card still skipped when hit-testing runs (axe's target-size check
     in a frame made taller after load) overlaps what follows it. Big lists stay quick by listing a page of cards.
     (No display rule on the list: one would override its hidden attribute when nothing matches.) */
  .card {
    background: var(--_card-bg);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    margin-block-end: var(--_gap);
  }
  .card > :last-child { margin-block-end: 0; }
  .status { font-weight: 700; }
  .open { color: var(--_color-success); }
  /* "Check opening hours on their website" is secondary: the number to call leads the card. */
  .status.unknown { font-weight: 400; font-size: 0.9em; color: var(--_color-text-muted); }
  .links { display: flex; flex-wrap: wrap; gap: 0 var(--_space-3); margin-block-end: var(--_space-1); }
  .links a { display: inline-flex; align-items: center; min-height: 44px; }
  .empty { margin-block-end: var(--_gap); }
  .empty-message { font-weight: 700; }
  /* "Clear search" and "Show more services": secondary buttons. */
  .clear,
  .show-more {
    font: inherit;
    min-height: 44px;
    padding: var(--_space-1) var(--_space-3);
    margin-block-end: var(--_space-3);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  .police ul { margin-block-end: var(--_gap); }
  .source-item { margin-block-end: var(--_space-2); }
  .source-item p { margin: 0; }
  .childline .note { margin-block-end: var(--_space-1); }
  .source-name { margin-block-end: 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 var(--_space-3); margin: var(--_space-1) 0; }
  dd { margin: 0; }
  /* The compact layout: chosen by the site (layout="compact"), or, with no layout set, by the element's own
     width (a container query, so server-rendered HTML matches the element and nothing moves on upgrade). */
  .base { container: directory / inline-size; flex-grow: 1; }
  .layout-compact .full { display: none; }
  .layout-compact .card { padding: var(--_space-2) var(--_space-3); margin-block-end: var(--_space-2); }
  .layout-compact .card .call { font-size: calc(var(--_call-size) * 0.9); }
  @container directory (max-width: 599.98px) {
    .layout-auto .full { display: none; }
    .layout-auto .card { padding: var(--_space-2) var(--_space-3); margin-block-end: var(--_space-2); }
    .layout-auto .card .call { font-size: calc(var(--_call-size) * 0.9); }
  }
  @media (forced-colors: active) {
    .call { border: 2px solid ButtonText; }
    .emergency, .card { border: 1px solid CanvasText; }
  }
  @media print {
    .tools, .count, details, .description, .status, .more, .web, .empty, .police, .key, [part='operator'], [part='more'], .emergency a:not(.call) { display: none !important; }
    :host { font-size: 9pt; }
    p { margin: 0; }
    .emergency, .card { background: none; border: 0; padding: 0; margin: 0 0 4pt; break-inside: avoid; }
    .emergency li { margin: 0; }
    .list { columns: 2; }
    .call { background: none; color: #000; padding: 0; margin: 0; min-height: 0; font-size: 1em; }
    h2, h3, h4, h5, h6 { margin: 0; font-size: 1em; }
  }
`;
