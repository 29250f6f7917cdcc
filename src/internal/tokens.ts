import { css } from '@lit/reactive-element';
import { a11yStyles } from './a11y-styles.js';

/**
 * Private copies of the global tokens (`--_x`, so internal rules never read a public name directly),
 * each `var()` chain ending in a built-in default so an element looks right on a page that sets no
 * token; the host page's font by default.
 *
 * Every content element paints its own surface (`--safety-color-surface`, white by default) under its
 * own text colour, so it is readable on any host: a dark site (its own theme class, or
 * `prefers-color-scheme: dark`) gets the same light, GOV.UK-like panel as a light one, never dark text
 * on its dark background. A site that wants the elements dark sets the colour tokens (and
 * `--safety-color-scheme: dark`, so native checkboxes and radios match). One spacing scale (`--_space-1`
 * to `--_space-5`: 4, 8, 16, 24, 32 px at the default font size) serves every margin, gap and padding.
 */
const tokenStyles = css`
  :host {
    --_font: var(--safety-font-family, inherit);
    --_radius: var(--safety-radius, 4px);
    --_space-1: var(--safety-space-1, 0.25rem);
    --_space-2: var(--safety-space-2, 0.5rem);
    --_space-3: var(--safety-space-3, 1rem);
    --_space-4: var(--safety-space-4, 1.5rem);
    --_space-5: var(--safety-space-5, 2rem);
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
    --_heading-color: var(--safety-heading-color, var(--_color-text));
    font-family: var(--_font);
    color: var(--_color-text);
    background-color: var(--_color-surface);
    color-scheme: var(--safety-color-scheme, light);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    color: var(--_heading-color);
  }
  /* One form field in every element (the directory's search, the checklist's print title, online safety's
     browser chooser): 44 px tall, a 2 px border in the text colour; a text field takes the width it is given. */
  input[type='text'],
  input[type='search'],
  select {
    box-sizing: border-box;
    min-block-size: 44px;
    margin: 0;
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_color-text);
    border-radius: var(--_radius);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  input[type='text'],
  input[type='search'] {
    inline-size: 100%;
  }
  /* One phone-link style in every element: a number in running text is bold, link-coloured and never
     broken across lines (the directory's call buttons are buttons, class .call, and keep their own). */
  a[href^='tel:']:not(.call),
  a[href^='sms:']:not(.call) {
    color: var(--_color-primary);
    font-weight: 700;
    white-space: nowrap;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
`;

/** Put first in every content element's `static styles`: the a11y basics plus the private tokens. */
export const baseStyles = [a11yStyles, tokenStyles];
