import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { integerIn } from './enum-attribute.js';

/** The levels `heading-level` accepts (docs/conventions.md): 1 to 6, default 2. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

type Heading = (
  part: string,
  id: string | undefined,
  className: string | undefined,
  content: unknown,
) => TemplateResult;

// One plain template per level rather than Lit's static html (a `literal` tag name): that module weighs
// 0.4 KB gzip in every content element's files, and it looks its template up again on every render.
const LEVELS: readonly Heading[] = [
  (p, i, c, x) => html`<h1 part=${p} id=${ifDefined(i)} class=${ifDefined(c)}>${x}</h1>`,
  (p, i, c, x) => html`<h2 part=${p} id=${ifDefined(i)} class=${ifDefined(c)}>${x}</h2>`,
  (p, i, c, x) => html`<h3 part=${p} id=${ifDefined(i)} class=${ifDefined(c)}>${x}</h3>`,
  (p, i, c, x) => html`<h4 part=${p} id=${ifDefined(i)} class=${ifDefined(c)}>${x}</h4>`,
  (p, i, c, x) => html`<h5 part=${p} id=${ifDefined(i)} class=${ifDefined(c)}>${x}</h5>`,
  (p, i, c, x) => html`<h6 part=${p} id=${ifDefined(i)} class=${ifDefined(c)}>${x}</h6>`,
];

/**
 * Reads a `heading-level` value (attribute text or property): a whole number from 1 to 6, otherwise
 * one warning naming the value and level 2 is used.
 */
export function headingLevelOf(source: string, value: unknown): HeadingLevel {
  return integerIn(source, 'heading-level', 1, 6, DEFAULT_HEADING_LEVEL)(value) as HeadingLevel;
}

/**
 * Lit converter for a `heading-level` attribute, through `headingLevelOf` (use with
 * `{ attribute: 'heading-level', type: Number }` written out, so the manifest and lit-analyzer read them).
 */
export function headingLevelConverter(source: string) {
  return {
    fromAttribute: (value: string | null) => headingLevelOf(source, value),
    toAttribute: (value: number) => String(value),
  };
}

/** Renders a real heading element at `level + depth`, at most h6. */
export function heading(
  level: number,
  depth: number,
  content: unknown,
  attrs: { part?: string; id?: string; className?: string } = {},
): TemplateResult {
  const render = LEVELS[Math.min(6, Math.max(1, Math.trunc(level) + depth)) - 1]!;
  return render(attrs.part ?? 'heading', attrs.id, attrs.className, content);
}
