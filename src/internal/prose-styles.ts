import { css } from 'lit';

/**
 * The text styles the prose elements share (Clare's Law, online safety): paragraphs and lists on the
 * spacing scale, links in the text colour, and `.block`, a shaded call-out with an accent rule at its
 * start (the element sets `--_accent` and `--_surface`). In print the call-out is a plain box and every
 * web link shows its address. Put after `baseStyles` and `disclosureStyles`.
 */
export const proseStyles = css`
  :host {
    display: block;
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  section > :first-child {
    margin-block-start: 0;
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
  .block {
    margin: var(--_space-4) 0;
    padding: var(--_space-3);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
  }
  .block :is(h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-2);
    font-size: 1.125em;
  }
  .block > :first-child {
    margin-block-start: 0;
  }
  .block > :last-child {
    margin-block-end: 0;
  }
  .source-list {
    padding-inline-start: 1.25em;
  }
  @media (forced-colors: active) {
    .block {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
  @media print {
    .block {
      border: 1px solid;
      background: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
