import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';

const TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * Parses a `heading-level` attribute so an element fits the host page's outline. Out-of-range or
 * non-numeric values clamp to 2..6 (an element never provides the page's single h1).
 */
export function clampHeadingLevel(value: unknown, fallback = 2): number {
  const n = Number.parseInt(String(value), 10);
  if (Number.isNaN(n)) return fallback;
  return Math.min(6, Math.max(2, n));
}

/** Renders a real heading element at `level + depth`, clamped to h2..h6. */
export function heading(
  level: number,
  depth: number,
  content: unknown,
  attrs: { part?: string; id?: string; className?: string } = {},
): TemplateResult {
  const tag = TAGS[clampHeadingLevel(level + depth)]!;
  return staticHtml`<${tag} part=${attrs.part ?? 'heading'} id=${ifDefined(attrs.id)} class=${ifDefined(attrs.className)}>${content}</${tag}>`;
}
