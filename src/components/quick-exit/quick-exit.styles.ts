import { css } from '@lit/reactive-element';

export const styles = css`
  :host {
    /* Host pages with rules like "* { all: unset }" must not take the control away. */
    display: block !important;
    visibility: visible !important;
  }
  :host([position='top']),
  :host([position='bottom']) {
    position: sticky !important;
    z-index: var(--safety-quick-exit-z-index, 1000) !important;
    /* A stuck bar is solid, so its hint never prints over the page scrolling under it. */
    background: var(--safety-quick-exit-bar-background, var(--safety-color-surface, #fff));
    color: var(--safety-quick-exit-bar-color, var(--safety-color-text, #0b0c0c));
  }
  :host([position='top']) {
    top: 0 !important;
  }
  :host([position='top']) .base,
  :host([position='bottom']) .base {
    padding-inline: 0.5rem;
  }
  :host([position='bottom']) {
    bottom: 0 !important;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: var(--safety-quick-exit-justify, flex-start);
    gap: 0.25rem 0.5rem;
    padding: 0.25rem 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    min-width: 44px;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--safety-radius, 4px);
    background: var(--safety-quick-exit-background, var(--safety-color-danger, #b10e1e));
    color: var(--safety-quick-exit-color, var(--safety-color-danger-contrast, #fff));
    /* Longhands: a shorthand holding var(--x, inherit) would be invalid as a whole. */
    font-size: var(--safety-quick-exit-font-size, 1.1875rem);
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
  /* On touch screens there is no Shift key to press: the hint stays for screen readers only. */
  @media not ((hover: hover) and (pointer: fine)) {
    .hint {
      position: absolute;
      clip-path: inset(50%);
    }
  }
  .indicator i {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-right: 4px;
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
    padding: 1.5rem;
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
