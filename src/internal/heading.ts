import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { integerIn } from './enum-attribute.js';

/** The levels `heading-level` accepts (docs/conventions.md): 1 to 6, default 2. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

const TAGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

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
  const tag = TAGS[Math.min(6, Math.max(1, Math.trunc(level) + depth))]!;
  return staticHtml`<${tag} part=${attrs.part ?? 'heading'} id=${ifDefined(attrs.id)} class=${ifDefined(attrs.className)}>${content}</${tag}>`;
}
