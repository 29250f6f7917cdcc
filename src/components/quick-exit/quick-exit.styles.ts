import { css } from '@lit/reactive-element';

/** Spacing from the shared scale (`--safety-space-1` to `-5`, as in tokens.ts), read directly: the quick exit carries a11yStyles only. */
export const styles = css`
  :host {
    /* Host pages with rules like "* { all: unset }" must not take the control away. */
    display: block !important;
    visibility: visible !important;
  }
  :host([position='top']),
  :host([position='bottom']) {
    position: sticky !important;
    /* Above any host layer: themes' sticky headers (9999, 99999) and cookie walls (2147483646) covered a bar
       at GOV.UK's 1000 once it stuck, and a tap on it landed on them. */
    z-index: var(--safety-quick-exit-z-index, 2147483647) !important;
    /* A stuck bar is solid, so its hint never prints over the page scrolling under it. */
    background: var(--safety-quick-exit-bar-background, var(--safety-color-surface, #fff));
    color: var(--safety-quick-exit-bar-color, var(--safety-color-text, #0b0c0c));
  }
  :host([position='top']) {
    inset-block-start: 0 !important;
  }
  :host([position='top']) .base,
  :host([position='bottom']) .base {
    padding-inline: var(--safety-space-2, 0.5rem);
  }
  :host([position='bottom']) {
    inset-block-end: 0 !important;
  }
  /* Pinned by script where a host box stops the bar sticking (clipped.ts); its left and width are the host's
     measured box (physical, as measured, in either direction), and a spacer keeps the bar's place. */
  .pinned {
    position: fixed;
    box-sizing: border-box;
    background: inherit;
    /* The popover's own defaults (centred, bordered, in the page's colours) do not apply. */
    inset: auto;
    margin: 0;
    border: 0;
    overflow: visible;
    color: inherit;
  }
  :host([position='top']) .pinned {
    inset-block-start: 0;
  }
  :host([position='bottom']) .pinned {
    inset-block-end: 0;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: var(--safety-quick-exit-justify, flex-start);
    gap: var(--safety-space-1, 0.25rem) var(--safety-space-2, 0.5rem);
    padding: var(--safety-space-1, 0.25rem) 0;
  }
  .button {
    /* Taps reach it where a host turns pointer events off around it (body { pointer-events: none } while a
       menu or dialog of a UI kit is open, a scroll lock): it is the one control that must always work. */
    pointer-events: auto;
    display: inline-flex;
    align-items: center;
    min-width: 44px;
    min-height: 44px;
    padding: var(--safety-space-2, 0.5rem) var(--safety-space-3, 1rem);
    border: 2px solid transparent;
    border-radius: var(--safety-radius, 4px);
    background: var(--safety-quick-exit-background, var(--safety-color-danger, #b10e1e));
    color: var(--safety-quick-exit-color, var(--safety-color-danger-contrast, #fff));
    /* Longhands: a shorthand holding var(--x, inherit) would be invalid as a whole. */
    /* 19 px at the browser's default size, more where the reader has asked for larger text, never less than
       19 px: themes built on the old GOV.UK template set html { font-size: 62.5% } (10 px). */
    font-size: var(--safety-quick-exit-font-size, max(1.1875rem, 19px));
    font-weight: 700;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  .hint {
    font-size: 0.875em;
  }
  /* On touch screens there is no Shift key to press: no hint, for screen readers either (the button is then
     not described by it, quick-exit.component.ts). */
  @media not ((hover: hover) and (pointer: fine)) {
    .hint {
      display: none;
    }
  }
  .indicator i {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: var(--safety-space-1, 0.25rem);
    border: 2px solid;
    border-radius: 50%;
  }
  .indicator .on {
    background: currentColor;
  }
  .overlay {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: var(--safety-space-4, 1.5rem);
    border: 0;
    visibility: visible;
    font-size: 1.5rem;
  }
  .overlay,
  .overlay::backdrop {
    background: var(--safety-quick-exit-overlay-background, #fff);
    color: var(--safety-quick-exit-overlay-color, #0b0c0c);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
